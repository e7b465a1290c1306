import { XMLValidator } from "fast-xml-parser";
import type { Paper } from "../model";
import { arxivXmlParser, asArray, attr, isNode, text, type XmlNode } from "./xml-nodes";
import { decodeLatexAccents, decodeTexText } from "./latex-accents";
import { validCategories } from "./category-code";
import { entryWithoutId, incompleteEntry } from "./entry-check";
import type { AtomEntryError, AtomFeed } from "./atom-types";
import { errorMessage } from "../words";

/** The response from arXiv could not be read as an Atom feed. */
export class AtomParseError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "AtomParseError";
	}
}

export type { AtomEntryError, AtomFeed };

const ARRAYS = new Set(["feed.entry", "feed.entry.author", "feed.entry.link", "feed.entry.category"]);

const parser = arxivXmlParser(ARRAYS);

/**
 * `http://arxiv.org/abs/1601.00001v1` or `.../abs/hep-ex/0307015` -> id and version. Only the two
 * forms of arXiv IDs: the ID is written into notes unescaped (links, file names, properties).
 */
const ABS_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/abs\/(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z-]+)?\/\d{7})(?:v(\d+))?$/;
/** An arXiv ID inside an error message, e.g. `incorrect id format for 1234.12345`. */
const ID_IN_TEXT = /(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Za-z-]+)?\/\d{7}(?:v\d+)?)/g;


function optional(value: unknown): string | undefined {
	const t = text(value);
	return t === "" ? undefined : t;
}

const notXml = (what: string): AtomParseError => new AtomParseError(`arXiv sent a response that is not valid XML (${what}): try again later`);

/** Validates first (the parser alone accepts truncated XML), then parses; any failure is an AtomParseError. */
function parseXml(xml: string): unknown {
	// Deprecated in favour of the separate fast-xml-validator package; still the validator fast-xml-parser ships.
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		const { msg, line } = valid.err;
		const cut = /^Invalid '\[/.test(msg) || /^Unclosed/i.test(msg);
		throw notXml(`${cut ? "it ends before its closing tags, as if cut off" : msg.replace(/\.$/, "")}, line ${line}`);
	}
	try {
		return parser.parse(xml) as unknown;
	} catch (error) {
		throw notXml(errorMessage(error));
	}
}

function splitId(idUrl: string): { id: string; version?: number } | undefined {
	const m = ABS_URL.exec(idUrl);
	if (!m?.[1]) return undefined;
	// `math.GT/0309136` is the paper `math/0309136`.
	const id = m[1].replace(/^([a-z-]+)\.[A-Za-z-]+\//, "$1/");
	return m[2] === undefined ? { id } : { id, version: Number(m[2]) };
}

function errorEntry(entry: XmlNode): AtomEntryError {
	const summary = text(entry.summary);
	const fromSummary = [...summary.matchAll(ID_IN_TEXT)].pop()?.[1];
	const fromId = /_for_(.+)$/.exec(text(entry.id))?.[1];
	const id = fromSummary ?? fromId;
	const message = summary || "arXiv reported an error without details";
	return id === undefined ? { message } : { id, message };
}

function paperEntry(entry: XmlNode, warnings: string[]): Paper | AtomEntryError {
	const idUrl = text(entry.id);
	const parsed = splitId(idUrl);
	const title = decodeTexText(text(entry.title));
	if (!parsed) return { message: entryWithoutId(idUrl, title) };
	const published = text(entry.published);
	const incomplete = incompleteEntry(parsed.id, { title, published });
	if (incomplete !== undefined) return { id: parsed.id, message: incomplete };

	const alternate = asArray(entry.link).find((l) => attr(l, "rel") === "alternate");
	const version = parsed.version ?? splitId(attr(alternate, "href"))?.version ?? 1;
	// Only arXiv category codes reach the paper (links, properties, category notes); the MSC and ACM
	// classes arXiv lists as categories too are dropped, anything else with a warning.
	const terms = asArray(entry.category).map((c) => attr(c, "term"));
	const { primaryCategory, categories, warnings: dropped } = validCategories(parsed.id, attr(entry.primary_category, "term"), terms);
	warnings.push(...dropped);

	const paper: Paper = {
		id: parsed.id,
		version,
		title,
		abstract: decodeTexText(text(entry.summary)),
		authors: asArray(entry.author)
			.map((a) => (isNode(a) ? decodeLatexAccents(text(a.name)) : ""))
			.filter((name) => name !== ""),
		published,
		updated: text(entry.updated) || published,
		primaryCategory,
		categories,
	};
	const doi = optional(entry.doi);
	const journalRef = optional(entry.journal_ref);
	const comment = optional(entry.comment);
	if (doi) paper.doi = doi;
	if (journalRef) paper.journalRef = journalRef;
	if (comment) paper.comment = comment;
	return paper;
}

const isArxivError = (entry: XmlNode): boolean => text(entry.title) === "Error" && /\/api\/errors/.test(text(entry.id));

/**
 * Reads an arXiv API answer (Atom). Papers come out normalised (whitespace collapsed, ID without
 * version); `Error` entries and unreadable entries go to `errors`. Throws AtomParseError when the
 * text is not XML or not an Atom feed.
 */
export function parseAtomFeed(xml: string): AtomFeed {
	const doc = parseXml(xml);
	const feed = isNode(doc) ? doc.feed : undefined;
	if (!isNode(feed)) {
		const root = isNode(doc) ? Object.keys(doc).find((k) => !k.startsWith("?")) : undefined;
		throw new AtomParseError(`arXiv sent a response that is not an Atom feed (it starts with <${root ?? "nothing"}>): try again later`);
	}
	const papers: Paper[] = [];
	const errors: AtomEntryError[] = [];
	const warnings: string[] = [];
	for (const entry of asArray(feed.entry)) {
		if (!isNode(entry)) continue;
		if (isArxivError(entry)) {
			errors.push(errorEntry(entry));
			continue;
		}
		const result = paperEntry(entry, warnings);
		if ("message" in result) errors.push(result);
		else papers.push(result);
	}
	return warnings.length > 0 ? { papers, errors, warnings } : { papers, errors };
}
