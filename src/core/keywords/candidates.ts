/**
 * Step 4 of the extractor: candidate phrases. Maximal runs of content words, cut at boundaries
 * (see `word-class.ts`) and acronym mentions; a leading verbal -ing word ("enhancing"), trailing
 * -ed words ("segmented") and trailing verbs and adjectives ("plays", "capable") are cut off; of a run
 * longer than `MAX_PHRASE_WORDS` words only the last ones are a candidate (English heads come last), and
 * one seen only that way is no keyword (a phrase without its start); named forms (`GPT-4o`, `CIFAR-10`)
 * also stand alone.
 * Occurrences with the same `keywordKey` (case, plural, hyphen variants) gather into one candidate.
 */
import { mentionOf, unhighlight, withoutSuffix, type AcronymScan } from "./acronyms";
import { AFTER_HYPHENATED_MATH } from "./clean-text";
import { isNamedForm, keywordKey, SMALL_WORDS } from "./normalize";
import { GENERAL_ADJECTIVES, isGenericWord, isPlainWord, isStopword, isVagueWord } from "./stopwords";
import type { Token } from "./tokenize";
import type { VaultKeywords } from "./vault-keywords";
import { cannotEndPhrase, isAdjectiveLike, isAfterSignedSymbol, isAdjectiveOrParticiple, isBoundary, isEdWord, isLyAdverb, isVerbalIng, looksPlural } from "./word-class";

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
	/** The tail of a run too long for one phrase, so without the run's first words. */
	cut?: boolean;
	/** The token after the phrase, lower case. */
	next?: string;
	/** The token before the phrase, lower case. */
	prev?: string;
	/** The token after `next`, lower case. */
	next2?: string;
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
		next: tokens[tokens.length - 1]?.next ?? "",
		prev: first?.prev ?? "",
		next2: tokens[tokens.length - 1]?.next2 ?? "",
	};
}

/**
 * Words that judge a thing or relate it to the text rather than say what kind it is: cut off the start of a
 * phrase ("*key* trust dimensions", "the *associated* hydrogen pick-up", "*distinct* enantiomers", "a *convenient*
 * framework"), kept inside one ("public key cryptography"); those never inside a phrase ("various",
 * "so-called") are stopwords (stopwords.ts). Classifying adjectives are not among them, nor
 * words that are both ("pure spinor", "complete graph", "proper motion", "identical particles", "associated
 * production", "repeated games", "distinguishable particles", "resultant force").
 */
export const LEADING_TRIM: ReadonlySet<string> = new Set(
	`key related specified intended desired distinct favourable favorable suitable convenient accurate precise
	well-developed simple-to-implement easy-to-use following aforementioned above-mentioned successful versatile
	ubiquitous`
		.split(/\s+/)
		.filter((w) => w !== ""),
);

/** A word of LEADING_TRIM as a word, not as part of a name ("Precise Biometrics"): lower case, or capitalised only by grammar or a Title Case title. */
function isLeadingTrim(token: Token): boolean {
	return LEADING_TRIM.has(token.lower) && (token.text === token.lower || token.sentenceStart || token.titleCase === true);
}

