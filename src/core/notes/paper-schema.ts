/**
 * The paper note's properties: one definition of their names, and the readers every feature uses.
 */

/** Property names of a paper note (Obsidian Properties, typed for Bases and Dataview). */
export const PAPER_PROPERTIES = {
	title: "title",
	titleTranslated: "title_translated",
	aliases: "aliases",
	authors: "authors",
	authorLinks: "author_links",
	id: "arxiv_id",
	version: "version",
	published: "published",
	updated: "updated",
	announced: "announced",
	primaryCategory: "primary_category",
	categories: "categories",
	doi: "doi",
	journalRef: "journal_ref",
	comment: "comment",
	url: "url",
	pdf: "pdf",
	keywords: "keywords",
	tags: "tags",
	imported: "imported",
	enrichment: "enrichment",
	citekey: "citekey",
	pdfFile: "pdf_file",
	cites: "cites",
	citedBy: "cited_by",
	citationCount: "citation_count",
	venue: "venue",
	publishedIn: "published_in",
	publishedDoi: "published_doi",
	status: "status",
	newVersion: "new_version",
} as const;

/** The reading status a paper note can have (its `status` property). */
export const READING_STATUSES = ["to-read", "reading", "read"] as const;
export type ReadingStatus = (typeof READING_STATUSES)[number];

/** Each status in words ("Mark paper as to read", the keyword view's menu). */
export const READING_STATUS_NAMES: Readonly<Record<ReadingStatus, string>> = { "to-read": "to read", reading: "reading", read: "read" };

const NEW_STYLE = /^(\d{4})\.(\d{4,5})(v\d+)?$/;
const OLD_STYLE = /^[a-z-]+(\.[A-Z]{2})?\/\d{7}(v\d+)?$/;

/**
 * A new-style ID typed without quotes is read by YAML as a number (`2401.00010` -> 2401.0001,
 * `0704.0001` -> 704.0001). arXiv IDs have fixed widths (4-digit YYMM; 4 digits after the dot
 * until 1412, 5 from 1501), so the digits YAML dropped are the zeros that pad those widths.
 */
function idFromNumber(value: number): string | undefined {
	if (!Number.isFinite(value) || value <= 0) return undefined;
	const [whole = "", fraction = ""] = String(value).split(".");
	if (whole.length > 4 || fraction === "" || fraction.length > 5) return undefined;
	const yymm = whole.padStart(4, "0");
	const width = Number(yymm) >= 1501 ? 5 : 4;
	if (fraction.length > width) return undefined;
	return `${yymm}.${fraction.padEnd(width, "0")}`;
}

/** The arXiv ID (no version) of a note's properties, or undefined when the note is not a paper. */
export function readArxivId(frontmatter: Record<string, unknown> | null | undefined): string | undefined {
	const raw = frontmatter?.[PAPER_PROPERTIES.id];
	const text = typeof raw === "number" ? idFromNumber(raw) : typeof raw === "string" ? raw.trim().replace(/^arxiv:/i, "") : undefined;
	if (text === undefined) return undefined;
	if (NEW_STYLE.test(text)) return text.replace(/v\d+$/, "");
	if (OLD_STYLE.test(text)) return text.replace(/v\d+$/, "");
	return undefined;
}

/** A property that holds a list of strings (a single string counts as a list of one). */
export function readStringList(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
	return [];
}

/** A note's `version` property read as a number (`2`, `"2"`, `"v2"`), or undefined. */
export function readVersion(value: unknown): number | undefined {
	const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim().replace(/^v/i, "")) : NaN;
	return Number.isInteger(n) && n >= 1 ? n : undefined;
}
