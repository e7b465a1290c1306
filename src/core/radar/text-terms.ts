import { STOPWORDS } from "../keywords/stopwords";
import { singularize } from "../keywords/inflect";

/**
 * The terms of a text for the radar, as arxiv-sanity-lite's `TfidfVectorizer(ngram_range=(1, 2))`
 * makes them: lower case, accents dropped, words of letters and digits (hyphens and punctuation
 * split), stop words, numbers and single letters left out, plurals folded; then each word and each
 * pair of words that follow each other once the stop words are gone.
 */
export function textTerms(text: string): string[] {
	// Most abstracts are plain ASCII: the Unicode steps only when there is something for them to do.
	const plain = /^[ -~\s]*$/.test(text) ? text.toLowerCase() : text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
	const words = (plain.match(/[\p{L}\p{N}]+/gu) ?? [])
		.filter((w) => w.length > 1 && !/^\p{N}+$/u.test(w) && !STOPWORDS.has(w))
		.map(singularize);
	const terms: string[] = [...words];
	for (let i = 1; i < words.length; i++) terms.push(`${words[i - 1]} ${words[i]}`);
	return terms;
}

/** A paper as the radar reads it: title, abstract and keyword names. */
export function paperText(paper: { title: string; abstract?: string; keywords?: readonly string[] }): string {
	return [paper.title, paper.abstract ?? "", ...(paper.keywords ?? [])].join(" \n ");
}
