import { decodeFrontCoded } from "./front-coding";
import { VERB_ONLY_CODED } from "./verbs-data";
/**
 * Verbs that are never nouns, adjectives or adverbs: a word of a candidate phrase in one of their
 * verb forms (`agrees`, `generalize`, `understand`, `arose`) is a verb, so it ends the phrase
 * ("the Earth-Moon system *agrees* with", "colored pebbles *generalize*", "LLMs *understand*").
 *
 * The list is derived from WordNet 3.0 (Princeton University): the one-word lemmas of index.verb
 * that are in none of index.noun, index.adj and index.adv, kept when SemCor counts a verb sense of
 * them (cntlist.rev) or they end in -ize, -ify or -ate; less `compute` and `embed` (nouns in
 * machine learning) and `transform` (a noun in mathematics: Fourier, Radon, cosine transforms). `IRREGULAR`
 * are their irregular past forms from verb.exc that are not -ed words.
 * About 15 KB in main.js, front-coded.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND
 * DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
 * EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising
 * or publicity pertaining to distribution of the software and/or database. (WordNet 3.0 licence.)
 */

// The lemmas are in verbs-data.ts, sorted and front-coded to keep main.js small (`verb-only.txt` holds
// them one a line; `node scripts/encode-verbs.mjs` writes verbs-data.ts from it; a test checks the two agree).

const IRREGULAR = `
arisen arose became befallen befell begat begot beheld besought bethought brought browbeaten chevies chid chidden
chivvies chose dwelt eaten forbad forbade foreknew foreknown foresaw foreseen forewent forgave forgiven forgone forgot
forsaken forsook forswore forsworn forwent girt gnawn grew interwove learnt outdid outdone outdrawn outdrew outfought
outgrew outgrown outran overcame overheard overtaken overtook partaken partook rebuilt repaid riven slunk smit smote
strewn striven strove swore thriven throve transfixt undergone underlain undertaken undertook underwent underwritten
underwrote undid unwound upheld waylaid wept withdrew withheld withstood wrote
`;

/** Third-person forms of verbs whose nouns are all but never plural: "system size *goes* to", "our construction *lets* users". */
const S_FORMS = `goes lets says`;

let verbs: Set<string> | undefined;

function lexicon(): Set<string> {
	verbs ??= new Set([...decodeFrontCoded(VERB_ONLY_CODED), ...IRREGULAR.split(/\s+/), ...S_FORMS.split(/\s+/)].filter((w) => w !== ""));
	return verbs;
}

/** Candidate base forms of an -s word: `agrees` → agree, `approaches` → approach, `applies` → apply. */
function sBases(word: string): string[] {
	const out = [word.slice(0, -1)];
	if (word.endsWith("es")) out.push(word.slice(0, -2));
	if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
	return out;
}

/**
 * Whether a lower-case word is a base, -s or irregular past form of a verb that is never a noun
 * or adjective (`understand`, `agrees`, `arose`); -ed and -ing forms are not (`generalized linear
 * model`, `learning`): the tagger decides those by position.
 */
export function isVerbOnlyForm(word: string): boolean {
	if (word.length < 3 || !/^[a-z]+$/.test(word)) return false;
	const set = lexicon();
	if (set.has(word)) return true;
	return word.endsWith("s") && !word.endsWith("ss") && sBases(word).some((b) => set.has(b));
}
