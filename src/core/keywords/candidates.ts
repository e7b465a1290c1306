/**
 * Step 4 of the extractor: candidate phrases. Maximal runs of content words, cut at boundaries
 * (see `word-class.ts`) and acronym mentions; a leading verbal -ing word ("enhancing"), trailing
 * -ed words ("segmented") and trailing verbs and adjectives ("plays", "capable") are cut off; runs longer than `MAX_PHRASE_WORDS` words are cut into pieces
 * from the end (English heads come last); named forms (`GPT-4o`, `CIFAR-10`) also stand alone.
 * Occurrences with the same `keywordKey` (case, plural, hyphen variants) gather into one candidate.
 */
import { mentionOf, unhighlight, withoutSuffix, type AcronymScan } from "./acronyms";
import { isNamedForm, keywordKey } from "./normalize";
import { isGenericWord } from "./stopwords";
import type { Token } from "./tokenize";
import { cannotEndPhrase, isAdjectiveOrParticiple, isBoundary, isEdWord, isVerbalIng } from "./word-class";

export const MAX_PHRASE_WORDS = 4;

export interface Occurrence {
	key: string;
	/** Words as written, or undefined for an acronym mention (its surface is only an alias). */
	words?: string[];
	alias?: string;
	title: boolean;
	sentenceStart: boolean;
	pos: number;
	/** Keys of the concept's words, for the co-occurrence degree. */
	wordKeys: string[];
	/** Concept found through an acronym (definition or mention). */
	acronym: boolean;
}

function occurrence(tokens: readonly Token[], acronym = false): Occurrence {
	const words = tokens.map((t) => t.text);
	const key = keywordKey(words.join(" "));
	const first = tokens[0];
	return {
		key,
		words,
		title: first?.title ?? false,
		sentenceStart: first?.sentenceStart ?? false,
		pos: first?.pos ?? 0,
		wordKeys: key.split(" "),
		acronym,
	};
}

/** Evaluative words cut off the start of a phrase ("key trust dimensions"), kept inside one ("public key cryptography"). */
const LEADING_TRIM = new Set(["key"]);

/** Turn one run of content words into candidate occurrences (see step 4 at the top). */
function runOccurrences(run: readonly Token[], out: Occurrence[]): void {
	let start = 0;
	let end = run.length;
	while (start < end && (isVerbalIng(run[start] as Token) || LEADING_TRIM.has((run[start] as Token).lower))) start++;
	// A run of two words or more ends at its noun: trailing -ed words and words that cannot end a phrase go.
	while (end > start && (isEdWord(run[end - 1] as Token) || (end > start + 1 && cannotEndPhrase(run[end - 1] as Token)))) end--;
	const words = run.slice(start, end);
	// Named forms (GPT-4o, CIFAR-10, MLP) also count alone, without a `-based`-like suffix; very short ones (L2, 5G) do not.
	for (const token of words) {
		const named = withoutSuffix(token);
		if (isNamedForm(named.text) && Array.from(named.text).length > 2 && (words.length > 1 || named !== token)) out.push(occurrence([named]));
	}
	// Runs longer than MAX_PHRASE_WORDS: pieces of that length from the end, where English puts the head noun.
	for (let stop = words.length; stop > 0; stop -= MAX_PHRASE_WORDS) {
		const chunk = words.slice(Math.max(0, stop - MAX_PHRASE_WORDS), stop);
		while (chunk.length > 0 && isVerbalIng(chunk[0] as Token)) chunk.shift();
		while (chunk.length > 1 && isEdWord(chunk[chunk.length - 1] as Token)) chunk.pop();
		if (chunk.length > 0) out.push(occurrence(chunk));
	}
}

export function collectOccurrences(tokens: readonly Token[], scan: AcronymScan): Occurrence[] {
	const out: Occurrence[] = [];
	let run: Token[] = [];
	const flush = (): void => {
		if (run.length > 0) runOccurrences(run, out);
		run = [];
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		const span = scan.spans.get(i);
		if (span !== undefined) {
			flush();
			const occ = occurrence(tokens.slice(i, span.end), true);
			const longForm = tokens.slice(i, span.end).map((t) => unhighlight(t.text));
			out.push({ ...occ, words: longForm, key: span.definition.conceptKey, alias: span.acronym });
			i = span.end - 1;
			continue;
		}
		if (scan.defining.has(i)) {
			flush();
			continue;
		}
		const mention = mentionOf(token, scan);
		if (mention !== undefined) {
			flush();
			out.push({ key: mention.conceptKey, alias: withoutSuffix(token).text, title: token.title, sentenceStart: false, pos: token.pos, wordKeys: mention.conceptKey.split(" "), acronym: true });
			continue;
		}
		if (isBoundary(token)) flush();
		else run.push(token);
	}
	flush();
	return out;
}

export interface Candidate {
	key: string;
	abstractCount: number;
	inTitle: boolean;
	firstPos: number;
	acronym: boolean;
	aliases: string[];
	/** Surface occurrences (with words), in text order. */
	surfaces: Occurrence[];
	score: number;
}

export function gather(occurrences: readonly Occurrence[]): Map<string, Candidate> {
	const candidates = new Map<string, Candidate>();
	for (const occ of occurrences) {
		if (occ.key === "") continue;
		let c = candidates.get(occ.key);
		if (c === undefined) {
			c = { key: occ.key, abstractCount: 0, inTitle: false, firstPos: Number.POSITIVE_INFINITY, acronym: false, aliases: [], surfaces: [], score: 0 };
			candidates.set(occ.key, c);
		}
		if (occ.title) c.inTitle = true;
		else c.abstractCount++;
		c.firstPos = Math.min(c.firstPos, occ.pos);
		if (occ.acronym) c.acronym = true;
		if (occ.alias !== undefined && !c.aliases.includes(occ.alias)) c.aliases.push(occ.alias);
		if (occ.words !== undefined) c.surfaces.push(occ);
	}
	return candidates;
}

/** Whether a candidate can be a keyword at all. */
export function acceptable(c: Candidate): boolean {
	const words = c.key.split(" ");
	if (c.key.replace(/\s/g, "").length < 2 || !/\p{L}/u.test(c.key)) return false;
	if (words.every((w) => isGenericWord(w) || isGenericWord(`${w}s`))) return false;
	if (words.length > 1 || c.acronym) return true;
	const surface = c.surfaces[0]?.words?.[0] ?? "";
	if (isNamedForm(surface)) return true;
	return !isAdjectiveOrParticiple(words[0] ?? "");
}
