/**
 * The embedded keyword extractor: offline, deterministic, about a millisecond per abstract.
 *
 * 1. Clean: drop the RSS "arXiv:… Announce Type: … Abstract:" prefix, LaTeX math, URLs and LaTeX commands.
 * 2. Tokenize: words keep inner hyphens, apostrophes and decimal points (`multi-agent`, `GPT-4o`,
 *    `GPT-3.5`, `C++`); every other character is punctuation.
 * 3. Acronyms: "large language models (LLMs)" and "VQ-VAE (Vector Quantized …)" are found with the
 *    Schwartz–Hearst rule (the acronym's letters, in order, inside the long form, the first one at
 *    a word start). The long form becomes one candidate with the acronym as alias, and every later
 *    bare `LLMs`/`LLM`/`LLM-based` counts as a mention of that candidate.
 * 4. Candidates: maximal runs of content words, cut at stopwords, punctuation, numbers, -ly
 *    adverbs and acronym mentions; a leading verb-like -ing word ("enhancing") and trailing -ed
 *    words ("segmented") are cut off; runs longer than 4 words are cut into pieces of 4 from the
 *    end (English heads come last); named forms (`GPT-4o`, `CIFAR-10`) also stand alone.
 *    Variants merge by `keywordKey` (case, plural, hyphen).
 * 5. Score (RAKE-like, see `score`): frequency, a strong title boost, earliness, and word
 *    co-occurrence degree (the mean length of the phrases a candidate's words occur in, so words
 *    that live in longer phrases score higher); lone common words are damped.
 * 6. Name: the most frequent surface form, in title case that keeps named forms as written,
 *    made safe (`safeKeywordName`), categorised (`categorize`), each key once, best first.
 */
import type { Keyword } from "../model";
import { categorize } from "./categorize";
import { isAcronym, isNamedForm, keywordKey, safeKeywordName, SMALL_WORDS, titleCase } from "./normalize";
import { isGenericWord, isStopword, LY_NOUNS, NOUN_GERUNDS } from "./stopwords";

export interface ExtractOptions {
	/** Most keywords to return. */
	max: number;
}

/* ------------------------------------------------------------------ weights */

/** Added to the frequency of a candidate that occurs in the title. */
const TITLE_BOOST = 3;
/** A candidate at the very start of the abstract gets ×(1 + EARLY_BOOST); at the end ×1. */
const EARLY_BOOST = 0.25;
/** Lone ordinary words (not in the title, not a named form or acronym concept) are damped. */
const SINGLE_WORD_DAMPING = 0.5;
const MAX_PHRASE_WORDS = 4;

/* ------------------------------------------------------------------ cleaning */

const RSS_PREFIX = /^\s*arXiv:\S+\s+Announce Type:\s*\S+\s*Abstract:\s*/i;
const MATH = /\$\$[\s\S]*?\$\$|\$[^$\n]{1,300}\$|\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|edu|gov|dev|info|html?)\b\S*|\S+@\S+\.\w+/gi;
const LATEX_REF = /\\(?:cite[tp]?|ref|eqref|label|url|href|footnote)\{[^}]*\}/g;
const LATEX_COMMAND = /\\[a-zA-Z]+\*?/g;

export function cleanText(text: string): string {
	return text
		.normalize("NFKC")
		.replace(RSS_PREFIX, "")
		.replace(MATH, " , ")
		.replace(URL, " , ")
		.replace(LATEX_REF, " , ")
		.replace(LATEX_COMMAND, " ")
		.replace(/[{}]/g, "");
}

/* ------------------------------------------------------------------ tokens */

interface Token {
	text: string;
	lower: string;
	word: boolean;
	title: boolean;
	/** First word of a sentence (capital may be only grammar). */
	sentenceStart: boolean;
	/** Index among the abstract's words (0 for title words). */
	pos: number;
	/** The previous token, lower case ("" at the start). */
	prev: string;
}

