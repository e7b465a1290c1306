/**
 * Step 6 of the extractor: the display name of a candidate. The most frequent surface form, written
 * as in mid-sentence text when possible, in title case that keeps named forms as written, made safe.
 */
import type { Candidate } from "./candidates";
import { isNamedForm, safeKeywordName, titleCase } from "./normalize";

/**
 * How the abstract writes words in mid-sentence, by their lower case: `written.get("hilbert-siegel")`
 * is `Hilbert-Siegel`, or the lower case itself when the abstract writes the word in lower case.
 */
export type WrittenForms = ReadonlyMap<string, string>;

/**
 * Title words that are capitalised only because it is a title (`Multi-Agent`, `Survey`) go lower
 * case, unless the abstract writes them capitalised in mid-sentence (`Hilbert-Siegel`, `Al-Biruni`).
 */
function untitle(word: string, written: WrittenForms | undefined): string {
	const seen = written?.get(word.toLowerCase());
	if (seen !== undefined) return seen;
	return isNamedForm(word) || !word.split("-").every((p) => /^\p{Lu}\p{Ll}*$/u.test(p) || p === "") ? word : word.toLowerCase();
}

/** Display words: the most frequent surface form, written as in mid-sentence text when possible. */
function displayWords(c: Candidate, written: WrittenForms | undefined): string[] | undefined {
	const counts = new Map<string, number>();
	for (const occ of c.surfaces) {
		const lower = (occ.words ?? []).join(" ").toLowerCase();
		counts.set(lower, (counts.get(lower) ?? 0) + 1);
	}
	let best: string | undefined;
	for (const [lower, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = lower;
	const same = c.surfaces.filter((o) => (o.words ?? []).join(" ").toLowerCase() === best);
	const pick = same.find((o) => !o.title && !o.sentenceStart) ?? same.find((o) => !o.title) ?? same[0];
	if (pick?.words === undefined) return undefined;
	// At a sentence start only the first word's capital may be grammar, and a capital after a hyphen never is (`Al-Biruni`).
	if (!pick.title && pick.sentenceStart) return pick.words.map((w, i) => (i === 0 && !/-\p{Lu}/u.test(w) ? untitle(w, written) : w));
	return pick.title ? pick.words.map((w) => untitle(w, written)) : pick.words;
}

export function keywordName(c: Candidate, written?: WrittenForms): string {
	const words = displayWords(c, written);
	if (words !== undefined) return safeKeywordName(titleCase(words));
	return safeKeywordName(c.aliases[0] ?? "");
}
