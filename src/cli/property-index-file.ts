// The CLI's property index as a file: what it keeps of each note, and how that is written and read back.
import type { NoteDigest } from "../core/notes/vault-snapshot";

const INDEX_VERSION = 3;

export interface Entry {
	size: number;
	mtimeMs: number;
	digest: NoteDigest;
}

/**
 * The index as kept on disk. A paper's keyword links name a few thousand keyword notes between
 * them, so each target is written once, in `targets`, and a digest's `targets` are numbers into it:
 * at 10,000 papers the file is 2.2 MB where it was 4.9 MB with the links written out.
 */
interface IndexFile {
	version: number;
	targets: string[];
	notes: [path: string, size: number, mtimeMs: number, digest: StoredDigest][];
}
type StoredDigest = Omit<NoteDigest, "targets"> & { targets?: number[] };

/**
 * A plain copy: a parsed value can be a slice of the note's text and hold on to all of it, which
 * at 10,000 notes is about 100 MB kept for nothing.
 */
export function detached(digest: NoteDigest): NoteDigest {
	return JSON.parse(JSON.stringify(digest)) as NoteDigest;
}

function isIndexFile(data: unknown): data is IndexFile {
	if (typeof data !== "object" || data === null) return false;
	const file = data as Partial<IndexFile>;
	return file.version === INDEX_VERSION && Array.isArray(file.targets) && Array.isArray(file.notes);
}

export function decodeIndex(text: string): Map<string, Entry> {
	const data: unknown = JSON.parse(text);
	const index = new Map<string, Entry>();
	if (!isIndexFile(data)) return index;
	const { targets, notes } = data;
	for (const [path, size, mtimeMs, stored] of notes) {
		if (typeof path !== "string" || typeof size !== "number" || typeof mtimeMs !== "number" || typeof stored !== "object" || stored === null) continue;
		const numbers = Array.isArray(stored.targets) ? stored.targets : undefined;
		// The same string object for every link to a note: its hash is worked out once.
		const digest: NoteDigest = numbers === undefined ? (stored as NoteDigest) : { ...stored, targets: numbers.map((n) => targets[n] ?? "") };
		index.set(path, { size, mtimeMs, digest });
	}
	return index;
}

export function encodeIndex(entries: Map<string, Entry>): string {
	const targets: string[] = [];
	const numbers = new Map<string, number>();
	const notes: IndexFile["notes"] = [];
	for (const [path, { size, mtimeMs, digest }] of entries) {
		const { targets: links, ...rest } = digest;
		const stored: StoredDigest = rest;
		if (links !== undefined)
			stored.targets = links.map((target) => {
				let n = numbers.get(target);
				if (n === undefined) {
					n = targets.push(target) - 1;
					numbers.set(target, n);
				}
				return n;
			});
		notes.push([path, size, mtimeMs, stored]);
	}
	return JSON.stringify({ version: INDEX_VERSION, targets, notes } satisfies IndexFile);
}
