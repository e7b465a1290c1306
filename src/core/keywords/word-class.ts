/**
 * Our small part-of-speech tagger: only the word classes candidate phrases need, decided from the
 * word lists of `stopwords.ts`, suffixes and the neighbouring words. No tagger library pays for
 * itself here (measured on the 500 Inspec dev abstracts, node 20, one core): compromise/two costs
 * 300 KB and 3.2 ms median per abstract for tagging alone, over the whole 3 ms budget; wink-nlp is
 * 0.2 ms but 3.6 MB with its English model; retext-pos carries a 1.7 MB lexicon. These rules are a
 * few KB, and the whole extractor runs in about 0.5 ms per abstract.
 *
 * - A boundary ends a candidate phrase: punctuation, stopword, number, one-letter word, -ly adverb,
 *   a word after a subject pronoun, modal or "to" (`we call`, `can benefit`, `to decompose`), or an
 *   -ing word after a plural noun (`students beginning`).
 * - A verbal -ing word (`for enhancing`) is cut off the start of a phrase; a gerund that names a
 *   thing (`learning`, `clustering`) or follows a determiner stays.
 * - An -ed word (`segmented`) and a word that cannot end a noun phrase (`cannotEndPhrase`: a verb or
 *   adjective by its neighbours and ending) are cut off the end of a phrase.
 * - A lone adjective (`-able`, `-ive`, `-al`, `-ic`... that is not a known noun) or participle is
 *   never a keyword by itself.
 */
import { isNamedForm } from "./normalize";
import { isStopword, LY_NOUNS, NOUN_GERUNDS, UNITS } from "./stopwords";
import type { Token } from "./tokenize";
import { isVerbOnlyForm } from "./verbs";

const NUMBER = /^(?:[\p{N}.,+]+|\p{N}+(?:st|nd|rd|th|s))$/u;
const ED_NOUNS = new Set(["hundred", "embed", "seabed", "shed", "bed", "sacred", "naked", "wicked"]);

/** After these an -ing word is a modifier ("the branching time"), not a verb. */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "each", "every", "any", "some", "no", "such", "other", "all", "both", "many", "several", "more", "most"]);

/**
 * An -ing word used as a verb ("for enhancing", "begun developing"): not after a determiner, and
 * not a known noun gerund ("for learning" stays); always right after "by" ("by encoding").
 */
export function isVerbalIng(token: Token): boolean {
	const lower = token.lower;
	if (!lower.endsWith("ing") || lower.length <= 5 || isNamedForm(token.text)) return false;
	// A capital inside a sentence (not of a Title Case title) makes it a name ("Stirling numbers", "Ising model").
	if (token.titleCase !== true && !token.sentenceStart && /^\p{Lu}/u.test(token.text)) return false;
	if (token.prev === "by") return true;
	if (DETERMINERS.has(token.prev)) return false;
	// Followed by a determiner, it takes an object: a verb, noun gerund or not ("of *computing* the dimension").
	if (OBJECT_STARTERS.has(token.next)) return true;
	// After "for", with a noun after it: a verb with its object ("an algorithm for *computing* Hecke eigensystems").
	if (token.prev === "for" && isContentWord(token.next)) return true;
	const last = lower.split("-").pop() ?? lower;
	return !NOUN_GERUNDS.has(lower) && !NOUN_GERUNDS.has(last);
}

/** Words that start the object of a verb (so an -ing word right before one is a verb). */
const OBJECT_STARTERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "our", "each", "every"]);

/** Particles of names ("van der Waals"): the word after one is a name, not a plural. */
const NAME_PARTICLES = new Set(["van", "von", "der", "de", "du", "la", "le"]);

/** Words after which the next word is a verb: "we call", "*who* study", "can benefit", "to decompose". */
const BEFORE_VERB = new Set(["we", "they", "i", "you", "he", "she", "it", "who", "can", "cannot", "could", "may", "might", "must", "shall", "should", "will", "would", "to"]);

/** Adverbs that stand before a verb, not a noun: "also", "often". */
const VERB_ADVERBS = new Set(["also", "always", "often", "never", "thus", "hence", "therefore", "sometimes", "usually", "indeed"]);

