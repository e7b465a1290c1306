import { decodeFrontCoded } from "./front-coding";
import { WORD_LISTS_CODED, type WordListName } from "./word-lists-data";

/**
 * Word lists for the keyword extractor, tuned for scientific abstracts. All entries are lower case.
 *
 * - `STOPWORDS` break a candidate phrase: function words, common verbs and adverbs of academic
 *   prose, evaluative adjectives ("novel", "significant") and words that are never part of a good
 *   keyword ("paper", "approach", "results", "via", "existing"...).
 * - `GENERIC_WORDS` may sit inside a phrase ("finite element method", "training data") but never
 *   make a keyword on their own, and a phrase made only of them ("model performance") is dropped.
 *
 * Both are exported as sets so a later task can extend them.
 *
 * The longer lists are kept in word-lists.txt, one word a line (main.js gets them front-coded, from
 * word-lists-data.ts).
 */

const lists = decodeWordLists(WORD_LISTS_CODED);

/** Function words: articles, pronouns, prepositions, conjunctions, auxiliaries. */
const FUNCTION_WORDS = lists.FUNCTION_WORDS;

/** Verbs (in the forms abstracts use) that are never part of a keyword. */
const VERBS = lists.VERBS;

/** Adverbs and connectives that do not end in -ly (those that do are handled by the suffix rule). */
const ADVERBS = `
also almost already always instead still yet thus hence therefore moreover furthermore however nevertheless nonetheless
otherwise rather quite even further often well much many more most less least very too again ever never here there
now then today currently recently typically especially particularly approximately respectively additionally
ago
`;

/** Evaluative and generic adjectives that pad phrases without naming anything. */
const ADJECTIVES = lists.ADJECTIVES;

/** Academic nouns that are never a good keyword, alone or inside a phrase. */
const ACADEMIC_NOUNS = lists.ACADEMIC_NOUNS;

/** May appear inside a keyword but never alone ("method" in "finite element method", "data" in "training data"). */
const GENERIC = lists.GENERIC;

/** Ordinary nouns that are never a keyword alone but make good phrases ("Mass" no, "Stellar Mass" yes). */
const PLAIN = lists.PLAIN;

/**
 * Vague nouns: a phrase whose head is one of these and whose other words are generic nouns or
 * adjectives names no concept ("Scientific Issues", "Widespread Attention", "Consensus Viewpoint").
 */
const VAGUE = lists.VAGUE;

/**
 * General adjectives: a phrase of these and generic or vague nouns only ("General Framework",
 * "Theoretical Analysis", "Single Number", "Local Detections") names nothing; at the start of a
 * phrase that is another concept of the paper they are an extension ("General Multisite … Cycle").
 */
const GENERAL_ADJ = lists.GENERAL_ADJ;

/** Units as written (case matters: `MeV`, not `MEV`): never part of a keyword ("10 MeV", "260 pc", "3.5 mm"). */
const UNIT_WORDS = `
eV keV MeV GeV TeV PeV fb pb nb km mm cm nm um µm Hz kHz MHz GHz THz kpc Mpc pc AU arcsec arcmin mas deg rad
kg mg ms ns ps fs kms msun rsun lsun Msun Rsun Lsun Jy mJy mK kW MW GW kWh TWh dBm dB GB TB MB kB Mbps Gbps
`;

/** Each list, as the space-separated words the rest of this file reads. */
function decodeWordLists(coded: Readonly<Record<WordListName, string>>): Record<WordListName, string> {
	const out = {} as Record<WordListName, string>;
	for (const [name, text] of Object.entries(coded) as [WordListName, string][]) out[name] = decodeFrontCoded(text).join(" ");
	return out;
}

function words(list: string): string[] {
	return list.split(/\s+/).filter((w) => w !== "");
}

/** Words that break a candidate phrase. */
export const STOPWORDS: ReadonlySet<string> = new Set([
	...words(FUNCTION_WORDS),
	...words(VERBS),
	...words(ADVERBS),
	...words(ADJECTIVES),
	...words(ACADEMIC_NOUNS),
]);

/** Ordinary nouns (see `PLAIN`). */
export const PLAIN_WORDS: ReadonlySet<string> = new Set(words(PLAIN));

/** General adjectives (see `GENERAL_ADJ`). */
export const GENERAL_ADJECTIVES: ReadonlySet<string> = new Set(words(GENERAL_ADJ));

/** Vague nouns (see `VAGUE`). */
export const VAGUE_WORDS: ReadonlySet<string> = new Set(words(VAGUE));

/** Units (see `UNIT_WORDS`), as written. */
export const UNITS: ReadonlySet<string> = new Set(words(UNIT_WORDS));

/** Words allowed inside a phrase but never a keyword alone. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(words(GENERIC));

/** Words ending in -ly that are not adverbs (so they do not break a phrase). */
export const LY_NOUNS: ReadonlySet<string> = new Set(
	words(`family anomaly anomalies assembly supply monopoly italy july butterfly ally homily firefly early poly jelly belly
	rally reply melancholy holy ugly oily silly curly hilly daily weekly monthly quarterly yearly hourly friendly`),
);

/**
 * Gerunds that name a thing ("machine learning", "clustering") and so may start a phrase.
 * Other -ing words at the start of a phrase are verbs ("enhancing clinical care") and are cut off.
 */
export const NOUN_GERUNDS: ReadonlySet<string> = new Set(words(lists.NOUN_GERUNDS));

export function isStopword(lowerWord: string): boolean {
	return STOPWORDS.has(lowerWord);
}

export function isPlainWord(lowerWord: string): boolean {
	return PLAIN_WORDS.has(lowerWord);
}

export function isVagueWord(lowerWord: string): boolean {
	return VAGUE_WORDS.has(lowerWord);
}

export function isGenericWord(lowerWord: string): boolean {
	return GENERIC_WORDS.has(lowerWord);
}
