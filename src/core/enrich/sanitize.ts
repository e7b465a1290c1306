/**
 * Model output is text, never markup the user did not ask for. Before it reaches a note it loses
 * HTML, wikilinks, embeds, Markdown links, bare URLs, frontmatter delimiters, headings, quotes,
 * list markers and emphasis, and becomes one line. The note renderer's `escapeInline` still
 * applies afterwards; this is the first of two walls, and safe on its own.
 */
import { KEYWORD_CATEGORIES, type KeywordCategory } from "../model";
import { keywordKey, safeKeywordName } from "../keywords/normalize";
import { MAX_KEY_POINTS, MAX_KEYWORDS_PER_CATEGORY } from "./schema";

export const MAX_CHARS = { title: 400, abstract: 6000, summary: 3000, keyPoint: 600, keyword: 120 } as const;

// Controls (tab and new lines kept for now), soft hyphen, bidi controls, zero-width and invisible
// fillers: they can hide markup from a pattern and still let it render.
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
	[0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x9f], [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c],
	[0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x200b, 0x200b], [0x200e, 0x200f], [0x202a, 0x202e],
	[0x2060, 0x206f], [0x3164, 0x3164], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff9, 0xfffb],
];
const ZWNJ = 0x200c;
const ZWJ = 0x200d;

function invisible(cp: number): boolean {
	return INVISIBLE.some(([from, to]) => cp >= from && cp <= to);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", lsqb: "[", rsqb: "]", lpar: "(", rpar: ")", excl: "!", colon: ":", sol: "/", num: "#" };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
		const lower = name.toLowerCase();
		if (lower.startsWith("#")) {
			const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
		}
		return NAMED_ENTITIES[lower] ?? whole;
	});
}

/**
 * Drops invisible characters; line and paragraph separators become new lines. Zero-width joiners
 * stay only between two non-ASCII characters, where scripts and emoji need them.
 */
function removeInvisible(text: string): string {
	const chars = Array.from(text);
	const out: string[] = [];
	const ascii = (c: string | undefined): boolean => c !== undefined && (c.codePointAt(0) ?? 0) < 0x80;
	chars.forEach((c, i) => {
		const cp = c.codePointAt(0) ?? 0;
		if (cp === 0x2028 || cp === 0x2029) out.push("\n");
		else if (cp === ZWNJ || cp === ZWJ) {
			let after = i + 1;
			while (chars[after] === "\u200c" || chars[after] === "\u200d") after++;
			const before = out[out.length - 1];
			if (before !== undefined && chars[after] !== undefined && !ascii(before) && !ascii(chars[after])) out.push(c);
		} else if (!invisible(cp)) out.push(c);
	});
	return out.join("");
}

/** Entities decoded (twice at most, for `&amp;lt;`) and invisible characters dropped. */
function normalise(text: string): string {
	let out = text.normalize("NFC");
	for (let i = 0; i < 2; i++) out = removeInvisible(decodeEntities(out));
	return out;
}

const DANGEROUS_ELEMENTS = /<(script|style|iframe|object|embed|svg|math|template|noscript|textarea|title|xmp)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Inline elements vanish without a trace (`<b>that</b>.` → `that.`); others leave a space. */
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^<>]*>/gi;

function stripHtml(text: string): string {
	return text
		.replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
		.replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, " ")
		.replace(DANGEROUS_ELEMENTS, " ")
		.replace(INLINE_TAG, "")
		.replace(/<\/?[A-Za-z][^<>]*>/g, " ")
		.replace(/<[!?][^<>]*>/g, " ")
		.replace(/<(?:[a-z][a-z0-9+.-]*:|www\.)[^<>\s]*>/gi, " ");
}

/** Embeds go whole; links keep their visible text. Repeated until nothing changes, for nested forms. */
function stripLinks(text: string): string {
	let out = text;
	for (let i = 0; i < 6; i++) {
		const before = out;
		out = out
			.replace(/!\[\[[^\]]*\]\]/g, " ")
			.replace(/!\[[^\]]*\]\([^)]*\)?/g, " ")
			.replace(/!\[[^\]]*\]\[[^\]]*\]/g, " ")
			.replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_m, target: string, display: string | undefined) => ` ${display ?? target.replace(/[#^]/g, " ")} `)
			.replace(/\[\^[^\]]*\]/g, " ")
			.replace(/\[([^\]]*)\]\([^)]*\)?/g, " $1 ")
			.replace(/\[([^\]]+)\]\[[^\]]*\]/g, " $1 ");
		if (out === before) break;
	}
	return out;
}

