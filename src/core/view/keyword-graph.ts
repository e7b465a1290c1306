import { KEYWORD_CATEGORIES, type KeywordCategory } from "../model";

/** A paper note as the keyword view sees it. */
export interface PaperRecord {
	path: string;
	arxivId: string;
	title: string;
	firstAuthor: string;
	/** Four-digit year, or "" when unknown. */
	year: string;
	/** ISO date of v1 (or anything that sorts like one), "" when unknown. */
	published: string;
	/** Keys of the keywords it links: the keyword note's path when the link resolves, else the link text. */
	keywords: string[];
	/** Its reading status (the `status` property), when it has one. */
	status?: string;
}

/** A keyword note (`keywords/<category>/<Name>.md`). */
export interface KeywordNoteRecord {
	path: string;
	name: string;
	category?: KeywordCategory;
}

export interface KeywordEntry {
	key: string;
	name: string;
	category: KeywordCategory;
	count: number;
	/** The newest `published` of its papers ("" when none is dated). */
	latest: string;
	/** The keyword note, when one exists. */
	path?: string;
}

export type KeywordSort = "count" | "name" | "recent";

export interface RelatedPaper {
	paper: PaperRecord;
	/** The keywords it shares with the paper in view. */
	shared: KeywordEntry[];
	/** What ranks it (see `thisPaper`). */
	weight: number;
}

/** The paper in view, its keywords, and the other papers related to it through them. */
export interface ThisPaper {
	paper: PaperRecord;
	keywords: KeywordEntry[];
	related: RelatedPaper[];
}

const MD = /\.md$/;

function baseName(path: string): string {
	const slash = path.lastIndexOf("/");
	return path.slice(slash + 1).replace(MD, "");
}

/**
 * The vault's papers and keywords, kept up to date one note at a time: papers link keywords,
 * keywords count their papers. Every update touches only the note that changed and its keywords.
 */
/** Keywords by name, case aside. */
function byName(a: KeywordEntry, b: KeywordEntry): number {
	const x = a.name.toLowerCase();
	const y = b.name.toLowerCase();
	return x < y ? -1 : x > y ? 1 : 0;
}

export class KeywordGraph {
	private readonly papers = new Map<string, PaperRecord>();
	private readonly notes = new Map<string, KeywordNoteRecord>();
	private readonly links = new Map<string, Set<string>>();
	private readonly byId = new Map<string, string>();
	private sorted = new Map<KeywordSort, KeywordEntry[]>();
	private entries: Map<string, KeywordEntry> | undefined;
	/** Bumped on every change, so views can tell whether to render again. */
	version = 0;

	constructor(private keywordsFolder = "keywords") {}

	/** The keyword folder changed in the settings: the caller builds the graph again. */
	setKeywordsFolder(folder: string): void {
		this.keywordsFolder = folder;
	}

	private changed(): void {
		this.version++;
		this.sorted.clear();
		this.entries = undefined;
	}

	clear(): void {
		this.papers.clear();
		this.notes.clear();
		this.links.clear();
		this.byId.clear();
		this.changed();
	}

	get paperCount(): number {
		return this.papers.size;
	}

	paper(path: string): PaperRecord | undefined {
		return this.papers.get(path);
	}

	/** The path of the paper note holding this arXiv ID (no version), if any. */
	pathOfId(id: string): string | undefined {
		return this.byId.get(id);
	}

	private unlinkPaper(path: string): void {
		const old = this.papers.get(path);
		if (!old) return;
		for (const key of old.keywords) {
			const set = this.links.get(key);
			set?.delete(path);
			if (set && set.size === 0) this.links.delete(key);
		}
		if (this.byId.get(old.arxivId) === path) this.byId.delete(old.arxivId);
		this.papers.delete(path);
	}

	/** Adds or replaces a paper; `undefined` means the note is no longer a paper. */
	setPaper(path: string, record: PaperRecord | undefined): void {
		this.unlinkPaper(path);
		if (record) {
			const keywords = [...new Set(record.keywords)];
			const stored = { ...record, path, keywords };
			this.papers.set(path, stored);
			if (stored.arxivId !== "" && !this.byId.has(stored.arxivId)) this.byId.set(stored.arxivId, path);
			for (const key of keywords) {
				let set = this.links.get(key);
				if (!set) this.links.set(key, (set = new Set()));
				set.add(path);
			}
		}
		this.changed();
	}

	setKeywordNote(path: string, record: KeywordNoteRecord | undefined): void {
		if (record) this.notes.set(path, record);
		else this.notes.delete(path);
		this.changed();
	}

	/** A note was deleted: it is neither a paper nor a keyword note any more. */
	remove(path: string): void {
		this.unlinkPaper(path);
		this.notes.delete(path);
		this.changed();
	}

	/** A note moved: papers keep their links; a keyword note keeps its papers under the new path. */
	rename(oldPath: string, newPath: string): void {
		const paper = this.papers.get(oldPath);
		if (paper) {
			this.unlinkPaper(oldPath);
			this.setPaper(newPath, { ...paper, path: newPath });
		}
		const note = this.notes.get(oldPath);
		if (note) {
			this.notes.delete(oldPath);
			this.notes.set(newPath, { ...note, path: newPath, name: baseName(newPath) });
		}
		const set = this.links.get(oldPath);
		if (set) {
			this.links.delete(oldPath);
			const target = this.links.get(newPath) ?? new Set<string>();
			for (const p of set) {
				target.add(p);
				const rec = this.papers.get(p);
				if (rec) rec.keywords = rec.keywords.map((k) => (k === oldPath ? newPath : k));
			}
			this.links.set(newPath, target);
		}
		this.changed();
	}

