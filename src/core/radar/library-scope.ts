import { keywordKey } from "../keywords/normalize";
import { linkName } from "../notes/note-links";
import { PAPER_PROPERTIES, readStringList } from "../notes/paper-schema";
import { folderParts, isInside } from "../notes/paths";

/**
 * Which papers the radar ranks by: every paper note, or those of one folder, one tag or one keyword,
 * so a researcher can keep a radar per topic. Written in the setting as `folder:<path>`,
 * `tag:<tag>` or `keyword:<name>`; empty for every paper.
 */
export type LibraryScope = { kind: "all" } | { kind: "folder"; folder: string } | { kind: "tag"; tag: string } | { kind: "keyword"; key: string };

export class LibraryScopeError extends Error {
	constructor(readonly text: string) {
		super(`"${text}" names no library: write all for every paper, or folder:<path>, tag:<tag> or keyword:<name>`);
		this.name = "LibraryScopeError";
	}
}

export function parseLibraryScope(text: string): LibraryScope {
	const trimmed = text.trim();
	if (trimmed === "" || trimmed.toLowerCase() === "all") return { kind: "all" };
	const m = /^(folder|tag|keyword):\s*(.+)$/i.exec(trimmed);
	const kind = m?.[1]?.toLowerCase();
	const value = (m?.[2] ?? "").trim();
	if (kind === "folder" && folderParts(value).length > 0) return { kind: "folder", folder: folderParts(value).join("/") };
	if (kind === "tag" && value.replace(/^#/, "") !== "") return { kind: "tag", tag: value.replace(/^#/, "").toLowerCase() };
	if (kind === "keyword" && keywordKey(value) !== "") return { kind: "keyword", key: keywordKey(value) };
	throw new LibraryScopeError(trimmed);
}

/** Whether a paper note (its path and properties) is in the library. */
export function inScope(scope: LibraryScope, path: string, properties: Record<string, unknown> | null): boolean {
	switch (scope.kind) {
		case "all":
			return true;
		case "folder":
			return isInside(scope.folder, path);
		case "tag":
			// A tag and its nested tags: `ml` takes `ml/graphs`.
			return readStringList(properties?.[PAPER_PROPERTIES.tags]).some((t) => {
				const tag = t.replace(/^#/, "").toLowerCase();
				return tag === scope.tag || tag.startsWith(`${scope.tag}/`);
			});
		case "keyword":
			return readStringList(properties?.[PAPER_PROPERTIES.keywords]).some((link) => keywordKey(linkName(link)) === scope.key);
	}
}

/** One library of the setting: the line as written (its name in the preview) and what it takes. */
export interface NamedLibrary {
	line: string;
	scope: LibraryScope;
}

/**
 * The libraries of the setting, one a line (the first ranks the preview until another is chosen);
 * an empty setting is every paper note. Throws `LibraryScopeError` for the first line that names none.
 */
export function parseLibraries(text: string): NamedLibrary[] {
	const lines = [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ""))];
	if (lines.length === 0) return [{ line: "all", scope: { kind: "all" } }];
	return lines.map((line) => ({ line, scope: parseLibraryScope(line) }));
}

/** The libraries of a saved setting, or every paper note when it names none that can be read (a hand-edited data.json). */
export function savedLibraries(text: string): NamedLibrary[] {
	try {
		return parseLibraries(text);
	} catch {
		return parseLibraries("");
	}
}

/** A library's name for a menu: "Every paper note", or the line as written. */
export function libraryLabel(library: NamedLibrary): string {
	return library.scope.kind === "all" ? "Every paper note" : library.line;
}