const URL_WITH_SCHEME = /\b[a-z][a-z0-9+.-]*:\/\/\S*/gi;
const WWW = /\bwww\.\S*/gi;
const INLINE_SCHEMES = /\b(?:mailto|javascript|vbscript|data:[a-z]+\/|tel|file|obsidian):\S*/gi;

function stripUrls(text: string): string {
	return text.replace(URL_WITH_SCHEME, " ").replace(WWW, " ").replace(INLINE_SCHEMES, " ");
}

/** Block markup at the start of a line: fences and rules go; heading, quote, callout and list markers go, their text stays. */
function stripLineMarkup(text: string): string {
	return text
		.split(/\r\n|\r|\n/)
		.filter((line) => !/^\s*([-*_+=~`])(\s*\1){2,}\s*$/.test(line) && !/^\s*(```|~~~)/.test(line))
		.filter((line) => !/^\s*\[[^\]]+\]:\s*\S/.test(line))
		.map((line) =>
			line
				.replace(/^\s*(>\s*)+/, "")
				.replace(/^\[![^\]]*\][+-]?\s*/, "")
				.replace(/^\s*#{1,6}(\s+|$)/, "")
				.replace(/^\s*(?:[-*+•]|\d{1,3}[.)])\s+/, "")
				.replace(/^\[[ xX]\]\s+/, ""),
		)
		.join("\n");
}

function stripInlineMarkup(text: string): string {
	let out = text;
	for (let i = 0; i < 3; i++) out = out.replace(/(\*\*|__|~~|==)(\S(?:[\s\S]*?\S)?)\1/g, "$2");
	return out
		.replace(/`+/g, "")
		.replace(/%%/g, " ")
		.replace(/(^|[\s(])#+(?=\p{L})/gu, "$1")
		.replace(/\s\^[A-Za-z0-9-]+\s*$/gm, "")
		.replace(/-{3,}/g, "—");
}

/** What is left of link and tag syntax after the passes above, broken so it cannot form again. */
function breakLeftovers(text: string): string {
	let out = text;
	for (let i = 0; i < 3; i++) out = out.replace(/!\[/g, "[").replace(/\[\[/g, "[").replace(/\]\]/g, "]");
	return out
		.replace(/\]\(/g, "] (")
		.replace(/:\/\//g, ": //")
		.replace(/<(?=[A-Za-z!/?])/g, "‹");
}

function cap(text: string, maxChars: number): string {
	const chars = Array.from(text);
	if (chars.length <= maxChars) return text;
	const cut = chars.slice(0, maxChars - 1).join("");
	const lastSpace = cut.lastIndexOf(" ");
	return `${(lastSpace > cut.length * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Model text as one line of plain text, at most `maxChars` characters; "" when nothing is left. */
export function sanitizeText(raw: string, maxChars: number = MAX_CHARS.summary): string {
	let text = normalise(raw);
	text = stripHtml(text);
	text = stripLinks(text);
	text = stripUrls(text);
	text = stripLineMarkup(text);
	text = stripInlineMarkup(text);
	text = breakLeftovers(text);
	text = text.replace(/\s+/g, " ").trim();
	if (!/[\p{L}\p{N}]/u.test(text)) return "";
	return cap(text, maxChars);
}

/** Key points as plain list items: each one line, no list markers of its own; empties dropped; at most 7. */
export function sanitizeKeyPoints(points: readonly string[]): string[] {
	return points.map((p) => sanitizeText(p, MAX_CHARS.keyPoint)).filter((p) => p !== "").slice(0, MAX_KEY_POINTS);
}

/**
 * Keyword names safe as note names and inside wikilinks (`safeKeywordName`), deduplicated across
 * categories by matching key (the first category wins), at most 5 per category.
 */
export function sanitizeKeywords(keywords: Readonly<Record<KeywordCategory, readonly string[]>>): Record<KeywordCategory, string[]> {
	const seen = new Set<string>();
	const out = { evolved: [], broad: [], specific: [], unique: [] } as Record<KeywordCategory, string[]>;
	for (const category of KEYWORD_CATEGORIES) {
		for (const raw of keywords[category]) {
			const name = safeKeywordName(sanitizeText(raw, MAX_CHARS.keyword));
			const key = keywordKey(name);
			if (name === "" || key === "" || seen.has(key) || out[category].length >= MAX_KEYWORDS_PER_CATEGORY) continue;
			seen.add(key);
			out[category].push(name);
		}
	}
	return out;
}
