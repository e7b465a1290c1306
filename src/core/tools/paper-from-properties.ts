import { linkName } from "../notes/note-links";
import { PAPER_PROPERTIES, readArxivId, readVersion } from "../notes/paper-schema";
import type { Paper } from "../model";


const text = (value: unknown): string | undefined =>
	typeof value === "string" ? value : typeof value === "number" ? String(value) : value instanceof Date ? value.toISOString() : undefined;

function list(value: unknown): string[] {
	if (typeof value === "string") return [linkName(value)];
	return Array.isArray(value) ? value.flatMap((v) => (typeof v === "string" ? [linkName(v)] : [])) : [];
}

/**
 * A paper rebuilt from a paper note's properties (enough for BibTeX, citation keys and the PDF),
 * or undefined when the note has no `arxiv_id`.
 */
export function paperFromProperties(fm: Record<string, unknown> | null | undefined): Paper | undefined {
	if (!fm) return undefined;
	const id = readArxivId(fm);
	if (!id) return undefined;
	return {
		id,
		version: readVersion(fm[PAPER_PROPERTIES.version]) ?? 1,
		title: text(fm["title"]) ?? id,
		abstract: "",
		authors: list(fm["authors"]),
		published: text(fm["published"]),
		updated: text(fm["updated"]),
		announced: text(fm["announced"]),
		primaryCategory: text(fm["primary_category"]) ?? "",
		categories: list(fm["categories"]),
		doi: text(fm["doi"]) || undefined,
		journalRef: text(fm["journal_ref"]) || undefined,
	};
}
