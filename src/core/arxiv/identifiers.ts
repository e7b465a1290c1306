import { trimEndWhere, trimStartWhere } from "../text-ends";
import { isArchive } from "./taxonomy";

/** An arXiv identifier in canonical form: `2502.15871` or `hep-th/9901001` (no version, no subject class). */
export interface ArxivId {
	id: string;
	/** The version asked for (`v2`), when the input named one. */
	version?: number;
}

export interface RejectedInput {
	input: string;
	reason: string;
}

export interface ParsedIdentifiers {
	ids: ArxivId[];
	rejected: RejectedInput[];
}

type Parsed = { id: ArxivId } | { reason: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const NO_ID = "no arXiv ID found: paste an ID like 2502.15871 or a link like https://arxiv.org/abs/2502.15871";
const NOT_AN_ID = "not an arXiv ID: IDs look like 2502.15871 (or hep-th/9901001 for papers before April 2007)";
const NOT_ARXIV_LINK = "not an arXiv link: paste the paper's arXiv ID or its link, like https://arxiv.org/abs/2502.15871";
const NOT_PAPER_LINK = "this arXiv link does not point to a paper: use its abs, pdf or html link, like https://arxiv.org/abs/2502.15871";
const NOT_ANY_ID = "not an arXiv ID, link or DOI: give IDs like 2502.15871 (or hep-th/9901001) or links like https://arxiv.org/abs/2502.15871";
const EMPTY_INPUT = "an empty argument: give an arXiv ID or link, like 2502.15871";
const NOT_ARXIV_DOI = "not an arXiv DOI: arXiv DOIs look like 10.48550/arXiv.2502.15871 (or paste the arXiv ID itself)";

const NEW_STYLE = /^(\d+)\.(\d+)(?:v(\d+))?$/i;
const OLD_STYLE = /^([a-z-]+)(?:\.([a-z-]+))?\/(\d+)(?:v(\d+))?$/i;
const ARXIV_URL = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/([^/]*)\/?(.*)$/i;
const DOI_URL = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(.*)$/i;
const ARXIV_DOI = /^(?:doi:)?10\.48550\/arxiv\.(.*)$/i;
const ANY_DOI = /^(?:doi:)?10\.\d{4,}\//i;
const ARXIV_PREFIX = /^arxiv:(.*)$/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/|^www\.|arxiv\.org\/|doi\.org\//i;

/** Year and month as one comparable number, e.g. 2025-02 -> 24302. */
const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
const monthName = (index: number): string => `${MONTHS[index % 12] ?? ""} ${Math.floor(index / 12)}`;

function checkVersion(v: string | undefined): string | undefined {
	if (v !== undefined && Number(v) < 1) return "versions start at v1: drop the version or use v1, like 2502.15871v1";
	return undefined;
}

function withVersion(id: string, v: string | undefined): ArxivId {
	return v === undefined ? { id } : { id, version: Number(v) };
}

function parseNewStyle(yymm: string, number: string, v: string | undefined, now: number): Parsed {
	if (yymm.length !== 4) return { reason: "new-style IDs have 4 digits (year and month, YYMM) before the dot, like 2502.15871" };
	const month = Number(yymm.slice(2));
	if (month < 1 || month > 12)
		return { reason: `month ${yymm.slice(2)} does not exist: new-style IDs start with the year and month (YYMM), like 2502.15871` };
	const when = monthIndex(2000 + Number(yymm.slice(0, 2)), month);
	if (when < monthIndex(2007, 4))
		return { reason: "new-style IDs start in April 2007 (0704.0001): older papers have IDs like hep-th/9901001" };
	if (when > now) return { reason: `arXiv has not reached ${monthName(when)} yet: check the year and month (the first 4 digits, YYMM)` };
	if (when < monthIndex(2015, 1) && number.length !== 4)
		return { reason: "from April 2007 to 2014 IDs have 4 digits after the dot, like 0704.0001" };
	if (when >= monthIndex(2015, 1) && number.length !== 5)
		return { reason: "since 2015 new-style IDs have 5 digits after the dot, like 2502.15871" };
	if (/^0+$/.test(number)) return { reason: `paper numbers start at ${number.slice(0, -1)}1, like ${yymm}.${number.slice(0, -1)}1` };
	const badVersion = checkVersion(v);
	if (badVersion) return { reason: badVersion };
	return { id: withVersion(`${yymm}.${number}`, v) };
}

function parseOldStyle(archiveText: string, digits: string, v: string | undefined, now: number): Parsed {
	const archive = archiveText.toLowerCase();
	if (!isArchive(archive))
		return { reason: `"${archiveText}" is not an arXiv archive: old-style IDs start with one, like hep-th/9901001 or math/0309136` };
	if (digits.length !== 7) return { reason: "old-style IDs have 7 digits after the slash, like hep-th/9901001" };
	const yy = Number(digits.slice(0, 2));
	const month = Number(digits.slice(2, 4));
	if (month < 1 || month > 12)
		return { reason: `month ${digits.slice(2, 4)} does not exist: old-style IDs have the year and month (YYMM) after the slash, like hep-th/9901001` };
	const when = monthIndex(yy >= 91 ? 1900 + yy : 2000 + yy, month);
	if (when > now) return { reason: `arXiv has not reached ${monthName(when)} yet: check the year and month after the slash (YYMM)` };
	if (when < monthIndex(1991, 7) || when > monthIndex(2007, 3))
		return { reason: "old-style IDs run from July 1991 (9107) to March 2007 (0703): newer papers have IDs like 2502.15871" };
	if (/^\d{4}0{3}$/.test(digits)) return { reason: `paper numbers start at 001, like ${archive}/${digits.slice(0, 4)}001` };
	const badVersion = checkVersion(v);
	if (badVersion) return { reason: badVersion };
	return { id: withVersion(`${archive}/${digits}`, v) };
}

/** An ID with nothing around it: `2502.15871v2`, `math.GT/0309136`. */
function parseBareId(text: string, now: number): Parsed {
	const n = NEW_STYLE.exec(text);
	if (n) return parseNewStyle(n[1] ?? "", n[2] ?? "", n[3], now);
	const o = OLD_STYLE.exec(text);
	if (o) return parseOldStyle(o[1] ?? "", o[3] ?? "", o[4], now);
	return { reason: NOT_AN_ID };
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The path of an arxiv.org link after `abs/`, `pdf/` or `html/`, without query, fragment, `.pdf` or trailing slash. */
function parseArxivUrl(kind: string, rest: string, now: number): Parsed {
	if (!["abs", "pdf", "html"].includes(kind.toLowerCase())) return { reason: NOT_PAPER_LINK };
	const path = decode(rest.replace(/[?#].*$/, "")).replace(/\/+$/, "").replace(/\.pdf$/i, "");
	if (path === "") return { reason: `this arXiv link has no paper ID after ${kind}/: copy the full link, like https://arxiv.org/abs/2502.15871` };
	return parseBareId(path, now);
}

/** One token of a paste: an ID, a link, a DOI, or undefined for a plain word that is no attempt at an ID. */
function parseToken(token: string, now: number): Parsed | undefined {
	const url = ARXIV_URL.exec(token);
	if (url) return parseArxivUrl(url[1] ?? "", url[2] ?? "", now);
	const doiUrl = DOI_URL.exec(token);
	const doi = doiUrl ? decode((doiUrl[1] ?? "").replace(/[?#].*$/, "")) : token;
	const arxivDoi = ARXIV_DOI.exec(doi);
	if (arxivDoi) return parseBareId(arxivDoi[1] ?? "", now);
	if (doiUrl || ANY_DOI.test(token)) return { reason: NOT_ARXIV_DOI };
	if (URL_LIKE.test(token)) return { reason: NOT_ARXIV_LINK };
	const prefixed = ARXIV_PREFIX.exec(token);
	if (prefixed) return parseBareId(prefixed[1] ?? "", now);
	const bare = token.replace(/\.pdf$/i, "");
	if (NEW_STYLE.test(bare) || OLD_STYLE.test(bare)) return parseBareId(bare, now);
	const hasDigit = /\d/.test(token);
	if (hasDigit && (/[./]/.test(token) || /arxiv/i.test(token))) return { reason: NOT_AN_ID };
	return undefined;
}

function tokens(text: string): string[] {
	return text
		.replace(/\b(arxiv|doi):\s+/gi, "$1:")
		.split(/[\s,;()<>[\]{}"'`|]+/)
		.map((t) => trimEndWhere(trimStartWhere(t, (c) => "*_~".includes(c)), (c) => "*_~.:!?".includes(c)))
		.filter((t) => t !== "");
}

function shorten(text: string, max = 80): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Finds every arXiv paper named in a pasted text (IDs, links, DOIs, separated by spaces, commas,
 * semicolons or new lines), in order and without duplicates. Plain words are ignored; anything that
 * tries to be an ID and is not one is rejected with the reason. `now` bounds the newest valid ID.
 */
export function parseIdentifiers(text: string, now: Date): ParsedIdentifiers {
	const parsed = collect([text], now, false);
	if (parsed.ids.length === 0 && parsed.rejected.length === 0) parsed.rejected.push({ input: shorten(text.trim()), reason: NO_ID });
	return parsed;
}

/**
 * The arguments of a command line, each an ID, a link or a DOI (or several, separated by commas):
 * unlike a pasted text, every word that is not one is rejected with the reason, so that
 * `import 2401.60001 notanid` names `notanid` instead of ignoring it.
 */
export function parseInputs(inputs: readonly string[], now: Date): ParsedIdentifiers {
	return collect(inputs, now, true);
}

function collect(texts: readonly string[], now: Date, strict: boolean): ParsedIdentifiers {
	const current = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);
	const ids: ArxivId[] = [];
	const rejected: RejectedInput[] = [];
	const seenIds = new Set<string>();
	const seenRejected = new Set<string>();
	const reject = (input: string, reason: string): void => {
		if (seenRejected.has(input)) return;
		seenRejected.add(input);
		rejected.push({ input, reason });
	};
	for (const text of texts) {
		const words = tokens(text);
		if (strict && words.length === 0) {
			if (text.trim() === "") reject(JSON.stringify(text), EMPTY_INPUT);
			else reject(shorten(text.trim()), NOT_ANY_ID);
		}
		for (const token of words) {
			const parsed = parseToken(token, current);
			if (parsed === undefined) {
				if (strict) reject(token, NOT_ANY_ID);
			} else if ("id" in parsed) {
				if (seenIds.has(parsed.id.id)) continue;
				seenIds.add(parsed.id.id);
				ids.push(parsed.id);
			} else reject(token, parsed.reason);
		}
	}
	return { ids, rejected };
}
