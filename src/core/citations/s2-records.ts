import { PAPER_PROPERTIES, readArxivId } from "../notes/paper-schema";
import { count, isRecord, text } from "../json-values";

/**
 * What the citation map keeps of a paper, read from a Semantic Scholar Graph API answer. Every
 * field is checked: the answer is untrusted text, and any field may be missing or null.
 */
export interface CitationRecord {
	/** The arXiv ID it was asked for. */
	id: string;
	citationCount?: number;
	/** The venue Semantic Scholar names for the paper (may be arXiv itself). */
	venue?: string;
	/** The journal or conference of the published version; undefined while it is a preprint only. */
	publishedIn?: string;
	/** The DOI of the published version (not arXiv's own 10.48550 DOI). */
	publishedDoi?: string;
	references: Reference[];
	/** arXiv IDs of papers that cite it, when they were asked for ("cited by"). */
	citedBy?: string[];
}

export interface Reference {
	/** Its arXiv ID, when it has one. */
	id?: string;
	title: string;
	citationCount?: number;
}


/** arXiv's own DOIs (10.48550/arXiv.<id>) name the preprint, not a published version. */
export const ARXIV_DOI = /^10\.48550\/arxiv\./i;
/** Venue names that are arXiv itself. */
const ARXIV_VENUE = /^arxiv(\.org)?$/i;

/** The arXiv ID in a paper's `externalIds`, checked as a note's `arxiv_id` is. */
export function arxivIdOf(paper: unknown): string | undefined {
	if (!isRecord(paper) || !isRecord(paper["externalIds"])) return undefined;
	const raw = paper["externalIds"]["ArXiv"];
	return typeof raw === "string" ? readArxivId({ [PAPER_PROPERTIES.id]: raw }) : undefined;
}

function reference(value: unknown): Reference | undefined {
	if (!isRecord(value)) return undefined;
	const title = text(value["title"]);
	const id = arxivIdOf(value);
	if (title === undefined && id === undefined) return undefined;
	const out: Reference = { title: title ?? id ?? "" };
	if (id !== undefined) out.id = id;
	const n = count(value["citationCount"]);
	if (n !== undefined) out.citationCount = n;
	return out;
}

/** A batch answer's entry for the paper asked for as `id`; undefined for null (unknown to Semantic Scholar) or no paper at all. */
export function readCitationRecord(id: string, value: unknown): CitationRecord | undefined {
	if (!isRecord(value)) return undefined;
	const record: CitationRecord = { id, references: [] };
	const n = count(value["citationCount"]);
	if (n !== undefined) record.citationCount = n;
	// arXiv itself is no venue: a preprint's note gets none.
	const venue = text(value["venue"]);
	if (venue !== undefined && !ARXIV_VENUE.test(venue)) record.venue = venue;
	const published = isRecord(value["publicationVenue"]) ? text(value["publicationVenue"]["name"]) : undefined;
	const journal = isRecord(value["journal"]) ? text(value["journal"]["name"]) : undefined;
	const publishedIn = [published, journal, venue].find((v) => v !== undefined && !ARXIV_VENUE.test(v));
	if (publishedIn !== undefined) record.publishedIn = publishedIn;
	const doi = isRecord(value["externalIds"]) ? text(value["externalIds"]["DOI"]) : undefined;
	if (doi !== undefined && !ARXIV_DOI.test(doi)) record.publishedDoi = doi;
	// Only references with an arXiv ID count (links, references to import): the others are not kept.
	const refs: unknown = value["references"];
	for (const r of Array.isArray(refs) ? (refs as unknown[]) : []) {
		const read = reference(r);
		if (read?.id !== undefined) record.references.push(read);
	}
	return record;
}

/** The arXiv IDs of a page of `/citations` (`citingPaper` entries), and the next page's offset. */
export function citingIds(page: unknown): { ids: string[]; next?: number } {
	const out: { ids: string[]; next?: number } = { ids: [] };
	if (!isRecord(page)) return out;
	const data: unknown = page["data"];
	for (const entry of Array.isArray(data) ? (data as unknown[]) : []) {
		const id = isRecord(entry) ? arxivIdOf(entry["citingPaper"]) : undefined;
		if (id !== undefined) out.ids.push(id);
	}
	const next = page["next"];
	if (typeof next === "number" && Number.isInteger(next) && next > 0) out.next = next;
	return out;
}
