import type { Paper } from "../model";

/** A paper note as the version check reads it. */
export interface VersionedNote {
	id: string;
	path: string;
	title: string;
	/** The version the note has (its `version` property), when it says one. */
	version?: number;
}

/** A paper arXiv has a newer version of than its note. */
export interface NewVersion {
	id: string;
	path: string;
	title: string;
	/** The note's version, when it said one. */
	from?: number;
	to: number;
	/** When the new version came out (YYYY-MM-DD), when arXiv says. */
	updated?: string;
}

/**
 * The notes whose paper arXiv has a newer version of: a note that says no version counts as v1.
 * Notes arXiv did not answer for are left out (the check says how many).
 */
export function newVersions(notes: readonly VersionedNote[], papers: readonly Paper[]): NewVersion[] {
	const latest = new Map(papers.map((p) => [p.id, p]));
	const out: NewVersion[] = [];
	for (const note of notes) {
		const paper = latest.get(note.id);
		if (!paper || paper.version <= (note.version ?? 1)) continue;
		out.push({ id: note.id, path: note.path, title: note.title, ...(note.version !== undefined ? { from: note.version } : {}), to: paper.version, ...(paper.updated ? { updated: paper.updated.slice(0, 10) } : {}) });
	}
	return out.sort(newestFirst);
}

/** The newest version first, then by title. */
export function newestFirst(a: NewVersion, b: NewVersion): number {
	return (b.updated ?? "") < (a.updated ?? "") ? -1 : (b.updated ?? "") > (a.updated ?? "") ? 1 : a.title.localeCompare(b.title);
}

