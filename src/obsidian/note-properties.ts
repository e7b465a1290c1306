import { getFrontMatterInfo, parseYaml, TFile, type App, type Plugin } from "obsidian";
import { readArxivId } from "../core/notes/paper-schema";

type Frontmatter = Record<string, unknown>;

/** A note's properties read from its text (undefined: none, or YAML that does not parse). */
export function parseFrontmatter(text: string): Frontmatter | undefined {
	const info = getFrontMatterInfo(text);
	if (!info.exists) return undefined;
	try {
		const data: unknown = parseYaml(info.frontmatter);
		if (data === null || data === undefined) return {};
		return typeof data === "object" && !Array.isArray(data) ? (data as Frontmatter) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * A note's properties as they are now. Obsidian's metadata cache fills after a write,
 * asynchronously (`changed` fires once the note is parsed), so for a note the plugin has just
 * written, the properties come from the text it wrote until the cache has caught up with that text.
 */
export class NoteProperties {
	/**
	 * Path -> the texts the plugin wrote since the cache last caught up (oldest first) and the
	 * properties of the last one.
	 */
	private readonly written = new Map<string, { texts: string[]; frontmatter: Frontmatter | undefined }>();

	/** Notes the plugin is moving to the trash: their `deleted` event is the plugin's own. */
	private readonly trashing = new Set<string>();
	private readonly external = new Set<() => void>();

	constructor(private readonly app: Pick<App, "vault" | "metadataCache">) {}

	/** Called when a note changed, appeared, moved or went in a way the plugin did not cause. */
	onExternalChange(listener: () => void): void {
		this.external.add(listener);
	}

	private changedOutside(): void {
		for (const listener of this.external) listener();
	}

	/** Call before the plugin trashes a note. */
	willTrash(path: string): void {
		this.trashing.add(path);
	}

	/** The trash did not happen: a later delete of that note is not the plugin's. */
	trashFailed(path: string): void {
		this.trashing.delete(path);
	}

	/** Keeps up with the cache; the events are removed when the plugin unloads. */
	register(plugin: Pick<Plugin, "registerEvent">): void {
		const { metadataCache, vault } = this.app;
		plugin.registerEvent(
			metadataCache.on("changed", (file, data) => {
				const entry = this.written.get(file.path);
				if (!entry || !entry.texts.includes(data)) this.changedOutside();
				if (!entry) return;
				const at = entry.texts.indexOf(data);
				// The cache parsed an older write of ours: it is still behind. Our last write, or text
				// someone else wrote after it: the cache is current.
				if (at >= 0 && at < entry.texts.length - 1) entry.texts.splice(0, at + 1);
				else this.written.delete(file.path);
			}),
		);
		plugin.registerEvent(
			metadataCache.on("deleted", (file) => {
				this.written.delete(file.path);
				if (!this.trashing.delete(file.path)) this.changedOutside();
			}),
		);
		plugin.registerEvent(
			vault.on("rename", (file, oldPath) => {
				this.changedOutside();
				const entry = this.written.get(oldPath);
				this.written.delete(oldPath);
				if (entry) this.written.set(file.path, entry);
			}),
		);
	}

	/** Call with the note's whole text after the plugin wrote it. */
	wrote(path: string, text: string): void {
		const texts = [...(this.written.get(path)?.texts ?? []), text].slice(-8);
		this.written.set(path, { texts, frontmatter: parseFrontmatter(text) });
	}

	/** The note's properties (undefined when it has none). */
	of(file: TFile): Frontmatter | undefined {
		const fresh = this.written.get(file.path);
		if (fresh) return fresh.frontmatter;
		const fm: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter;
		return typeof fm === "object" && fm !== null ? (fm as Frontmatter) : undefined;
	}

	/** The arXiv ID of a paper note, or undefined for any other file. */
	paperId(file: TFile | null): string | undefined {
		return file instanceof TFile && file.extension === "md" ? readArxivId(this.of(file)) : undefined;
	}

	/** The first paper note of the vault that holds `id` (the one `paperPaths` gives), without reading past it. */
	pathOf(id: string): string | undefined {
		return this.app.vault.getMarkdownFiles().find((file) => this.paperId(file) === id)?.path;
	}

	/** Every paper note of the vault by arXiv ID (the first note found for an ID). */
	paperPaths(): Map<string, string> {
		const byId = new Map<string, string>();
		for (const file of this.app.vault.getMarkdownFiles()) {
			const id = this.paperId(file);
			if (id !== undefined && !byId.has(id)) byId.set(id, file.path);
		}
		return byId;
	}
}
