import type { NoteLabels } from "../notes/labels";
import { managedBlockEnd } from "../notes/managed-block";
import { BrokenBlockError, markedBlock, replaceMarked, wrapMarked } from "../notes/marked-block";
import { escapeInline } from "../notes/markdown";
import { PAPER_PROPERTIES } from "../notes/paper-schema";
import type { PropertyValue } from "../notes/frontmatter";
import type { PaperCitations } from "./citation-graph";
import type { CitationRecord } from "./s2-records";

/** A paper note's citations part, apart from its managed section: Update citations replaces it. */
export const CITATIONS_BLOCK = markedBlock("citations", "Update citations replaces them");

/** The lines of the part: the papers it cites and that cite it in the vault (links), then references to import. */
export function citationLines(citations: PaperCitations, link: (id: string) => string | undefined, labels: NoteLabels): string[] {
	const links = (ids: readonly string[]): string[] => {
		const lines = ids.flatMap((id) => {
			const l = link(id);
			return l === undefined ? [] : [`- ${l}`];
		});
		return lines.length > 0 ? lines : [labels.noneYet];
	};
	const missing = citations.missing.map((r) => `- ${escapeInline(r.title)} · arXiv:${r.id ?? ""}${r.citationCount !== undefined ? ` · ${r.citationCount.toLocaleString("en-US")} ${labels.citations}` : ""}`);
	return [
		`## ${labels.citationsSection}`,
		"",
		`### ${labels.citesInVault}`,
		"",
		...links(citations.cites),
		"",
		`### ${labels.citedByInVault}`,
		"",
		...links(citations.citedBy),
		...(missing.length > 0 ? ["", `### ${labels.missingReferences}`, "", ...missing] : []),
	];
}

/** The note with its citations part written: in place of the one it has, else after its managed section (or at its end). */
export function withCitations(text: string, lines: readonly string[], path: string): string {
	const content = wrapMarked(CITATIONS_BLOCK, lines);
	return replaceMarked(
		text,
		CITATIONS_BLOCK,
		content,
		(t) => {
			const after = managedBlockEnd(t);
			if (after === undefined) return `${t}${t.endsWith("\n") || t === "" ? "" : "\n"}\n${content}\n`;
			return `${t.slice(0, after)}\n\n${content}${t.slice(after)}`;
		},
		() => new BrokenBlockError(path, "citations", CITATIONS_BLOCK.end),
	);
}

/**
 * The citation properties of a paper note: `cites` and `cited_by` as links (written whenever they
 * have links or the note has them already, so the two agree across the vault), and what the service
 * says of the paper when it was asked: each only where the note has no such property or still has
 * the value written last (`mine`), so a value the user set is theirs. Undefined: left as it is.
 */
export function citationProperties(
	record: CitationRecord | undefined,
	citations: PaperCitations,
	link: (id: string) => string | undefined,
	has: (property: string) => boolean,
	mine: (property: string) => boolean,
): [string, PropertyValue | undefined][] {
	const links = (property: string, ids: readonly string[]): string[] | undefined => {
		const out = ids.flatMap((id) => link(id) ?? []);
		return out.length > 0 || has(property) ? out : undefined;
	};
	const value = <T>(property: string, v: T | undefined): T | undefined => (v !== undefined && mine(property) ? v : undefined);
	return [
		[PAPER_PROPERTIES.cites, links(PAPER_PROPERTIES.cites, citations.cites)],
		[PAPER_PROPERTIES.citedBy, links(PAPER_PROPERTIES.citedBy, citations.citedBy)],
		[PAPER_PROPERTIES.citationCount, value(PAPER_PROPERTIES.citationCount, record?.citationCount)],
		[PAPER_PROPERTIES.venue, value(PAPER_PROPERTIES.venue, record?.venue)],
		[PAPER_PROPERTIES.publishedIn, value(PAPER_PROPERTIES.publishedIn, record?.publishedIn)],
		[PAPER_PROPERTIES.publishedDoi, value(PAPER_PROPERTIES.publishedDoi, record?.publishedDoi)],
	];
}

/** The values the citation properties are written with (for the next run's `mine`). */
export function citationValues(record: CitationRecord | undefined): Record<string, string | number> {
	const out: Record<string, string | number> = {};
	if (record?.citationCount !== undefined) out[PAPER_PROPERTIES.citationCount] = record.citationCount;
	if (record?.venue !== undefined) out[PAPER_PROPERTIES.venue] = record.venue;
	if (record?.publishedIn !== undefined) out[PAPER_PROPERTIES.publishedIn] = record.publishedIn;
	if (record?.publishedDoi !== undefined) out[PAPER_PROPERTIES.publishedDoi] = record.publishedDoi;
	return out;
}
