/**
 * Reads arXiv's daily listing feeds, `https://rss.arxiv.org/rss/<cat>+<cat>` (RSS 2.0) and
 * `https://rss.arxiv.org/atom/<cat>` (Atom), into papers. What arXiv's feed service writes
 * (arXiv/arxiv-feed, `feed/serializers`), and how it is read here:
 *
 * - the paper: `<guid>` / `<id>` `oai:arXiv.org:2609.26811v1` (ID and version), `<link>` as a fallback;
 * - `<description>` / `<summary>`: `arXiv:2609.26811v1 Announce Type: new \nAbstract: …`: the prefix
 *   is removed, the rest is the abstract (the Atom listing may cut it short); a description sent as
 *   HTML loses its tags and keeps its text (html-text.ts);
 * - `<arxiv:announce_type>`: new, cross, replace, replace-cross (older feeds also `absonly`, an
 *   abstract-only change, read as replace); the description prefix when the element is missing;
 * - `<category>`: the paper's categories as arXiv stores them (`abs_categories`), the primary
 *   category first: `hep-ph cs.LG hep-ex` for a hep-ph paper cross-listed to cs.LG;
 * - `<dc:creator>`: every author in one line, `First Last (Affiliation, Place), First Last`:
 *   split at commas, semicolons and the word "and" outside parentheses; affiliations are dropped
 *   (the arXiv API gives names without them), TeX accents decoded;
 * - `<arxiv:DOI>`, `<arxiv:journal_reference>` when the paper has them;
 * - the channel: `<link>` (or the title) names the categories asked for, `<pubDate>` is arXiv's
 *   midnight of the listing day (`Thu, 24 Sep 2026 00:00:00 -0400`), `<skipDays>` the days without
 *   listings. The Atom listing has no pubDate: its entries' `<published>` is that same midnight.
 *
 * The feed does not say when a paper was first submitted or last revised: `published` and
 * `updated` stay unset (see complete-dates.ts), and every paper gets `announced`, the listing day.
 */
import type { Paper } from "../model";
import { arxivXmlParser, asArray, attr, collapse, isNode, text, type XmlNode } from "../arxiv/xml-nodes";
import { decodeLatexAccents, decodeTexText } from "../arxiv/latex-accents";
import { isCategoryCode, validCategories } from "../arxiv/category-code";
import { htmlToText } from "../arxiv/html-text";
import { errorMessage } from "../words";

export type AnnounceType = "new" | "cross" | "replace" | "replace-cross";

export const ANNOUNCE_TYPES: readonly AnnounceType[] = ["new", "cross", "replace", "replace-cross"];

/** A paper as a listing describes it: everything but the dates of its versions. */
export type FeedPaper = Omit<Paper, "published" | "updated"> & { published?: string; updated?: string };

export interface ListingItem {
	paper: FeedPaper;
	announceType: AnnounceType;
	/** The version announced (also `paper.version`): a replacement is v2 or later. */
	version: number;
	/** What was left out of the paper (a category that is not an arXiv category), when anything was. */
	warnings?: string[];
}

/** An item the feed listed but that could not be read as a paper. */
export interface SkippedItem {
	id?: string;
	reason: string;
}

export interface Listing {
	/** The categories (or archives) the feed was asked for, e.g. `["cs.LG", "cs.AI"]`. */
	categories: string[];
	/** The listing day, YYYY-MM-DD in arXiv's time zone (US Eastern), as the feed writes it. */
	announced?: string;
	/** Weekdays arXiv publishes no listing on, as the feed names them (`Saturday`, `Sunday`). */
	skipDays: string[];
	/** One per paper, in feed order, each paper once. */
	items: ListingItem[];
	skipped: SkippedItem[];
	/** Every item's warnings, in feed order, for the importer to pass on; only present when there are some. */
	warnings?: string[];
	/** A past listing (papers submitted on past days, from the API), not a day's announcement. */
	past?: { from: string; to: string };
}

/** What arXiv sent could not be read as a listing feed. The message is meant for the user. */
export class ListingParseError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "ListingParseError";
	}
}