/** Words after which "to" is a preposition, not the mark of an infinitive. */
const TO_PREPOSITION_AFTER = new Set(
	`relation relations respect due according compared related similar equal equivalent identical close up contrast addition
	prior owing thanks subject corresponding analogous applicable relative proportional orthogonal parallel perpendicular
	isomorphic dual conjugate contribution contributions approach approaches access attention extension extensions connection
	connections transition transitions reference sensitive sensitivity robust robustness resistant resistance exposure
	lead leads led leading`
		.split(/\s+/)
		.filter((w) => w !== ""),
);

/** Verbs ending like nouns (-ure) that are verbs after "to" when an object follows. */
const VERBS_LIKE_NOUNS = new Set(["measure", "capture", "ensure", "secure", "procure", "endure"]);

/** A word that is probably a verb by its position (see BEFORE_VERB); after "to" only when it does not look like a noun. */
function isPositionalVerb(token: Token): boolean {
	// An adverb between changes nothing: "can *genuinely* grasp", "to *directly* separate".
	const prev = isAdverbLike(token.prev) && !LY_MODIFIERS.has(token.prev) ? (token.prev2 ?? "") : token.prev;
	// An -s word after an adverb of the verb phrase is a verb ("our work also *exposes* connections").
	if (VERB_ADVERBS.has(token.prev) && looksPlural(token.lower) && !/^\p{Lu}/u.test(token.text)) return true;
	// "WHO", "IT" in capitals are names, not the pronouns.
	if (!BEFORE_VERB.has(prev) || isNamedForm(token.text) || (prev === token.prev && /^\p{Lu}{2,}$/u.test(token.prevText ?? ""))) return false;
	if (prev !== "to") return true;
	// After these "to" is a preposition and a noun phrase follows ("the relation to *channel* capacity", "due to").
	if (token.prev === "to" && TO_PREPOSITION_AFTER.has(token.prev2 ?? "")) return false;
	const lower = token.lower;
	// Verbs with a noun's ending, followed by their object: "to *measure* brain networks", "to *capture* long-range effects".
	if (VERBS_LIKE_NOUNS.has(lower) && isContentWord(token.next) && !isStopword(token.next)) return true;
	return !/(?:s|ing|ion|ment|ness|ity|ics|ism|ure|ance|ence|er|or|ist)$/.test(lower) && !/^\p{Lu}/u.test(token.text);
}

export function isEdWord(token: Token): boolean {
	const lower = token.lower;
	return lower.endsWith("ed") && lower.length > 4 && !lower.endsWith("eed") && !ED_NOUNS.has(lower) && !isNamedForm(token.text);
}

/** Roman numerals of part and series numbers ("Part II", "IX."), written in capitals. */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV)$/;

/** Auxiliaries: an -ed word right after one is a verb ("have *received*", "was *observed*"). */
const AUXILIARIES = new Set(["have", "has", "had", "having", "be", "been", "being", "is", "are", "was", "were", "am", "get", "gets", "got"]);

/** A word that can sit inside a noun phrase (not punctuation, a stopword, a number or an -ly adverb). */
function isContentWord(lower: string): boolean {
	return /\p{L}/u.test(lower) && !isStopword(lower) && !NUMBER.test(lower) && !(lower.endsWith("ly") && lower.length > 4 && !LY_NOUNS.has(lower));
}

/**
 * A verb inside what would otherwise be one run of content words:
 * - a form of a verb that is never a noun or adjective (`verbs.ts`: "the system *agrees*", "LLMs *understand*");
 * - an -ing word after a content word, unless it is a noun gerund ("mechanics *starting* from", "binary
 *   *undergoing* eclipses"; "machine learning" stays);
 * - an -ed word after a content word or an auxiliary ("Ono *classified* cusp forms", "have *received*").
 */
