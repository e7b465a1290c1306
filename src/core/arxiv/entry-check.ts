/**
 * What an arXiv answer must hold before a note is written from it, and the words for what it lacks.
 * The Atom parser's results pass through here: every entry that cannot become a paper is named with
 * what it is missing, and a date that names no real day (`2024-02-30`, `not-a-date`) is left out of
 * the paper with a warning instead of being written into a note.
 */
import type { Paper } from "../model";
import type { AtomEntryError, AtomFeed } from "./atom-types";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function daysIn(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for an ISO 8601 day or timestamp that names a real day and time: `2024-02-29`,
 * `2024-05-01T10:00:00Z`, `2024-05-01T10:00:00-04:00`. False for `2024-02-30`, `2024-13-45`,
 * `25:00` hours or anything that is not written that way.
 */
export function isCalendarDate(value: string): boolean {
	const m = ISO_DATE.exec(value.trim());
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
	if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
	const zone = m[7] && !/^z$/i.test(m[7]) ? /^[+-](\d{2}):?(\d{2})$/.exec(m[7]) : null;
	return !zone || (Number(zone[1]) <= 14 && Number(zone[2]) <= 59);
}

/**
 * The reason an entry for `id` cannot become a note, or undefined when it has what a note needs:
 * `arXiv returned an entry for 2401.00001 without a title`. For the parser to call where it reads
 * an entry (title already decoded, dates as sent).
 */
export function incompleteEntry(id: string, parts: { title: string; published: string | undefined }): string | undefined {
	const missing = [...(parts.title.trim() === "" ? ["a title"] : []), ...((parts.published ?? "").trim() === "" ? ["a publication date"] : [])];
	if (missing.length === 0) return undefined;
	return `arXiv returned an entry for ${id} without ${missing.join(" or ")}`;
}

/** The reason for an entry with no arXiv ID (`<id>` empty or not an arXiv abs link), naming what else it had. */
export function entryWithoutId(idText: string, title: string): string {
	const what = idText.trim() === "" ? "without an ID" : `whose ID is not an arXiv paper link (${idText.trim()})`;
	return `arXiv returned an entry ${what}${title.trim() === "" ? "" : `, titled "${title.trim()}"`}`;
}

/**
 * A failure reason from one of the parser's `errors`: arXiv's own words (an `Error` entry's summary,
 * such as "incorrect id format for 1234.5678") are kept and said to be arXiv's; the parser's own
 * sentences ("arXiv sent…", "arXiv returned…") are kept as they are.
 */
export function errorReason(error: AtomEntryError): string {
	const message = error.message.trim();
	return /^arXiv\b/.test(message) ? message : `arXiv answered with an error: ${message}`;
}

/**
 * The paper with any published or updated date that names no real day left out, and a warning for
 * each: such a date would be written into the note's properties and read wrongly by every tool.
 */
export function withValidDates(paper: Paper): { paper: Paper; warnings: string[] } {
	const warnings: string[] = [];
	let out = paper;
	for (const key of ["published", "updated"] as const) {
		const value = paper[key];
		if (value === undefined || isCalendarDate(value)) continue;
		if (out === paper) out = { ...paper };
		delete out[key];
		warnings.push(`${paper.id}: arXiv gave it the ${key} date "${value}", which is not a real date; it is left out of the note`);
	}
	return { paper: out, warnings };
}

/**
 * The parser's papers, checked: one without a title or publication date becomes an error (when the
 * parser let it through), impossible dates are left out with a warning (by paper ID).
 */
export function checkPapers(papers: readonly Paper[]): { papers: Paper[]; errors: AtomEntryError[]; warnings: Map<string, string[]> } {
	const out: Paper[] = [];
	const errors: AtomEntryError[] = [];
	const warnings = new Map<string, string[]>();
	for (const paper of papers) {
		const incomplete = incompleteEntry(paper.id, { title: paper.title, published: paper.published });
		if (incomplete !== undefined) {
			errors.push({ id: paper.id, message: incomplete });
			continue;
		}
		const checked = withValidDates(paper);
		out.push(checked.paper);
		if (checked.warnings.length > 0) warnings.set(paper.id, checked.warnings);
	}
	return { papers: out, errors, warnings };
}

/** Every warning of `checkPapers`, in the papers' order. */
export function allWarnings(warnings: ReadonlyMap<string, string[]>): string[] {
	return [...warnings.values()].flat();
}

/** What the parser left out of papers it still read (a feed may carry `warnings`, e.g. a category that is not one), to pass on. */
export function feedWarnings(feed: AtomFeed): string[] {
	return feed.warnings ?? [];
}
