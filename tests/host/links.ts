/**
 * Link text as Obsidian writes it, following the vault's "Files & links" settings
 * (`useMarkdownLinks`, default false = wikilinks; `newLinkFormat`, default "shortest").
 * obsidian-test-mocks 3.11.0 always writes `[[basename]]` and ignores both settings and paths.
 *
 * Only `path`, `name`, `basename` and `extension` of the target are read, so a plain object
 * standing in for a note that does not exist yet works (the plugin links notes it is about to create).
 */
import { parentOf, relativePath } from "./paths";

export interface LinkTarget {
	readonly path: string;
	readonly name: string;
	readonly basename: string;
	readonly extension: string;
}

export type NewLinkFormat = "shortest" | "relative" | "absolute";

export interface LinkSettings {
	/** false (Obsidian's default): `[[wikilinks]]`; true: `[text](path.md)`. */
	useMarkdownLinks: boolean;
	/** "shortest" (Obsidian's default), "relative" or "absolute". */
	newLinkFormat: NewLinkFormat;
}

export const DEFAULT_LINK_SETTINGS: LinkSettings = { useMarkdownLinks: false, newLinkFormat: "shortest" };

/**
 * `MetadataCache.fileToLinktext`. obsidian.d.ts: "If file name is unique, use the filename. If not
 * unique, use full path." Uniqueness is by file name, compared case-insensitively as Obsidian
 * resolves links. `.md` is dropped when `omitMdExtension` is true (the host's default).
 */
export function fileToLinktext(
	sameName: (lowerName: string) => Iterable<LinkTarget>,
	file: LinkTarget,
	sourcePath: string,
	omitMdExtension: boolean,
	format: NewLinkFormat,
): string {
	const omit = omitMdExtension && file.extension === "md";
	const fullPath = omit ? file.path.slice(0, -".md".length) : file.path;
	const name = omit ? file.basename : file.name;
	if (format === "absolute") return fullPath;
	if (format === "relative") return relativePath(parentOf(sourcePath), fullPath);
	const lower = file.name.toLowerCase();
	for (const f of sameName(lower)) if (f.path !== file.path && f.name.toLowerCase() === lower) return fullPath;
	return name;
}

/** `FileManager.generateMarkdownLink`. `subpath` starts with `#`; an empty alias means "none". */
export function generateMarkdownLink(
	sameName: (lowerName: string) => Iterable<LinkTarget>,
	file: LinkTarget,
	sourcePath: string,
	subpath: string | undefined,
	alias: string | undefined,
	settings: LinkSettings,
): string {
	if (!settings.useMarkdownLinks) {
		const linktext = fileToLinktext(sameName, file, sourcePath, true, settings.newLinkFormat);
		return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}
	// Markdown links keep the extension and are URL-encoded (spaces become %20).
	const linktext = fileToLinktext(sameName, file, sourcePath, false, settings.newLinkFormat);
	const text = alias || (file.extension === "md" ? file.basename : file.name);
	return `[${text}](${encodeURI(linktext)}${subpath ? encodeURI(subpath) : ""})`;
}
