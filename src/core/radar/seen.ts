import type { RadarPaper } from "./radar-index";

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

/** Seen papers read back from their file: only well-formed entries (the file may be hand-edited or cut short). */
export function parseSeen(text: string): RadarPaper[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [];
	}
	if (!Array.isArray(data)) return [];
	return data.flatMap((entry: unknown): RadarPaper[] => {
		if (typeof entry !== "object" || entry === null) return [];
		const { id, title, abstract } = entry as Record<string, unknown>;
		return typeof id === "string" && typeof title === "string" ? [{ id, title, ...(typeof abstract === "string" ? { abstract } : {}) }] : [];
	});
}