// No lookbehind (Obsidian on iOS before 16.4 has none): a dot followed by digits stays inside a word (`GPT-3.5`).
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+|[-\u2010\u2011][\p{L}\p{M}\p{N}]+|\.\p{N}+)*\+*`;
const TOKEN = new RegExp(`${WORD}|[^\\s\\p{L}\\p{M}\\p{N}]`, "gu");

function tokenize(text: string, title: boolean): Token[] {
	const tokens: Token[] = [];
	let sentenceStart = true;
	let pos = 0;
	let prev = "";
	for (const match of text.matchAll(TOKEN)) {
		const raw = match[0];
		const word = /[\p{L}\p{N}]/u.test(raw);
		const textForm = raw.replace(/[\u2010\u2011]/g, "-").replace(/\u2019/g, "'");
		const lower = textForm.toLowerCase();
		tokens.push({ text: textForm, lower, word, title, sentenceStart: word && sentenceStart, pos: title ? 0 : pos, prev });
		prev = lower;
		if (word) {
			sentenceStart = false;
			if (!title) pos++;
		} else if (/[.!?]/.test(raw)) {
			sentenceStart = true;
		}
	}
	return tokens;
}

const NUMBER = /^(?:[\p{N}.,+]+|\p{N}+(?:st|nd|rd|th|s))$/u;
const ED_NOUNS = new Set(["hundred", "embed", "seabed", "shed", "bed", "sacred", "naked", "wicked"]);

/** After these an -ing word is a modifier ("the branching time"), not a verb. */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "each", "every", "any", "some", "no", "such", "other", "all", "both", "many", "several", "more", "most"]);

/**
 * An -ing word used as a verb ("for enhancing", "begun developing"): not after a determiner, and
 * not a known noun gerund ("for learning" stays); always right after "by" ("by encoding").
 */
function isVerbalIng(token: Token): boolean {
	const lower = token.lower;
	if (!lower.endsWith("ing") || lower.length <= 5 || isNamedForm(token.text)) return false;
	if (token.prev === "by") return true;
	if (DETERMINERS.has(token.prev)) return false;
	const last = lower.split("-").pop() ?? lower;
	return !NOUN_GERUNDS.has(lower) && !NOUN_GERUNDS.has(last);
}

/** Words after which the next word is a verb: "we call", "can benefit", "to decompose". */
const BEFORE_VERB = new Set(["we", "they", "i", "you", "he", "she", "it", "can", "cannot", "could", "may", "might", "must", "shall", "should", "will", "would", "to"]);

/** A word that is probably a verb by its position (see BEFORE_VERB); after "to" only when it does not look like a noun. */
function isPositionalVerb(token: Token): boolean {
	if (!BEFORE_VERB.has(token.prev) || isNamedForm(token.text)) return false;
	if (token.prev !== "to") return true;
	const lower = token.lower;
	return !/(?:s|ing|ion|ment|ness|ity|ics|ism|ure|ance|ence|er|or|ist)$/.test(lower) && !/^\p{Lu}/u.test(token.text);
}

function isEdWord(token: Token): boolean {
	const lower = token.lower;
	return lower.endsWith("ed") && lower.length > 4 && !lower.endsWith("eed") && !ED_NOUNS.has(lower) && !isNamedForm(token.text);
}

/** Ends a candidate phrase: punctuation, stopword, number, -ly adverb, one-letter word. */
function isBoundary(token: Token): boolean {
	if (!token.word) return true;
	const lower = token.lower;
	if (isStopword(lower) || isStopword(lower.replace(/'s$/, "")) || NUMBER.test(lower) || !/\p{L}/u.test(lower) || Array.from(lower).length < 2) return true;
	if (isPositionalVerb(token)) return true;
	return lower.endsWith("ly") && lower.length > 4 && !lower.includes("-") && !LY_NOUNS.has(lower);
}

/* ------------------------------------------------------------------ acronyms */

interface AcronymDefinition {
	/** Key of the long form: the concept the acronym stands for. */
	conceptKey: string;
}

/** Token spans that are a long form, and acronym tokens that belong to a definition. */
interface AcronymScan {
	byAcronymKey: Map<string, AcronymDefinition>;
	/** start index → end index (exclusive) of a long form, and the acronym as written there. */
	spans: Map<number, { end: number; definition: AcronymDefinition; acronym: string }>;
	/** Indices of the acronym tokens that belong to a definition (counted with their long form). */
	defining: Set<number>;
}

/** Suffixes that keep an acronym a mention of its concept: `LLM-based`, `RAG-enhanced`. */
const ACRONYM_SUFFIXES = new Set(["based", "driven", "powered", "enabled", "guided", "assisted", "generated", "like", "style", "aware", "centric", "specific"]);

function acronymLetters(acronym: string): string[] {
	return Array.from(acronym.replace(/(\p{Lu})s$/u, "$1").toLowerCase()).filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/**
 * Schwartz–Hearst: index of the word where the long form of `acronym` starts in `words`, when
 * the acronym's letters appear in order (right to left) and the first one starts a word.
 */
function longFormStart(acronym: string, words: readonly string[]): number | undefined {
	const letters = acronymLetters(acronym);
	const chars = Array.from(words.join(" ").toLowerCase());
	if (letters.length < 2) return undefined;
	let l = chars.length - 1;
	for (let s = letters.length - 1; s >= 0; s--) {
		const c = letters[s];
		while (l >= 0 && (chars[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(chars[l - 1] ?? "")))) l--;
		if (l < 0) return undefined;
		if (s > 0) l--;
	}
	let index = 0;
	for (let i = 0; i < l; i++) if (chars[i] === " ") index++;
	return index;
}

/** Words like `DetectIon` or `approXimation` (a capital only to spell out an acronym) lose it. */
function unhighlight(word: string): string {
	return /^\p{L}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

function validLongForm(words: readonly string[], acronym: string): boolean {
	if (words.length === 0) return false;
	const first = (words[0] ?? "").toLowerCase();
	const last = (words[words.length - 1] ?? "").toLowerCase();
	if (isStopword(first) || isStopword(last)) return false;
	if (words.some((w) => isStopword(w.toLowerCase()) && !SMALL_WORDS.has(w.toLowerCase()))) return false;
	if (words.some((w) => w === acronym)) return false;
	return words.join("").length > acronymLetters(acronym).length;
}

function scanAcronyms(tokens: readonly Token[]): AcronymScan {
	const scan: AcronymScan = { byAcronymKey: new Map(), spans: new Map(), defining: new Set() };
	const define = (acronym: string, start: number, end: number, acronymIndex: number): void => {
		const conceptKey = keywordKey(tokens.slice(start, end).map((t) => t.text).join(" "));
		const acronymKey = keywordKey(acronym);
		const definition = scan.byAcronymKey.get(acronymKey) ?? { conceptKey };
		scan.byAcronymKey.set(acronymKey, definition);
		// The first definition of an acronym wins; a second, different long form is an ordinary phrase.
		if (definition.conceptKey !== conceptKey) return;
		scan.spans.set(start, { end, definition, acronym });
		scan.defining.add(acronymIndex);
	};
	for (let i = 0; i + 2 < tokens.length; i++) {
		if (tokens[i]?.text !== "(") continue;
		const inner = tokens[i + 1];
		if (inner !== undefined && inner.word && isAcronym(inner.text) && tokens[i + 2]?.text === ")") {
			// long form (ACR)
			const letters = acronymLetters(inner.text).length;
			const maxWords = Math.min(letters + 5, letters * 2);
			let from = i;
			while (from > 0 && i - from < maxWords && tokens[from - 1]?.word === true && tokens[from - 1]?.title === inner.title) from--;
			const window = tokens.slice(from, i).map((t) => t.text);
			const start = longFormStart(inner.text, window);
			if (start !== undefined && validLongForm(window.slice(start), inner.text)) define(inner.text, from + start, i, i + 1);
			continue;
		}
		const before = tokens[i - 1];
		if (before !== undefined && before.word && isAcronym(before.text)) {
			// ACR (long form)
			let end = i + 1;
			while (end < tokens.length && tokens[end]?.word === true) end++;
			if (tokens[end]?.text !== ")") continue;
			const letters = acronymLetters(before.text).length;
			const window = tokens.slice(i + 1, end).map((t) => t.text);
			if (window.length < 2 || window.length > letters * 2) continue;
			if (longFormStart(before.text, window) === 0 && validLongForm(window, before.text)) define(before.text, i + 1, end, i - 1);
		}
	}
	return scan;
}

/** The definition a bare acronym token (`LLMs`, `LLM-based`, not `it` for "IT") refers to, if any. */
function mentionOf(token: Token, scan: AcronymScan): AcronymDefinition | undefined {
	if (!token.word || scan.byAcronymKey.size === 0) return undefined;
	const stem = withoutSuffix(token).text;
	return isAcronym(stem) ? scan.byAcronymKey.get(keywordKey(stem)) : undefined;
}

/* ------------------------------------------------------------------ candidates */

interface Occurrence {
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

/** `GPT-4o-based` → `GPT-4o` (same token otherwise). */
function withoutSuffix(token: Token): Token {
	const cut = token.text.lastIndexOf("-");
	if (cut <= 0 || !ACRONYM_SUFFIXES.has(token.lower.slice(cut + 1))) return token;
	const text = token.text.slice(0, cut);
	return { ...token, text, lower: text.toLowerCase() };
}

/** Evaluative words cut off the start of a phrase ("key trust dimensions"), kept inside one ("public key cryptography"). */
const LEADING_TRIM = new Set(["key"]);

/** Turn one run of content words into candidate occurrences (see step 4 at the top). */
function runOccurrences(run: readonly Token[], out: Occurrence[]): void {
	let start = 0;
	let end = run.length;
	while (start < end && (isVerbalIng(run[start] as Token) || LEADING_TRIM.has((run[start] as Token).lower))) start++;
	while (end > start && isEdWord(run[end - 1] as Token)) end--;
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

function collectOccurrences(tokens: readonly Token[], scan: AcronymScan): Occurrence[] {
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

/* ------------------------------------------------------------------ scoring */

interface Candidate {
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

const ADJECTIVE_ENDING = /(?:able|ible|ive|ous|ful|less|al|ic)$/;

/** Nouns with an adjective-like ending: allowed as single-word keywords. */
const ADJECTIVE_NOUNS = new Set([
	"derivative", "alternative", "objective", "incentive", "initiative", "narrative", "perspective", "directive",
	"explosive", "archive", "executive", "variable", "table", "cable", "vegetable", "syllable", "timetable",
	"detective", "adhesive", "additive", "primitive", "representative", "locomotive", "signal", "interval", "proposal",
	"material", "potential", "animal", "capital", "journal", "terminal", "manual", "arrival", "approval", "trial",
	"hospital", "rental", "tutorial", "portal", "crystal", "metal", "mineral", "spiral", "fractal", "integral",
	"polynomial", "functional", "removal", "renewal", "survival", "rival", "festival", "referral", "retrieval",
	"disposal", "protocol", "principal", "chemical", "pharmaceutical", "editorial", "arsenal", "canal", "carnival",
	"cardinal", "denial", "dial", "fossil", "medal", "memorial", "pedal", "petal", "ritual", "sandal", "scandal",
	"vessel", "goal", "coal", "deal", "meal", "seal", "steal", "appeal", "opal", "logic", "topic", "music", "graphic",
	"arithmetic", "heuristic", "metric", "clinic", "traffic", "fabric", "epidemic", "pandemic", "magic", "rhetoric", "tactic",
	"statistic", "characteristic", "mechanic", "critic", "republic", "ceramic", "plastic", "harmonic", "antibiotic", "mosaic"
]);

/** Whether a candidate can be a keyword at all. */
function acceptable(c: Candidate): boolean {
	const words = c.key.split(" ");
	if (c.key.replace(/\s/g, "").length < 2 || !/\p{L}/u.test(c.key)) return false;
	if (words.every((w) => isGenericWord(w) || isGenericWord(`${w}s`))) return false;
	if (words.length > 1 || c.acronym) return true;
	const surface = c.surfaces[0]?.words?.[0] ?? "";
	if (isNamedForm(surface)) return true;
	const word = words[0] ?? "";
	if (ADJECTIVE_ENDING.test(word) && !ADJECTIVE_NOUNS.has(word)) return false;
	return !(word.endsWith("ed") && !word.endsWith("eed"));
}

/**
 * score = (abstract occurrences + TITLE_BOOST if in the title)
 *       × (0.5 + 0.5 × mean word degree)          RAKE-like: mean length of the phrases the words occur in
 *       × (1 + EARLY_BOOST × (1 − first position / abstract length))
 *       × SINGLE_WORD_DAMPING for a lone ordinary word not in the title.
 */
function score(candidates: Map<string, Candidate>, occurrences: readonly Occurrence[], abstractWords: number): void {
	const freq = new Map<string, number>();
	const degree = new Map<string, number>();
	for (const occ of occurrences) {
		for (const w of occ.wordKeys) {
			freq.set(w, (freq.get(w) ?? 0) + 1);
			degree.set(w, (degree.get(w) ?? 0) + occ.wordKeys.length);
		}
	}
	for (const c of candidates.values()) {
		const words = c.key.split(" ");
		const cohesion = words.reduce((sum, w) => sum + (degree.get(w) ?? 1) / (freq.get(w) ?? 1), 0) / words.length;
		const early = 1 + EARLY_BOOST * (1 - Math.min(1, c.firstPos / Math.max(1, abstractWords)));
		const surface = c.surfaces[0]?.words?.[0] ?? "";
		const lone = words.length === 1 && !c.inTitle && !c.acronym && !isNamedForm(surface);
		c.score = (c.abstractCount + (c.inTitle ? TITLE_BOOST : 0)) * (0.5 + 0.5 * cohesion) * early * (lone ? SINGLE_WORD_DAMPING : 1);
	}
}

function gather(occurrences: readonly Occurrence[]): Map<string, Candidate> {
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

/* ------------------------------------------------------------------ display */

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

function keywordName(c: Candidate): string {
	const words = displayWords(c);
	if (words !== undefined) return safeKeywordName(titleCase(words));
	return safeKeywordName(c.aliases[0] ?? "");
}

/* ------------------------------------------------------------------ entry point */

export function extractKeywords(doc: { title: string; abstract: string }, options: ExtractOptions): Keyword[] {
	const max = Math.max(0, Math.floor(options.max));
	if (max === 0) return [];
	const title = cleanText(doc.title);
	const abstract = cleanText(doc.abstract);
	const titleTokens = tokenize(title, true);
	const abstractTokens = tokenize(abstract, false);
	const separator: Token = { text: "\n", lower: "\n", word: false, title: true, sentenceStart: false, pos: 0, prev: "" };
	const tokens = [...titleTokens, separator, ...abstractTokens];
	const scan = scanAcronyms(tokens);
	const occurrences = collectOccurrences(tokens, scan);
	const candidates = gather(occurrences);
	score(candidates, occurrences, abstractTokens.filter((t) => t.word).length);

	const ranked = [...candidates.values()]
		.filter(acceptable)
		.sort((a, b) => b.score - a.score || a.firstPos - b.firstPos || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

	const result: Keyword[] = [];
	const seen = new Set<string>();
	for (const c of ranked) {
		if (result.length >= max) break;
		const name = keywordName(c);
		const key = keywordKey(name);
		if (name === "" || seen.has(key)) continue;
		seen.add(key);
		const aliases = c.aliases.map(safeKeywordName).filter((a, i, all) => a !== "" && a !== name && all.indexOf(a) === i);
		const category = categorize(name, { title, abstract });
		result.push({ name, category, aliases });
	}
	return result;
}