const ARRAYS = new Set([
	"rss.channel.item",
	"rss.channel.item.category",
	"rss.channel.skipDays.day",
	"feed.entry",
	"feed.entry.category",
	"feed.entry.link",
]);

const parser = arxivXmlParser(ARRAYS);

/** `oai:arXiv.org:2609.26811v1`, `https://arxiv.org/abs/2609.26811`, `arXiv:hep-th/9901001v2`. */
const PAPER_REF = /(?:^oai:arxiv\.org:|\/abs\/|^arxiv:)([a-z-]+(?:\.[A-Za-z-]+)?\/\d{7}|\d{4}\.\d{4,5})(?:v(\d+))?$/i;
/** `arXiv:2609.26811v1 Announce Type: new \nAbstract: ` at the start of a description. */
const PREFIX = /^\s*arXiv:(\S+)\s+Announce Type:\s*([A-Za-z-]+)\s*(?:Abstract:\s*)?/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];


function optional(...values: unknown[]): string | undefined {
	for (const value of values) {
		const t = text(value);
		if (t !== "") return t;
	}
	return undefined;
}

const unreadable = (what: string): ListingParseError =>
	new ListingParseError(`arXiv sent a listing that is not valid XML (${what}): try again later`);

/**
 * Parses, and rejects what is no complete XML document: plain text, or a feed cut off in transfer (it
 * no longer ends with its root's closing tag). The parser alone accepts both.
 */
function parseXml(xml: string): unknown {
	let doc: unknown;
	try {
		doc = parser.parse(xml) as unknown;
	} catch (error) {
		throw unreadable(errorMessage(error));
	}
	const root = isNode(doc) ? Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("!")) : undefined;
	if (root === undefined) throw unreadable("no element in it");
	if (closingTag(xml)?.replace(/^[^:]*:/, "") !== root) throw unreadable("it ends before its closing tags, as if cut off");
	return doc;
}

/** The name of the last closing tag, trailing comments and spaces aside: `…</rss>\n` -> `rss`. */
function closingTag(xml: string): string | undefined {
	let end = xml.trimEnd();
	while (end.endsWith("-->") && end.lastIndexOf("<!--") >= 0) end = end.slice(0, end.lastIndexOf("<!--")).trimEnd();
	return /<\/([^\s<>/]+)\s*>$/.exec(end.slice(-300))?.[1];
}