/** Turn one run of content words into candidate occurrences (see step 4 at the top). */
function runOccurrences(run: readonly Token[], out: Occurrence[]): void {
	let start = 0;
	let end = run.length;
	while (start < end && (isVerbalIng(run[start] as Token) || isLeadingTrim(run[start] as Token) || isLeadingVerb(run[start] as Token, end - start) || isAdverbParticiple(run[start] as Token) || isCommonPossessive(run[start] as Token, end - start))) start++;
	// A run of two words or more ends at its noun: trailing -ed words and words that cannot end a phrase go.
	while (end > start && (isEdWord(run[end - 1] as Token) || (end > start + 1 && cannotEndPhrase(run[end - 1] as Token)))) end--;
	// A run longer than a phrase loses a trailing extension word first ("van der Waals density-functional *study*").
	while (end - start > MAX_PHRASE_WORDS && EXTENSION_WORDS.has(keywordKey((run[end - 1] as Token).text))) end--;
	const words = run.slice(start, end);
	// What follows "per" is a unit of measure, not a concept ("channel capacity per *unit cost*").
	if (run[0]?.prev === "per") return;
	// A lone word right after math with a word hyphenated onto it is the rest of that compound ("$(k,\ell)$-pebble *game*").
	if (words.length === 1 && words[0]?.prev === AFTER_HYPHENATED_MATH && !isNamedForm(words[0]?.text ?? "")) return;
	if (words.length === 1 && isAfterSignedSymbol(words[0] as Token) && !isNamedForm(words[0]?.text ?? "")) return;
	// A lone word after an -ly adverb is what the adverb modifies, a verb or adjective ("users smoothly *trade* off").
	if (words.length === 1 && isLyAdverb(words[0]?.prev ?? "") && !isNamedForm(words[0]?.text ?? "")) return;
	// Named forms (GPT-4o, CIFAR-10, MLP) also count alone, without a `-based`-like suffix; very short ones (L2, 5G) do not.
	for (const token of words) {
		const named = withoutSuffix(token);
		if (isNamedForm(named.text) && Array.from(named.text).length > 2 && (words.length > 1 || named !== token)) out.push(occurrence([named]));
	}
	// Runs longer than MAX_PHRASE_WORDS: pieces of that length from the end, where English puts the head noun;
	// the words left over at the front are modifiers without their noun ("dark" of "dark matter field fluid model",
	// "single site" of "single site dynamical mean field theory", "round Mock LISA" of "round Mock LISA Data Challenges
	// data sets") and go, unless a named form stands alone.
	// A title's phrase of one word more is the paper's own concept, whole ("the dark matter field fluid model").
	const size = words.length === MAX_PHRASE_WORDS + 1 && words[0]?.title === true ? words.length : MAX_PHRASE_WORDS;
	for (let stop = words.length; stop > 0; stop -= size) {
		const chunk = words.slice(Math.max(0, stop - size), stop);
		while (chunk.length > 0 && isVerbalIng(chunk[0] as Token)) chunk.shift();
		while (chunk.length > 1 && isEdWord(chunk[chunk.length - 1] as Token)) chunk.pop();
		if (stop < words.length && !(chunk.length === 1 && isNamedForm(chunk[0]?.text ?? ""))) continue;
		// A common noun before a designation is an apposition ("the binary HAT-TR-205-013", "the decay D0"): the designation counts alone.
		if (chunk.length > 1 && isDesignation(chunk[chunk.length - 1] as Token) && chunk.slice(0, -1).every((t) => t.text === t.lower || (t.titleCase === true && !isNamedForm(t.text)))) continue;
		if (chunk.length > 0) out.push({ ...occurrence(chunk), cut: stop === words.length && chunk.length < words.length });
	}
}

/**
 * An -ed word right after an -ly or degree adverb, which the run has lost ("cubically *shaped* particles",
 * "allosterically *regulated* enzymes"): without its adverb the participle is a fragment, so it goes.
 */
function isAdverbParticiple(token: Token): boolean {
	if (!isEdWord(token)) return false;
	if (DEGREE_ADVERBS.has(token.prev)) return true;
	return token.prev.endsWith("ly") && token.prev.length > 4 && !token.prev.includes("-") && !COUNTING_ADVERBS.has(token.prev);
}

/** Adverbs (stopwords) that take a participle with them: "the not *yet* settled asymptotic behaviour", "*well* studied". */
const DEGREE_ADVERBS = new Set(["yet", "not", "well", "already", "still", "never", "so", "too", "very", "less", "least", "more", "most", "fully", "newly"]);

/** A name with a number in it (`HAT-TR-205-013`, `D0`, `CIFAR-10`). */
function isDesignation(token: Token): boolean {
	return isNamedForm(token.text) && /\p{N}/u.test(token.text) && /\p{Lu}/u.test(token.text);
}

/** A lower-case possessive that starts a phrase names the owner, not the concept ("each *layer's* weight-induced change"). */
function isCommonPossessive(token: Token, runLength: number): boolean {
	if (runLength < 2 || !token.lower.endsWith("'s")) return false;
	// Also a model or object named with a number ("*GPT-3's* few-shot learning"): its owner, where a person's name is an eponym ("Roche's limit").
	return token.text === token.lower || /\p{N}/u.test(token.text);
}


/** Adverbs that count rather than qualify: "doubly *charmed* baryons" are still charmed baryons. */
const COUNTING_ADVERBS = new Set(["singly", "doubly", "triply", "multiply"]);