function isVerbInRun(token: Token): boolean {
	if (isNamedForm(token.text)) return false;
	const lower = token.lower;
	if (isVerbOnlyForm(lower)) return true;
	if (lower.includes("-")) return false;
	if (lower.endsWith("ing") && lower.length > 5) return !NOUN_GERUNDS.has(lower) && isContentWord(token.prev);
	if (isEdWord(token)) return AUXILIARIES.has(token.prev) || (isContentWord(token.prev) && !token.prev.endsWith("'s"));
	// A word between a determiner's plural noun and an adjective is a verb ("our tasks *span* deterministic and generative applications").
	if (token.text === lower && !looksPlural(lower) && looksPlural(token.prev) && DETERMINERS.has(token.prev2 ?? "") && !/[aeiou]s$/.test(token.prev) && ADJECTIVE_ENDING.test(token.next) && !ADJECTIVE_NOUNS.has(token.next) && !ADJECTIVE_ENDING.test(lower)) return true;
	// A lower-case -s word after a model or object name with a number, before more words, is its verb ("GPT-3 *faces* methodological issues").
	if (token.text === lower && looksPlural(lower) && /^\p{L}+-\p{N}+$/u.test(token.prev) && isContentWord(token.next) && !isStopword(token.next)) return true;
	// An -s word between a plural noun (not -os, -as: "chaos"; not a name: "van der Waals") and more words is a verb
	// ("Stirling cycle numbers *counts* unlabeled automata").
	return looksPlural(lower) && looksPlural(token.prev) && !/[aeiou]s$/.test(token.prev) && !NAME_PARTICLES.has(token.prev2 ?? "") && isContentWord(token.prev) && isContentWord(token.next) && !isStopword(token.next);
}

const ORDINALS: ReadonlySet<string> = new Set(["zeroth", "first", "second", "third", "fourth", "fifth", "higher", "lower"]);
const INTO_IDIOMS: ReadonlySet<string> = new Set(["account", "consideration"]);

