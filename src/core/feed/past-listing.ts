import type { Paper } from "../model";
import type { Listing } from "./rss";
import { hasCategories } from "../arxiv/taxonomy";

/** Days one past listing takes at most: a range of more is a batch import, not a listing. */
export const MAX_PAST_DAYS = 7;

export class PastDatesError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "PastDatesError";
	}
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function readDay(text: string, what: string): Date {
	const m = DAY.exec(text.trim());
	const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
	if (!date || date.getUTCMonth() !== Number(m?.[2]) - 1) throw new PastDatesError(`${what} takes a day as YYYY-MM-DD, like 2026-11-25 (got "${text.trim()}").`);
	return date;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * A past day or range of days, checked: both days as YYYY-MM-DD, the first not after the last, the
 * last not after today, at most `MAX_PAST_DAYS` days.
 */
export function pastDays(from: string, to: string | undefined, today: Date): { from: string; to: string } {
	const start = readDay(from, "The first day");
	const end = to === undefined || to.trim() === "" ? start : readDay(to, "The last day");
	if (end < start) throw new PastDatesError(`The last day (${iso(end)}) comes before the first (${iso(start)}).`);
	const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	if (end.getTime() > todayUtc) throw new PastDatesError(`${iso(end)} has not come yet: a past listing ends today at the latest.`);
	const days = Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
	if (days > MAX_PAST_DAYS) throw new PastDatesError(`${days} days is more than a listing: take at most ${MAX_PAST_DAYS} days at a time.`);
	return { from: iso(start), to: iso(end) };
}

/**
 * The arXiv API query for the papers of some categories submitted on those days (arXiv's
 * `submittedDate`, in its GMT days): `(cat:cs.LG OR cat:cs.AI) AND submittedDate:[202611250000 TO 202611252359]`.
 * A whole archive divided into categories is its name and a wildcard (`cat:math OR cat:math.*`):
 * `cat:math` alone finds only papers filed under the bare archive name, as before its division.
 */
export function pastListingQuery(categories: readonly string[], days: { from: string; to: string }): string {
	const stamp = (day: string, time: string): string => `${day.replace(/-/g, "")}${time}`;
	const cats = categories.flatMap((c) => (hasCategories(c) ? [`cat:${c}`, `cat:${c}.*`] : [`cat:${c}`])).join(" OR ");
	return `(${cats}) AND submittedDate:[${stamp(days.from, "0000")} TO ${stamp(days.to, "2359")}]`;
}

/**
 * Papers the API gave for a past range, as a listing the preview takes: a paper whose primary
 * category is followed is new, one that only lists a followed category is cross-listed. The listing
 * names the last day as its date (the daily note's day when listings go by their date).
 */
export function pastListing(papers: readonly Paper[], categories: readonly string[], days: { from: string; to: string }): Listing {
	const followed = new Set(categories);
	const archive = (c: string): string => c.split(".")[0] ?? c;
	const isFollowed = (c: string): boolean => followed.has(c) || followed.has(archive(c));
	const seen = new Set<string>();
	const items = papers
		.filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined)
		.map((paper) => ({ paper, announceType: isFollowed(paper.primaryCategory) ? ("new" as const) : ("cross" as const), version: paper.version }));
	return { categories: [...categories], announced: days.to, skipDays: [], items, skipped: [], past: days };
}

/** Where a past listing's papers come from: arXiv's API, every page of a query (ArxivClient.queryAll). */
export interface PastListingSource {
	queryAll(searchQuery: string): Promise<{ papers: Paper[]; warnings: string[] }>;
}

/** The past listing of some categories' papers submitted on those days, with what the API's answer left out said as warnings. */
export async function fetchPastListing(source: PastListingSource, categories: readonly string[], days: { from: string; to: string }): Promise<Listing> {
	const answer = await source.queryAll(pastListingQuery(categories, days));
	const listing = pastListing(answer.papers, categories, days);
	if (answer.warnings.length > 0) listing.warnings = answer.warnings;
	return listing;
}
