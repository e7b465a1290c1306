/**
 * Step 6 of the extractor: the display name of a candidate. The most frequent surface form, written
 * as in mid-sentence text when possible, in title case that keeps named forms as written, made safe.
 */
import type { Candidate } from "./candidates";
import { isNamedForm, safeKeywordName, titleCase } from "./normalize";

/** Title words that are capitalised only because it is a title (`Multi-Agent`, `Survey`) go lower case. */
function untitle(word: string): string {
	return isNamedForm(word) || !word.split("-").every((p) => /^\p{Lu}\p{Ll}*$/u.test(p) || p === "") ? word : word.toLowerCase();
}

/** Display words: the most frequent surface form, written as in mid-sentence text when possible. */
function displayWords(c: Candidate): string[] | undefined {
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
	return pick.title || pick.sentenceStart ? pick.words.map(untitle) : pick.words;
}

export function keywordName(c: Candidate): string {
	const words = displayWords(c);
	if (words !== undefined) return safeKeywordName(titleCase(words));
	return safeKeywordName(c.aliases[0] ?? "");
}