/** Ends a candidate phrase: punctuation, stopword, number, unit, Roman numeral, -ly adverb, one-letter word, a verb. */
export function isBoundary(token: Token): boolean {
	if (!token.word) return true;
	const lower = token.lower;
	// An ordinal before "order" is part of the concept it modifies ("a *first* order phase transition", "*second* order
	// statistics"); not before "order" alone ("recurrent of the second order").
	if (ORDINALS.has(lower) && token.next === "order" && isContentWord(token.next2 ?? "")) return false;
	if (isStopword(lower) || isStopword(lower.replace(/'s$/, "")) || NUMBER.test(lower) || !/\p{L}/u.test(lower) || Array.from(lower).length < 2) return true;
	// The noun of an idiom, not a concept: "takes into *account* geometrical factors".
	if (token.prev === "into" && INTO_IDIOMS.has(lower)) return true;
	// Two capitals before a parenthesis are a function of notation: `BR(D0 → K- pi+)`, `SU(3)`.
	if (/^\p{Lu}{2}$/u.test(token.text) && token.next === "(") return true;
	// A short word set equal to something is a symbol ("*RD* = BR(…)/BR(…)").
	if (token.next === "=" && Array.from(token.text).length <= 3) return true;
	// Algebra and indexed symbols written as words (`2n-1`, `n+1`, `q2`, `x1`): notation, not words.
	if (/^\p{N}*\p{Ll}[-+]\p{N}+$|^\p{Ll}\p{N}+$/u.test(token.text)) return true;
	// Units, Roman numerals, and a short word with a sign (`E+`, `f+`, `pi+`: physics notation, not C++).
	if (UNITS.has(token.text) || ROMAN.test(token.text) || /^\p{L}{1,3}[+-]$/u.test(token.text)) return true;
	if (isAfterSignedSymbol(token) && token.text === lower && token.text.length <= 4) return true;
	// A compound adjective written open ("a model *independent* analysis", "time *dependent* density functional theory"):
	// it ends the phrase, so neither its noun nor the noun it modifies is read as one phrase with it.
	if (OPEN_COMPOUND_ADJECTIVES.has(lower) && isContentWord(token.prev) && isContentWord(token.next)) return true;
	if (isPositionalVerb(token) || isIngAfterPlural(token) || isVerbInRun(token)) return true;
	return isLyAdverb(lower);
}

/** An -ly adverb (not a noun like "family" or a hyphenated word): it ends a phrase. */
export function isLyAdverb(lower: string): boolean {
	return lower.endsWith("ly") && lower.length > 4 && !lower.includes("-") && !LY_NOUNS.has(lower);
}

/** Adjectives that make a compound adjective with the noun before them. */
const OPEN_COMPOUND_ADJECTIVES = new Set(["independent", "dependent"]);

const SIGNED_SYMBOL = /^\p{L}{1,3}[+-]$/u;

/**
 * A word right after a short word with a sign (`e+`, `pi+`, `K-`: particles of a decay), or after a short lower-case word
 * that follows one: a lower-case one of four letters or less is the next symbol of that notation ("D0 → K- e+ *nue*"),
 * and a lone word there is the notation's head without its start ("K- e+ nue *decays*").
 */
export function isAfterSignedSymbol(token: Token): boolean {
	return SIGNED_SYMBOL.test(token.prev) || (SIGNED_SYMBOL.test(token.prev2 ?? "") && Array.from(token.prev).length <= 4 && /^\p{Ll}+$/u.test(token.prev));
}

const ADJECTIVE_ENDING = /(?:able|ible|ive|ous|ful|less|al|ic)$/;

/** Nouns with an adjective-like ending: allowed as single-word keywords. */
const ADJECTIVE_NOUNS: ReadonlySet<string> = new Set([
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

/** A lone lower-case word that is an adjective by its ending (and not a known noun) or an -ed participle. */
export function isAdjectiveOrParticiple(word: string): boolean {
	if (ADJECTIVE_ENDING.test(word) && !ADJECTIVE_NOUNS.has(word)) return true;
	return word.endsWith("ed") && !word.endsWith("eed");
}

/** Plain adjectives with no telling ending. */
const PLAIN_ADJECTIVES = new Set(["fast", "young", "old", "wide", "large", "small", "high", "low", "long", "short", "deep", "rich", "poor", "hot", "cold", "dark", "heavy", "light", "exact", "complex", "simple", "free", "open", "mutual", "apparent", "recurrent", "consistent", "independent", "dependent", "coherent", "intelligent", "efficient", "sufficient", "frequent", "present", "transverse", "half", "non", "contemporary", "prompt", "even", "odd", "single", "double", "multiple", "recent", "larger", "smaller", "higher", "lower", "greater", "rare", "nearby", "common", "related", "due", "unknown", "well", "linear", "nonlinear", "benign", "lay", "valid", "clear", "incomplete", "uniform", "fuzzy", "lossy", "robust", "accurate", "early", "late", "forward", "happy", "healthy", "wealthy", "wise"]);

/** Hyphenated adjectives by their last part: `task-agnostic`, `even-dimensional`, `single-lined`, `data-driven`. */
const HYPHEN_ADJECTIVE = /-(?:\p{L}*(?:al|ic|ive|ous|ful|less|able|ible|ant|ent|ary)|agnostic|like|free|based|wise|driven|lined|aware|specific|level|scale|order|shot|loop|spin|wave|art)$/u;

/**
 * A word that describes rather than names, for the single-word and vague-phrase checks of
 * `acceptable`: an adjective by its ending or a known plain one, a hyphenated adjective, an -ing or
 * -ed participle ("fascinating", "increased"), or a comparative (`larger`).
 */
export function isAdjectiveLike(lower: string): boolean {
	if (lower === "" || isNamedForm(lower)) return false;
	if (PLAIN_ADJECTIVES.has(lower) || HYPHEN_ADJECTIVE.test(lower) || lower.startsWith("non-")) return true;
	if (lower.includes("-")) return false;
	if (ADJECTIVE_ENDING.test(lower) && !ADJECTIVE_NOUNS.has(lower)) return true;
	if (lower.endsWith("ing") && lower.length > 5 && !NOUN_GERUNDS.has(lower)) return true;
	return lower.endsWith("ed") && lower.length > 4 && !lower.endsWith("eed") && !ED_NOUNS.has(lower);
}

/** Words that start a noun phrase: the word just before one is not the end of a phrase but a verb ("plays an", "possess the"). */
const PHRASE_STARTERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "each", "every", "them", "it", "us"]);

/** -ly words that are modifiers or adverbs ("an early stage", "daily use", "form early"), never the end of a phrase. */
const LY_MODIFIERS = new Set(["early", "daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "friendly", "holy", "ugly", "silly", "oily", "hilly", "curly"]);

/** Words that are adverbs after a noun ("a crystal for analysis *downstream*"), adjectives only before one. */
const TRAILING_ADVERBS = new Set(["downstream", "upstream", "overall", "ahead", "apart", "aside", "away", "alike", "abroad", "afterward", "afterwards"]);

function isAdverbLike(lower: string): boolean {
	return (lower.endsWith("ly") && lower.length > 4 && !LY_NOUNS.has(lower)) || LY_MODIFIERS.has(lower);
}

/** A plural-looking word: -s, but not -ss, -us, -is or -ics (class, corpus, basis, physics). */
export function looksPlural(lower: string): boolean {
	return lower.length > 3 && lower.endsWith("s") && !/(?:ss|us|is|ics)$/.test(lower);
}

/**
 * A word that cannot end a noun phrase, so it is cut off the end of a run (English noun phrases end
 * in their head noun): a word right before a determiner or object pronoun (a verb: "discontinuity
 * *plays* an important role"), an adjective by its ending ("modal language *capable*"), an -ly
 * modifier ("*early*"), or a word between a plural noun and an adverb or preposition ("halos *form*
 * early", "halos *merge* with").
 */
export function cannotEndPhrase(token: Token): boolean {
	if (isNamedForm(token.text)) return false;
	const lower = token.lower;
	if (PHRASE_STARTERS.has(token.next)) return true;
	const last = lower.split("-").pop() ?? lower;
	if (ADJECTIVE_ENDING.test(last) && !ADJECTIVE_NOUNS.has(last)) return true;
	if (LY_MODIFIERS.has(lower) || TRAILING_ADVERBS.has(lower)) return true;
	// An adjective before "or"/"and" shares the noun of the next conjunct ("complex *recurrent* or convolutional networks").
	if (PLAIN_ADJECTIVES.has(lower) && (token.next === "or" || token.next === "and")) return true;
	// A past participle after its noun, with its agent or addressee: "the upper limit *set* by", "correspondence *sent* to".
	if (IRREGULAR_PARTICIPLES.has(lower) && (token.next === "by" || token.next === "to")) return true;
	// A hyphenated prepositional phrase after the noun: "electronic transport *far-from-equilibrium*".
	if (/-(?:from|of|to|in|on|at|by)-/.test(lower)) return true;
	// A postpositive adjective: "gluon radiation *valid* at".
	if (PLAIN_ADJECTIVES.has(lower) && PREPOSITIONS.has(token.next)) return true;
	// A comparative: "one order *larger* than".
	if (token.next === "than" && (PLAIN_ADJECTIVES.has(lower) || ADJECTIVE_ENDING.test(lower))) return true;
	// An -s word right before a number is a verb ("the accelerator lattice *traps* 90%").
	if (looksPlural(lower) && isContentWord(token.prev) && /^\p{N}/u.test(token.next)) return true;
	// …or "to" ("both proofs *lead* to").
	return looksPlural(token.prev) && (isAdverbLike(token.next) || PREPOSITIONS.has(token.next) || (token.next === "to" && !looksPlural(lower)));
}

/** Irregular past participles that are not -ed words. */
const IRREGULAR_PARTICIPLES = new Set(["set", "sent", "put", "built", "kept", "left", "lost", "paid", "told", "sold", "won", "met", "taught", "caught", "bought", "brought", "spent", "lent", "laid", "fed", "thought", "written", "taken", "driven", "drawn", "grown", "thrown", "worn", "torn", "bound", "ground", "wound"]);

const PREPOSITIONS = new Set(["with", "into", "in", "on", "at", "from", "over", "through", "across", "by"]);

/** An -ing word right after a plural noun is a verb ("students *beginning* research"), unless it is a noun gerund ("processing"). */
function isIngAfterPlural(token: Token): boolean {
	const lower = token.lower;
	return lower.endsWith("ing") && lower.length > 5 && !NOUN_GERUNDS.has(lower) && looksPlural(token.prev) && !isNamedForm(token.text);
}