	private categoryOf(key: string): KeywordCategory {
		const note = this.notes.get(key);
		if (note?.category) return note.category;
		const prefix = this.keywordsFolder === "" ? "" : this.keywordsFolder + "/";
		if (key.startsWith(prefix)) {
			const folder = key.slice(prefix.length).split("/")[0];
			const found = KEYWORD_CATEGORIES.find((c) => c === folder);
			if (found) return found;
		}
		return "specific";
	}

	private allEntries(): Map<string, KeywordEntry> {
		if (this.entries) return this.entries;
		const out = new Map<string, KeywordEntry>();
		for (const [key, set] of this.links) {
			let latest = "";
			for (const p of set) {
				const published = this.papers.get(p)?.published ?? "";
				if (published > latest) latest = published;
			}
			const note = this.notes.get(key);
			out.set(key, {
				key,
				name: note?.name ?? baseName(key),
				category: this.categoryOf(key),
				count: set.size,
				latest,
				path: note ? key : undefined,
			});
		}
		// Keyword notes no paper links yet still show, with 0 papers.
		for (const [path, note] of this.notes) {
			if (!out.has(path)) out.set(path, { key: path, name: note.name, category: this.categoryOf(path), count: 0, latest: "", path });
		}
		this.entries = out;
		return out;
	}

	isKeywordNote(path: string): boolean {
		return this.notes.has(path);
	}

	keyword(key: string): KeywordEntry | undefined {
		return this.allEntries().get(key);
	}

	/** Every keyword in one order (cached until the next change). */
	keywords(sort: KeywordSort): KeywordEntry[] {
		const cached = this.sorted.get(sort);
		if (cached) return cached;
		const list = [...this.allEntries().values()];
		if (sort === "name") list.sort(byName);
		else if (sort === "count") list.sort((a, b) => b.count - a.count || byName(a, b));
		else list.sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0) || b.count - a.count || byName(a, b));
		this.sorted.set(sort, list);
		return list;
	}

	/**
	 * The keywords grouped by category, in the chosen order, narrowed to names containing `filter`;
	 * with a reading `status`, to the keywords of papers with that status, each counting only those.
	 */
	grouped(sort: KeywordSort, filter: string, status?: string): Record<KeywordCategory, KeywordEntry[]> {
		const out: Record<KeywordCategory, KeywordEntry[]> = { evolved: [], broad: [], specific: [], unique: [] };
		const needle = filter.trim().toLowerCase();
		for (const entry of this.keywords(sort)) {
			if (needle !== "" && !entry.name.toLowerCase().includes(needle)) continue;
			if (status === undefined) {
				out[entry.category].push(entry);
				continue;
			}
			const count = this.countOf(entry.key, status);
			if (count > 0) out[entry.category].push({ ...entry, count });
		}
		// Sorted by the papers of that status, not by all of them.
		if (status !== undefined && sort === "count") for (const list of Object.values(out)) list.sort((a, b) => b.count - a.count || byName(a, b));
		return out;
	}

	/** How many papers with that reading status link a keyword (what papersOf lists, without the list). */
	private countOf(key: string, status: string): number {
		let count = 0;
		for (const p of this.links.get(key) ?? []) if (this.papers.get(p)?.status === status) count += 1;
		return count;
	}

	/** The papers that link a keyword (with that reading status, when one is given), newest first. */
	papersOf(key: string, status?: string): PaperRecord[] {
		const out: PaperRecord[] = [];
		for (const p of this.links.get(key) ?? []) {
			const rec = this.papers.get(p);
			if (rec && (status === undefined || rec.status === status)) out.push(rec);
		}
		return out.sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : a.title.localeCompare(b.title)));
	}

	/**
	 * For a paper: its keywords, and every other paper that shares one, once, with the keywords it
	 * shares. Ranked by what they share: a keyword few papers link counts for more than one most
	 * papers link (each shared keyword weighs 1 / log2(1 + its papers)); then the newer paper first.
	 */
	thisPaper(path: string): ThisPaper | undefined {
		const paper = this.papers.get(path);
		if (!paper) return undefined;
		const keywords: KeywordEntry[] = [];
		const byPaper = new Map<string, { shared: KeywordEntry[]; weight: number }>();
		for (const key of paper.keywords) {
			const keyword = this.keyword(key);
			if (!keyword || keywords.some((k) => k.key === keyword.key)) continue;
			keywords.push(keyword);
			const weight = 1 / Math.log2(1 + Math.max(1, keyword.count));
			for (const p of this.links.get(key) ?? []) {
				if (p === path) continue;
				const entry = byPaper.get(p) ?? { shared: [], weight: 0 };
				entry.shared.push(keyword);
				entry.weight += weight;
				byPaper.set(p, entry);
			}
		}
		const related: RelatedPaper[] = [];
		for (const [p, { shared, weight }] of byPaper) {
			const rec = this.papers.get(p);
			if (rec) related.push({ paper: rec, shared, weight });
		}
		related.sort((a, b) => b.weight - a.weight || (a.paper.published < b.paper.published ? 1 : a.paper.published > b.paper.published ? -1 : a.paper.title.localeCompare(b.paper.title)));
		return { paper, keywords, related };
	}
}
