import type { RadarPaper } from "./radar-index";
import { readPaper } from "./paper-cache";

/** The file in the plugin's folder that keeps them (the plugin writes it, the CLI reads it). */
export const SEEN_FILE = "radar-seen.json";

/** Papers kept as seen, most recent first: enough negatives for the SVM, a bounded file. */
export const SEEN_LIMIT = 2000;

/**
 * The papers a preview showed and the user did not import: the radar's negatives. New ones come
 * first; a paper seen again moves to the front; a paper the vault has since imported is dropped; at
 * most `SEEN_LIMIT` are kept.
 */
export function addSeen(before: readonly RadarPaper[], shown: readonly RadarPaper[], imported: ReadonlySet<string>): RadarPaper[] {
	const ids = new Set<string>();
	const fresh = shown.filter((p) => {
		if (imported.has(p.id) || ids.has(p.id)) return false;
		ids.add(p.id);
		return true;
	});
	return [...fresh, ...before.filter((p) => !ids.has(p.id) && !imported.has(p.id))].slice(0, SEEN_LIMIT);
}

/**
 * Seen papers read back from their file: only well-formed entries, each ID once, at most
 * `SEEN_LIMIT` (the file may be hand-edited or cut short). Undefined when the file is not a list at
 * all (another version's, or damaged): the caller keeps it aside rather than write over it.
 */
export function parseSeen(text: string): RadarPaper[] | undefined {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!Array.isArray(data)) return undefined;
	const ids = new Set<string>();
	const out: RadarPaper[] = [];
	for (const entry of data as unknown[]) {
		if (out.length >= SEEN_LIMIT) break;
		const paper = readPaper(entry);
		if (paper === undefined || ids.has(paper.id)) continue;
		ids.add(paper.id);
		out.push(paper);
	}
	return out;
}