function paperRef(value: string): { id: string; version: number } | undefined {
	const m = PAPER_REF.exec(value.trim());
	if (!m?.[1]) return undefined;
	// `math.GT/0309136` is the paper `math/0309136`.
	const id = m[1].replace(/^([a-z-]+)\.[A-Za-z-]+\//i, "$1/");
	return { id, version: m[2] === undefined ? 1 : Number(m[2]) };
}

function announceType(value: string): AnnounceType | undefined {
	const type = value.toLowerCase();
	if (type === "absonly") return "replace";
	return ANNOUNCE_TYPES.find((t) => t === type);
}

/** Removes parenthesised groups, nested ones included: `A (1, 2) ((1) MIT)` -> `A  `. */
function withoutParentheses(line: string): string {
	let out = line;
	for (let before = ""; before !== out; ) {
		before = out;
		out = out.replace(/\([^()]*\)/g, " ");
	}
	return out;
}

/** `A. One (MIT, USA), B. Two and C. Three` -> `["A. One", "B. Two", "C. Three"]`. */
export function splitAuthors(line: string): string[] {
	return withoutParentheses(decodeLatexAccents(collapse(line)))
		.split(/\s*[,;]\s*|\s+and\s+/)
		.map((name) => collapse(name.replace(/^and\s+/, "")))
		.filter((name) => name !== "" && name !== "and");
}

/** `Thu, 24 Sep 2026 00:00:00 -0400` -> `2026-09-24`, the day as written (no time zone conversion). */
function rfc822Day(value: string): string | undefined {
	const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(value);
	const month = MONTHS.indexOf((m?.[2] ?? "").toLowerCase());
	if (!m?.[1] || !m[3] || month < 0) return undefined;
	return `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

/** `2026-09-25T00:00:00-04:00` -> `2026-09-25`, as written. */
function isoDay(value: string): string | undefined {
	return /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
}

/** `http://rss.arxiv.org/rss/cs.LG+cs.AI`, or the title `cs.LG, cs.AI updates on arXiv.org`. */
function channelCategories(link: string, title: string): string[] {
	const fromLink = /\/(?:rss|atom)\/([^/?#]+)/.exec(link)?.[1];
	const list = fromLink !== undefined ? fromLink.split("+") : title.replace(/\s+updates on arXiv\.org.*$/i, "").split(/\s*,\s*/);
	return list.map((c) => c.trim()).filter(isCategoryCode);
}

interface RawItem {
	/** Where the paper is named: guid or id, then the link. */
	refs: string[];
	title: string;
	description: string;
	announceType: string;
	categories: string[];
	creator: string;
	doi?: string;
	journalRef?: string;
}

function readItem(raw: RawItem, announced: string | undefined): ListingItem | SkippedItem {
	const prefix = PREFIX.exec(raw.description);
	const ref = [...raw.refs, prefix?.[1] === undefined ? "" : `arXiv:${prefix[1]}`].map(paperRef).find((r) => r !== undefined);
	if (!ref) return { reason: `the feed lists an item that names no arXiv paper: ${raw.refs.find((r) => r !== "") ?? raw.title}` };
	const type = announceType(raw.announceType || (prefix?.[2] ?? ""));
	if (!type) return { id: ref.id, reason: `unknown announce type "${raw.announceType || prefix?.[2] || "(none)"}"` };
	const title = decodeTexText(raw.title);
	if (title === "") return { id: ref.id, reason: "the feed gives no title" };
	// The primary category comes first; only arXiv category codes reach the paper, others with a warning.
	const { primaryCategory, categories, warnings } = validCategories(ref.id, "", raw.categories);
	const paper: FeedPaper = {
		id: ref.id,
		version: ref.version,
		title,
		abstract: decodeTexText(prefix ? raw.description.slice(prefix[0].length) : raw.description),
		authors: splitAuthors(raw.creator),
		primaryCategory,
		categories,
	};
	if (raw.doi) paper.doi = raw.doi;
	if (raw.journalRef) paper.journalRef = raw.journalRef;
	if (announced) paper.announced = announced;
	return warnings.length > 0 ? { paper, announceType: type, version: ref.version, warnings } : { paper, announceType: type, version: ref.version };
}

/** A description as plain text: one sent as HTML keeps its text, not its tags (no `href` keyword). */
function plainDescription(value: unknown): string {
	return collapse(htmlToText(text(value)));
}

function rssItem(item: XmlNode): RawItem {
	return {
		refs: [text(item.guid), text(item.link)],
		title: text(item.title),
		description: plainDescription(item.description),
		announceType: text(item.announce_type),
		categories: asArray(item.category).map(text),
		creator: text(item.creator),
		doi: optional(item.DOI, item.doi),
		journalRef: optional(item.journal_reference, item.journal_ref),
	};
}

function atomEntry(entry: XmlNode): RawItem {
	const links = asArray(entry.link);
	const alternate = links.find((l) => attr(l, "rel") === "alternate" || attr(l, "rel") === "") ?? links[0];
	return {
		refs: [text(entry.id), attr(alternate, "href")],
		title: text(entry.title),
		description: plainDescription(entry.summary),
		announceType: text(entry.announce_type),
		categories: asArray(entry.category).map((c) => attr(c, "term")),
		creator: text(entry.creator),
		doi: optional(entry.DOI, entry.doi),
		journalRef: optional(entry.journal_reference, entry.journal_ref),
	};
}

function collect(categories: string[], announced: string | undefined, skipDays: string[], raws: RawItem[]): Listing {
	const listing: Listing = { categories, skipDays, items: [], skipped: [] };
	if (announced) listing.announced = announced;
	const seen = new Set<string>();
	for (const raw of raws) {
		const result = readItem(raw, announced);
		if (!("paper" in result)) listing.skipped.push(result);
		else if (!seen.has(result.paper.id)) {
			seen.add(result.paper.id);
			listing.items.push(result);
			if (result.warnings) (listing.warnings ??= []).push(...result.warnings);
		}
	}
	return listing;
}

/** arXiv answers a bad category with a feed titled `Feed error for query: …` whose description says why. */
function checkFeedError(title: string, description: string): void {
	if (/^Feed error/i.test(title)) {
		throw new ListingParseError(`arXiv could not make this listing: ${description || title}`);
	}
}

function parseRss(channel: XmlNode): Listing {
	checkFeedError(text(channel.title), text(channel.description));
	const skipDays = isNode(channel.skipDays) ? asArray(channel.skipDays.day).map(text).filter((d) => d !== "") : [];
	const items = asArray(channel.item).filter(isNode).map(rssItem);
	// `<link>` and `<atom:link href>` both read as `link` once prefixes are removed.
	const link = asArray(channel.link).map((l) => text(l) || attr(l, "href")).find((l) => l !== "") ?? "";
	return collect(channelCategories(link, text(channel.title)), rfc822Day(text(channel.pubDate)), skipDays, items);
}

function parseAtom(feed: XmlNode): Listing {
	checkFeedError(text(feed.title), text(feed.subtitle));
	const entries = asArray(feed.entry).filter(isNode);
	const self = asArray(feed.link).find((l) => attr(l, "rel") === "self");
	const link = attr(self, "href") || text(feed.id);
	// Entries carry arXiv's midnight of the listing day; the feed's own <updated> is a UTC build time.
	const announced = isoDay(text(entries[0]?.published)) ?? isoDay(text(feed.updated));
	return collect(channelCategories(link, text(feed.title)), announced, [], entries.map(atomEntry));
}

/**
 * Reads a daily listing feed of arXiv (RSS 2.0 or Atom). Items that name no paper or carry an
 * unknown announce type go to `skipped`. Throws ListingParseError when the text is not XML, not a
 * feed, or arXiv's error feed (e.g. for an unknown category).
 */
export function parseListingFeed(xml: string): Listing {
	const doc = parseXml(xml);
	if (isNode(doc) && isNode(doc.rss) && isNode(doc.rss.channel)) return parseRss(doc.rss.channel);
	if (isNode(doc) && isNode(doc.feed)) return parseAtom(doc.feed);
	const root = isNode(doc) ? Object.keys(doc).find((k) => !k.startsWith("?")) : undefined;
	throw new ListingParseError(`arXiv sent a response that is not a listing feed (it starts with <${root ?? "nothing"}>): try again later`);
}

export interface QuietDay {
	/** `Saturday`: the listing day's weekday (arXiv's day when the feed names it, else `today`'s). */
	weekday: string;
	/** True when arXiv never announces on that weekday (its skipDays); false for a holiday. */
	weekend: boolean;
	/** For the user, e.g. `No new arXiv listing on Saturday: arXiv does not announce on weekends and holidays`. */
	message: string;
}

/**
 * Why a listing has no papers, when it has none: arXiv publishes nothing on weekends (the feed's
 * skipDays) and holidays. Undefined when the listing has papers. `today` is used only when the
 * feed does not say which day it is for.
 */
export function quietDay(listing: Listing, today: Date): QuietDay | undefined {
	if (listing.items.length > 0) return undefined;
	const day = listing.announced === undefined ? undefined : new Date(`${listing.announced}T12:00:00Z`);
	const weekday = WEEKDAYS[day && !Number.isNaN(day.getTime()) ? day.getUTCDay() : today.getDay()] ?? "";
	const skipDays = listing.skipDays.length > 0 ? listing.skipDays : ["Saturday", "Sunday"];
	const weekend = skipDays.some((d) => d.toLowerCase() === weekday.toLowerCase());
	const when = weekend || listing.announced === undefined ? weekday : `${weekday} ${listing.announced}`;
	const message = weekend
		? `No new arXiv listing on ${when}: arXiv does not announce on weekends and holidays`
		: `No new arXiv listing on ${when}: arXiv does not announce on weekends and holidays, or nothing new came in ${listing.categories.join(", ") || "these categories"} that day`;
	return { weekday, weekend, message };
}
