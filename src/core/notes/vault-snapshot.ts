import type { KeywordCategory } from "../model";
import { KEYWORD_CATEGORIES } from "../model";
import { KeywordIndex } from "../keywords/normalize";
import { indexVaultKeywords, type VaultKeyword, type VaultKeywords } from "../keywords/vault-keywords";
import type { VaultPort } from "../ports";
import { basename, pathKey } from "./paths";
import { PAPER_PROPERTIES, readArxivId, readStringList } from "./paper-schema";
import { linkTarget } from "./note-links";

/** An existing keyword note, as the planner sees it. */
export interface KeywordNote {
	name: string;
	category?: KeywordCategory;
}

/**
 * What the planner needs to know about the vault: read before an import (or kept current across
 * imports by a SnapshotSource), and updated by planning as the import writes.
 */
export interface VaultSnapshot {
	/** arXiv ID (no version) -> path of the note that already holds the paper, anywhere in the vault. */
	papers: Map<string, string>;
	/** Matching of keyword names and aliases to keyword note paths. */
	keywords: KeywordIndex;
	/** Keyword note path -> its name and category, so every paper shows a concept the same way. */
	keywordNotes: Map<string, KeywordNote>;
	/** The vault's keyword notes with how many papers link each: an input to the categories. */
	vaultKeywords: VaultKeywords;
	/** arXiv ID -> the paper note's `imported` (its first import) and `announced` dates, as written. */
	paperDates: Map<string, { imported?: string; announced?: string }>;
	/** Lower-cased paths of every Markdown file, for case-insensitive clash checks. */
	paths: Set<string>;
	/** Lower-cased path -> the path as it is in the vault. */
	realPaths: Map<string, string>;
	/**
	 * Lower-cased note name (no folder, no `.md`) -> the first note of that name, for links by name
	 * (Obsidian's shortest links): one lookup instead of a pass over every note per link.
	 */
	names: Map<string, string>;
}

/** A note now exists (the import wrote it): the snapshot's path sets and name index know it. */
export function addPath(snapshot: VaultSnapshot, path: string): void {
	const key = pathKey(path);
	snapshot.paths.add(key);
	if (!snapshot.realPaths.has(key)) snapshot.realPaths.set(key, path);
	const name = pathKey(basename(path));
	if (!snapshot.names.has(name)) snapshot.names.set(name, path);
}

/** A note is gone (moved to the trash): it leaves the snapshot; its name goes to another note of that name, if any. */
export function removePath(snapshot: VaultSnapshot, path: string): void {
	const key = pathKey(path);
	snapshot.paths.delete(key);
	snapshot.realPaths.delete(key);
	const name = pathKey(basename(path));
	if (pathKey(snapshot.names.get(name) ?? "") !== key) return;
	snapshot.names.delete(name);
	for (const other of snapshot.realPaths.values()) {
		if (pathKey(basename(other)) === name) {
			snapshot.names.set(name, other);
			break;
		}
	}
}

function category(value: unknown): KeywordCategory | undefined {
	return KEYWORD_CATEGORIES.find((c) => c === value);
}

/**
 * Where an import gets its snapshot: read from the vault (the default, the CLI), or kept current
 * from the app's events (the plugin), so an import does not look at every note of the vault.
 */
export interface SnapshotSource {
	snapshot(keywordsFolder: string): Promise<VaultSnapshot>;
	/** The import could not write everything it planned: the next import reads the vault again. */
	invalidate(): void;
}

/**
 * All a snapshot takes from one note's properties: a paper's ID, dates and the notes its keywords
 * link; another note's aliases and category (it is a keyword note when it is in the keywords folder).
 * Small and plain, so a cache of the vault (the CLI's index) can keep it as it is.
 */
export interface NoteDigest {
	id?: string;
	imported?: string;
	announced?: string;
	/** The targets of the paper's keyword links (`keywords/broad/Graphs`, or `Graphs` for a link by name). */
	targets?: string[];
	aliases?: string[];
	category?: KeywordCategory;
}

export function digestNote(fm: Record<string, unknown> | null): NoteDigest {
	const id = readArxivId(fm);
	if (id === undefined) {
		const aliases = readStringList(fm?.["aliases"]);
		const kind = category(fm?.["category"]);
		return { ...(aliases.length > 0 ? { aliases } : {}), ...(kind !== undefined ? { category: kind } : {}) };
	}
	const imported = fm?.[PAPER_PROPERTIES.imported];
	const announced = fm?.[PAPER_PROPERTIES.announced];
	const targets: string[] = [];
	for (const link of readStringList(fm?.[PAPER_PROPERTIES.keywords])) {
		const target = linkTarget(link);
		if (target) targets.push(target);
	}
	return {
		id,
		...(typeof imported === "string" ? { imported } : {}),
		...(typeof announced === "string" ? { announced } : {}),
		...(targets.length > 0 ? { targets } : {}),
	};
}

export async function readVaultSnapshot(vault: VaultPort, keywordsFolder: string): Promise<VaultSnapshot> {
	const notes: [string, NoteDigest][] = [];
	for (const path of await vault.listMarkdown("")) notes.push([path, digestNote(await vault.frontmatter(path))]);
	return snapshotOf(notes, keywordsFolder);
}

/** The snapshot of a vault given each Markdown note's path and digest. */
export function snapshotOf(notes: Iterable<readonly [string, NoteDigest | null]>, keywordsFolder: string): VaultSnapshot {
	const papers = new Map<string, string>();
	const keywords = new KeywordIndex();
	const keywordNotes = new Map<string, KeywordNote>();
	const paths = new Set<string>();
	const realPaths = new Map<string, string>();
	const names = new Map<string, string>();
	const paperDates = new Map<string, { imported?: string; announced?: string }>();
	const found: { path: string; note: VaultKeyword }[] = [];
	const linkCounts = new Map<string, number>();
	const keywordPrefix = keywordsFolder === "" ? "" : keywordsFolder + "/";
	for (const [path, digest] of notes) {
		const key = pathKey(path);
		paths.add(key);
		realPaths.set(key, path);
		const name = pathKey(basename(path));
		if (!names.has(name)) names.set(name, path);
		const id = digest?.id;
		if (id !== undefined) {
			if (!papers.has(id)) papers.set(id, path);
			paperDates.set(id, {
				...(digest?.imported !== undefined ? { imported: digest.imported } : {}),
				...(digest?.announced !== undefined ? { announced: digest.announced } : {}),
			});
			for (const target of digest?.targets ?? []) linkCounts.set(target, (linkCounts.get(target) ?? 0) + 1);
		} else if (path.startsWith(keywordPrefix)) {
			const name = basename(path);
			const aliases = digest?.aliases ?? [];
			const kind = digest?.category;
			keywords.add(path, name, aliases);
			keywordNotes.set(path, { name, category: kind });
			found.push({ path, note: { name, aliases, category: kind, papers: 0 } });
		}
	}
	// A paper links a keyword note by its full path or, with shortest links, by its name.
	for (const { path, note } of found) note.papers = (linkCounts.get(path.replace(/\.md$/, "")) ?? 0) + (linkCounts.get(note.name) ?? 0);
	return { papers, paperDates, keywords, keywordNotes, vaultKeywords: indexVaultKeywords(found.map((f) => f.note)), paths, realPaths, names };
}