/**
 * An -ing word that starts a title or a sentence and has more words after it is a verb
 * ("*Computing* genus 2 Hilbert-Siegel modular forms", "*Reconstructing* short-lived particles").
 */
function isLeadingVerb(token: Token, runLength: number): boolean {
	if (runLength < 2 || !token.lower.endsWith("ing") || token.lower.length <= 5 || isNamedForm(token.text)) return false;
	return token.sentenceStart || (token.title && token.prev === "");
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
	/** The name of the vault's note this candidate links (set when an extension folded into it). */
	vaultName?: string;
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

const generic = (w: string): boolean => isGenericWord(w) || isGenericWord(`${w}s`);
const ordinary = (w: string): boolean => generic(w) || isPlainWord(w) || isPlainWord(`${w}s`) || isVagueWord(w) || isVagueWord(`${w}s`);

/**
 * Whether a candidate can be a keyword at all. Not: a phrase of generic words only ("model
 * performance"); a phrase with a vague head whose other words are adjectives or ordinary nouns
 * ("Scientific Issues", "Widespread Attention", "Consensus Viewpoint"); a single ordinary noun
 * ("Science", "Events", "Calculation"), adjective or participle ("Contemporary", "Task-agnostic"),
 * unless it is a named form or stands for an acronym; a lone Greek letter's name, a lone modifier
 * stranded before a participle and its noun, a lone predicate adjective (see the rules below).
 */
export function acceptable(c: Candidate): boolean {
	const words = c.key.split(" ");
	if (c.vaultName !== undefined) return true;
	if (c.key.replace(/\s/g, "").length < 2 || !/\p{L}/u.test(c.key)) return false;
	if (words.every(generic)) return false;
	// Seen only as the tail of a run too long for one phrase: a phrase without its start ("matter field fluid model").
	if (c.surfaces.length > 0 && c.surfaces.every((s) => s.cut === true) && !c.acronym) return false;
	const surface = (c.surfaces[0]?.words ?? []).map((w) => w.toLowerCase());
	if (surface.length > 1) {
		const head = words[words.length - 1] ?? "";
		// A law or principle named with "of" is that whole name ("the quantum *law* of large numbers"): without it, a fragment.
		if (OF_NAMED_HEADS.has(head) && c.surfaces.every((s) => s.next === "of")) return false;
		// The kind of article, not a concept ("Book *Review*", "Logic *Column*").
		if (ARTICLE_KINDS.has(head) && !(c.surfaces[0]?.words ?? []).some(isNamedForm)) return false;
		const vagueHead = isVagueWord(head) || isVagueWord(`${head}s`);
		if (vagueHead && surface.slice(0, -1).every((w) => ordinary(keywordKey(w)) || isAdjectiveLike(w))) return false;
		const plainHead = ordinary(head);
		// General adjectives and ordinary nouns only, one adjective at least: "General Material Properties", "Theoretical Convergence Analysis".
		const modifiers = surface.slice(0, -1);
		return !(plainHead && modifiers.some((w) => GENERAL_ADJECTIVES.has(w)) && modifiers.every((w) => GENERAL_ADJECTIVES.has(w) || ordinary(keywordKey(w))));
	}
	// An acronym of three words hyphenated into one, none of them a small word, is a compound modifier whose noun follows
	// ("vision-language-action (VLA) frameworks", "kinetic-Alfven-wave (KAW) cascade"); "chain-of-thought" stays.
	if (c.acronym && (surface[0] ?? "").split("-").length >= 3 && !(surface[0] ?? "").split("-").some((p) => SMALL_WORDS.has(p))) return false;
	if (c.acronym) return true;
	const word = surface[0] ?? c.key;
	// A lone word said once, and then with "of" or "that" after it, is the head of a longer phrase or clause ("the
	// *founders* of the Modern Synthesis", "the *proposition* that…"): what it names is in the rest.
	if (!c.inTitle && c.surfaces.length === 1 && CLAUSE_STARTERS.has(c.surfaces[0]?.next ?? "") && !isNamedForm(c.surfaces[0]?.words?.[0] ?? "")) return false;
	// A number with a word hyphenated on ("6-polytopes", "1-form", "system-2", "quasi-2D", "K-16") is part of a phrase, not a concept.
	if (/^\p{N}+-\p{L}|^\p{Ll}+-\p{N}|^\p{L}-\p{N}+$/u.test(c.surfaces[0]?.words?.[0] ?? "")) return false;
	if ((c.surfaces[0]?.words ?? []).some(isNamedForm)) return true;
	// A Greek letter's name is a symbol ("we bound *alpha*"); in a phrase it names something ("beta function", "sigma model").
	if (GREEK_LETTERS.has(c.key)) return false;
	// Each time followed by an -ed or -ing word and then a noun: the modifier of that noun, cut off where the tagger took
	// the participle for a verb ("*uniform* supersaturated designs", "*lossy* correlated networks"). Not a plural or a
	// name, which are subjects ("qubits encoded in", "Kosloff arrived at"), nor before a stopword ("during", "showed").
	if (!looksPlural(word) && c.surfaces.every(isStrandedModifier)) return false;
	// Only ever after a copula, with no noun after it: a predicate adjective ("optimal control is *cheaper*", "the problem is *hard* too").
	if (!NOUN_ENDING.test(c.key) && !looksPlural(word) && c.surfaces.every((s) => COPULAS.has(s.prev ?? "") && (!/^\p{L}/u.test(s.next ?? "") || isStopword(s.next ?? "")))) return false;
	// "sub-tasks", "by-product": a prefix on an ordinary noun is still an ordinary noun.
	const content = words.length > 1 && WORD_PREFIXES.has(words[0] ?? "") ? words.slice(1) : words;
	return !content.every(ordinary) && !isAdjectiveOrParticiple(word) && !isAdjectiveLike(word);
}

/** Nouns that name a kind of article or its part: a phrase with one as its head names the text, not a concept. */
const ARTICLE_KINDS: ReadonlySet<string> = new Set(["review", "column", "editorial", "tutorial", "primer", "essay", "commentary", "erratum"]);

/** Heads of concepts named with "of" ("law of large numbers", "principle of least action", "conservation of energy"). */
const OF_NAMED_HEADS: ReadonlySet<string> = new Set(["law"]);

const CLAUSE_STARTERS: ReadonlySet<string> = new Set(["of", "that"]);

const GREEK_LETTERS: ReadonlySet<string> = new Set(
	"alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".split(" "),
);

/** Endings of abstract nouns, which can follow a copula too ("the limiting factor is *decoherence*"). */
const NOUN_ENDING = /(?:ion|ity|ence|ance|ism|ness|ment|ics|ogy|phy|ure|ship|dom|ist|ene|ine|ide|ium|um|on|opy|try)$/;

const COPULAS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "am", "be", "been", "being", "remain", "remains", "remained", "become", "becomes", "became", "seem", "seems", "seemed"]);

