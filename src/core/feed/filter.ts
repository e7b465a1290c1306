/**
 * Which papers of a listing to take. The rules, as the settings describe them:
 *
 * - only the announce types chosen are kept (new, cross, replace, replace-cross);
 * - a term is a word (`diffusion`) or a phrase (`large language model`, quoted in the settings
 *   text: `"large language model"`), looked for in the title and in the abstract (a phrase does not
 *   run from one into the other);
 * - matching ignores case and accents (`schrodinger` finds `Schrödinger`) and takes whole words
 *   only: `graph` does not find `graphs` or `paragraph`. End a word with `*` to take every word it
 *   starts: `graph*` finds `graph`, `graphs`, `graphical`;
 * - punctuation and hyphens count as spaces: `multi agent` finds `multi-agent`, `GPT 4` finds `GPT-4`;
 * - include: with no include term every paper is kept; otherwise a paper is kept when any include
 *   term matches;
 * - exclude: a paper is dropped when any exclude term matches, even if an include term matched.
 */
import type { AnnounceType, ListingItem } from "./rss";

export interface ListingFilter {
	announceTypes: ReadonlySet<AnnounceType>;
	include: readonly string[];
	exclude: readonly string[];
}

/** A term as word patterns: `graph*` -> `{ word: "graph", prefix: true }`. */
type Pattern = readonly { word: string; prefix: boolean }[];

/** Lower case, accents removed, split at anything that is not a letter or digit. */
function words(text: string): string[] {
	return (
		text
			.normalize("NFD")
			.replace(/\p{M}+/gu, "")
			.toLowerCase()
			.match(/[\p{L}\p{N}]+\*?/gu) ?? []
	);
}

function pattern(term: string): Pattern {
	return words(term).map((w) => (w.endsWith("*") ? { word: w.slice(0, -1), prefix: true } : { word: w, prefix: false }));
}

function matchesAt(text: readonly string[], at: number, p: Pattern): boolean {
	return p.every(({ word, prefix }, i) => {
		const t = text[at + i];
		return t !== undefined && (prefix ? t.startsWith(word) : t === word);
	});
}

function matches(text: readonly string[], p: Pattern): boolean {
	if (p.length === 0) return false;
	for (let at = 0; at + p.length <= text.length; at++) if (matchesAt(text, at, p)) return true;
	return false;
}

/** True when the term (a word or phrase, `*` for word starts) occurs in the text under the rules above. */
export function matchesTerm(text: string, term: string): boolean {
	return matches(words(text), pattern(term));
}

/** A text's words as the rules above read them, to look for many terms in it without reading it again. */
export function termWords(text: string): readonly string[] {
	return words(text);
}

/** A term read once, to look for it in many texts (`termWords`); empty when it has no letter or digit ("-", "*"). */
export type TermPattern = Pattern;

export function termPattern(term: string): TermPattern {
	return pattern(term);
}

/** `matchesTerm` on words from `termWords` and a term from `termPattern`. */
export function wordsMatch(text: readonly string[], term: TermPattern): boolean {
	return matches(text, term);
}

/**
 * The items to offer for import, in listing order, under the rules above. Terms that hold no
 * letter or digit are ignored.
 */
export function filterListing(items: readonly ListingItem[], filter: ListingFilter): ListingItem[] {
	const include = filter.include.map(pattern).filter((p) => p.length > 0);
	const exclude = filter.exclude.map(pattern).filter((p) => p.length > 0);
	return items.filter((item) => {
		if (!filter.announceTypes.has(item.announceType)) return false;
		if (include.length === 0 && exclude.length === 0) return true;
		// Title and abstract apart: a phrase does not run from the title's last words into the abstract.
		const texts = [words(item.paper.title), words(item.paper.abstract)];
		const found = (p: Pattern): boolean => texts.some((text) => matches(text, p));
		if (include.length > 0 && !include.some(found)) return false;
		return !exclude.some(found);
	});
}

/**
 * The terms of a settings text: separated by commas or new lines, a phrase either written as it is
 * or in double quotes (`"large language model", diffusion`). Quotes also keep a comma inside a phrase.
 */
export function parseFilterTerms(text: string): string[] {
	const terms: string[] = [];
	for (const m of text.matchAll(/"([^"]*)"|([^,\n"]+)/g)) {
		const term = (m[1] ?? m[2] ?? "").replace(/\s+/g, " ").trim();
		if (term !== "" && !terms.includes(term)) terms.push(term);
	}
	return terms;
}
