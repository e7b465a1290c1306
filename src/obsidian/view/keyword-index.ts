import { PAPER_PROPERTIES, readArxivId, readStringList } from "../../core/notes/paper-schema";
import { TFile, type App, type CachedMetadata, type Plugin } from "obsidian";
import { KEYWORD_CATEGORIES, type KeywordCategory } from "../../core/model";
import { KeywordGraph, type PaperRecord } from "../../core/view/keyword-graph";

/** `[[keywords/broad/X|X]]` or `[[X]]` -> `keywords/broad/X` or `X`. */
function wikiTarget(link: string): string | undefined {
	return /^\[\[([^|\]#]+)/.exec(link.trim())?.[1]?.trim();
}

/**
 * The keyword graph of the vault, read from the metadata cache: built in full once the cache is
 * resolved, then kept current one note at a time on `changed`, `deleted` and `rename`.
 */
export class KeywordIndexService {
	readonly graph: KeywordGraph;
	private readonly listeners = new Set<() => void>();
	private resolvedOnce = false;
	/** Link resolutions during a full build: thousands of papers link the same few thousand keyword notes. */
	private resolving: Map<string, string> | undefined = undefined;

	constructor(
		private readonly app: App,
		private readonly keywordsFolder: () => string,
	) {
		this.graph = new KeywordGraph(keywordsFolder());
	}

	/** Registers the cache and vault events on the plugin, so they go when it unloads. */
	start(plugin: Plugin): void {
		const { metadataCache, vault, workspace } = this.app;
		plugin.registerEvent(metadataCache.on("changed", (file, _data, cache) => this.update(file, cache)));
		plugin.registerEvent(
			metadataCache.on("deleted", (file) => {
				this.graph.remove(file.path);
				this.notify();
			}),
		);
		plugin.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				this.graph.rename(oldPath, file.path);
				// The cache moves with the file; when it has not caught up yet, the moved record stands.
				const cache = this.app.metadataCache.getFileCache(file);
				if (cache) this.update(file, cache);
				else this.notify();
			}),
		);
		plugin.registerEvent(
			metadataCache.on("resolved", () => {
				if (this.resolvedOnce) return;
				this.resolvedOnce = true;
				this.build();
			}),
		);
		workspace.onLayoutReady(() => this.build());
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private notify(): void {
		for (const listener of this.listeners) listener();
	}

	/** Reads every Markdown note again. */
	build(): void {
		this.graph.setKeywordsFolder(this.keywordsFolder());
		this.graph.clear();
		this.resolving = new Map();
		try {
			for (const file of this.app.vault.getMarkdownFiles()) this.apply(file, this.app.metadataCache.getFileCache(file));
		} finally {
			this.resolving = undefined;
		}
		this.notify();
	}

	/** One note changed: only it (and papers waiting for a keyword note it now provides) is read again. */
	update(file: TFile, cache?: CachedMetadata | null): void {
		if (file.extension !== "md") return;
		this.apply(file, cache ?? this.app.metadataCache.getFileCache(file));
		this.notify();
	}

	private apply(file: TFile, cache: CachedMetadata | null): void {
		const fm = cache?.frontmatter;
		const id = readArxivId(fm);
		if (id !== undefined) {
			if (this.graph.isKeywordNote(file.path)) this.graph.setKeywordNote(file.path, undefined);
			this.graph.setPaper(file.path, this.paperRecord(file, cache, id));
			return;
		}
		this.graph.setPaper(file.path, undefined);
		const folder = this.keywordsFolder();
		if (folder === "" || file.path.startsWith(folder + "/")) {
			const category: KeywordCategory | undefined = KEYWORD_CATEGORIES.find((c) => c === fm?.["category"]);
			this.graph.setKeywordNote(file.path, { path: file.path, name: file.basename, category });
		} else {
			this.graph.setKeywordNote(file.path, undefined);
		}
	}

	/**
	 * The path of the note a link points to. A link with a folder (`keywords/broad/X`, as the importer
	 * writes them) names its note's path, `keywords/broad/X.md`, even before that note exists, so a
	 * keyword note written after its paper joins it without reading the paper again.
	 */
	private resolve(link: string, sourcePath: string): string {
		// Keyword links are full paths or unique names, so the source folder does not change the answer.
		const cached = this.resolving?.get(link);
		if (cached !== undefined) return cached;
		const path = link.includes("/")
			? link.endsWith(".md")
				? link
				: `${link}.md`
			: (this.app.metadataCache.getFirstLinkpathDest(link, sourcePath)?.path ?? link);
		this.resolving?.set(link, path);
		return path;
	}

	private paperRecord(file: TFile, cache: CachedMetadata | null, arxivId: string): PaperRecord {
		const fm = cache?.frontmatter ?? {};
		const keywords: string[] = [];
		const fromCache = (cache?.frontmatterLinks ?? []).filter((l) => l.key === "keywords" || l.key.startsWith("keywords."));
		const targets = fromCache.length > 0 ? fromCache.map((l) => l.link) : readStringList(fm[PAPER_PROPERTIES.keywords]).map(wikiTarget);
		for (const target of targets) {
			if (target === undefined || target === "") continue;
			keywords.push(this.resolve(target.split("#")[0] ?? target, file.path));
		}
		const title: unknown = fm["title"];
		const published: unknown = fm["published"];
		const publishedText = typeof published === "string" ? published : "";
		return {
			path: file.path,
			arxivId,
			title: typeof title === "string" && title !== "" ? title : file.basename,
			firstAuthor: readStringList(fm["authors"])[0] ?? "",
			year: /^\d{4}/.exec(publishedText)?.[0] ?? "",
			published: publishedText,
			keywords,
			...(typeof fm[PAPER_PROPERTIES.status] === "string" ? { status: fm[PAPER_PROPERTIES.status] as string } : {}),
		};
	}
}