const PARTICIPLE = /^\p{Ll}{3,}(?:[^e]ed|ing)$/u;

function isStrandedModifier(occurrence: Occurrence): boolean {
	const next = occurrence.next ?? "";
	const after = occurrence.next2 ?? "";
	const lowerCase = (occurrence.words ?? []).every((w) => w === w.toLowerCase()) || occurrence.sentenceStart || occurrence.title;
	return lowerCase && PARTICIPLE.test(next) && !isStopword(next) && /^\p{L}/u.test(after) && !isStopword(after);
}

/** Prefixes written with a hyphen that do not make a new concept of an ordinary noun. */
const WORD_PREFIXES = new Set(["sub", "by"]);

/**
 * Generic words that only extend a concept: "Quantum Information *Science*", "Retrieval-augmented
 * Generation *Accuracy*", "Pebble Game *Algorithms*", "Outlier Detection *for Networks*". Not
 * "theory", "model", "system" or "network", which make new concepts ("Quantum Field Theory").
 */
export const EXTENSION_WORDS: ReadonlySet<string> = new Set(
	`accuracy performance science computation simulation scheme algorithm task approach framework method technique
	setting result study research application analysis evaluation benchmark experiment implementation pipeline
	procedure strategy solution tool module version variant scenario data mode`
		.split(/\s+/)
		.filter((w) => w !== ""),
);

/** Extension words that name an instance of what they follow ("clustering *tasks*", "neuroscience *studies*"). */
const INSTANCE_WORDS: ReadonlySet<string> = new Set(["task", "study", "version", "variant", "benchmark", "scenario", "setting", "research"]);

