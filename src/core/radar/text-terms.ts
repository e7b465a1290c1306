import { STOPWORDS } from "../keywords/stopwords";
import { singularize } from "../keywords/inflect";

/** Singular forms already worked out: a listing repeats most of its words. Bounded, cleared when full. */
const singulars = new Map<string, string>();
const SINGULARS_LIMIT = 50_000;

function singular(word: string): string {
	let s = singulars.get(word);
	if (s === undefined) {
		if (singulars.size >= SINGULARS_LIMIT) singulars.clear();
		s = singularize(word);
		singulars.set(word, s);
	}
	return s;
}

/** Whether a word is digits only (numbers are no terms). */
function isNumber(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c >= 48 && c <= 57) continue;
		// An ASCII letter: no number. Another character: digits of other scripts are numbers too.
		return c < 128 ? false : /^\p{N}+$/u.test(word);
	}
	return true;
}

/**
 * The words of a text for the radar: lower case, accents dropped, words of letters and digits
 * (hyphens and punctuation split), stop words, numbers and single letters left out, plurals folded.
 */
export function textWords(text: string): string[] {
	// Most abstracts are plain ASCII: the Unicode steps only when there is something for them to do.
	const ascii = /^[ -~\s]*$/.test(text);
	const plain = ascii ? text.toLowerCase() : text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
	const words: string[] = [];
	// In ASCII text the letters and digits are a-z and 0-9: the same words, without Unicode classes.
	for (const w of plain.match(ascii ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? []) if (w.length > 1 && !STOPWORDS.has(w) && !isNumber(w)) words.push(singular(w));
	return words;
}

/**
 * The terms of a text, as arxiv-sanity-lite's `TfidfVectorizer(ngram_range=(1, 2))` makes them:
 * each word (`textWords`) and each pair of words that follow each other once the stop words are gone.
 */
export function textTerms(text: string): string[] {
	const words = textWords(text);
	const terms: string[] = [...words];
	for (let i = 1; i < words.length; i++) terms.push(`${words[i - 1]} ${words[i]}`);
	return terms;
}

/** A paper as the radar reads it: title, abstract and keyword names. */
export function paperText(paper: { title: string; abstract?: string; keywords?: readonly string[] }): string {
	return [paper.title, paper.abstract ?? "", ...(paper.keywords ?? [])].join(" \n ");
}