/** The concept a phrase extends (its key), or undefined: "X + extension word", "X for + generic word" or "general adjective + X". */
export function extendedConcept(key: string): string | undefined {
	const words = key.split(" ");
	if (words.length < 2) return undefined;
	if (words.length >= 3 && GENERAL_ADJECTIVES.has(words[0] ?? "")) return words.slice(1).join(" ");
	const last = words[words.length - 1] ?? "";
	const forAt = words.lastIndexOf("for");
	if (forAt > 0 && forAt === words.length - 2 && (generic(last) || EXTENSION_WORDS.has(last))) return words.slice(0, forAt).join(" ");
	return EXTENSION_WORDS.has(last) ? words.slice(0, -1).join(" ") : undefined;
}

/**
 * One note per concept: a candidate that is another one of the paper (of two words or more) plus an
 * extension (`extendedConcept`) is counted as that one; with a vault, a candidate that extends a
 * concept the vault has a note for (any length) becomes that concept, so it links the existing note.
 * The extension's acronym (ODIN of "Outlier DetectIon for Networks") is not carried over.
 */
export function foldExtensions(candidates: Map<string, Candidate>, vault?: VaultKeywords): Map<string, Candidate> {
	for (const c of [...candidates.values()]) {
		// Said once, outside the title, as a title concept with an adjective in front ("psychological *Emotional Stimuli*"):
		// a mention of that concept.
		const tail = c.key.split(" ").slice(1).join(" ");
		const titled = tail.split(" ").length >= 2 && !c.inTitle && c.abstractCount <= 1 && !c.acronym && /ical$/.test(c.surfaces[0]?.words?.[0] ?? "") ? candidates.get(tail) : undefined;
		if (titled !== undefined && titled !== c && titled.inTitle) {
			candidates.delete(c.key);
			continue;
		}
		// Two named forms or more, then an extension word ("CIFAR-10 MLP *benchmarks*"): the names are keywords of their own, the
		// extension adds nothing.
		const written = c.surfaces[0]?.words ?? [];
		if (written.length >= 3 && !c.acronym && EXTENSION_WORDS.has(c.key.split(" ").pop() ?? "") && written.slice(0, -1).every(isNamedForm)) {
			candidates.delete(c.key);
			continue;
		}
		// A title's name with a number before another concept of the paper (two words or more), never so in the abstract,
		// is that concept of the named thing ("*76Ge* Neutrinoless Double Beta Decay"): the name and the concept are
		// keywords of their own, the two together none.
		const first = c.surfaces[0]?.words?.[0] ?? "";
		const rest = c.key.split(" ").slice(1).join(" ");
		const named = c.abstractCount === 0 && rest.split(" ").length >= 2 && /\p{N}/u.test(first) && isNamedForm(first) && !c.acronym ? candidates.get(rest) : undefined;
		if (named !== undefined && named !== c) {
			candidates.delete(c.key);
			continue;
		}
		const base = extendedConcept(c.key);
		if (base === undefined) continue;
		const inPaper = candidates.get(base);
		const note = inPaper === undefined || base.split(" ").length < 2 ? vault?.find(base) : undefined;
		// Said once, outside the title, as another concept of the paper plus an extension word ("Hafnian *Versions*",
		// "Clustering *Tasks*"): a mention of that concept, not a concept of its own.
		const noun = base.split(" ").length < 2 && !isAdjectiveLike(base) && INSTANCE_WORDS.has(c.key.split(" ").pop() ?? "");
		if (((inPaper !== undefined && inPaper !== c && c.abstractCount <= 1) || noun) && base.split(" ").length < 2 && !c.inTitle && !c.acronym) {
			candidates.delete(c.key);
			continue;
		}
		let target = base.split(" ").length >= 2 ? inPaper : undefined;
		if (target === undefined && note !== undefined) {
			target = inPaper ?? { key: base, abstractCount: 0, inTitle: false, firstPos: c.firstPos, acronym: false, aliases: [], surfaces: [], score: 0, vaultName: note.name };
			target.vaultName = note.name;
			candidates.set(base, target);
		}
		if (target === undefined || target === c) continue;
		target.abstractCount += c.abstractCount;
		target.inTitle ||= c.inTitle;
		target.firstPos = Math.min(target.firstPos, c.firstPos);
		candidates.delete(c.key);
	}
	return candidates;
}
