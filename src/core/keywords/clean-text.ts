/**
 * Step 1 of the extractor: plain prose out of an arXiv title or abstract. Drops HTML tags (text
 * that surely is HTML, see html-text.ts: no `href` or `span class` keywords), the RSS
 * "arXiv:… Announce Type: … Abstract:" prefix, LaTeX math (with any word hyphenated onto it:
 * "$p$-adic"), URLs and e-mail addresses, LaTeX references and commands, and turns LaTeX accents
 * into letters (`Gr\"obner` → Gröbner) and a LaTeX en dash between names into a hyphen; what was removed becomes a comma so no phrase runs across it.
 */
import { htmlToText } from "../arxiv/html-text";
import { decodeLatexAccents } from "../arxiv/latex-accents";

const RSS_PREFIX = /^\s*arXiv:\S+\s+Announce Type:\s*\S+\s*Abstract:\s*/i;
// Math, with a word hyphenated onto it ("$p$-adic", "$m$-state"): what is left of such a word is a fragment.
// Bounded like inline math ({1,300}): an opener with no closer is then passed over after 2,000 characters, not scanned to the end from each one.
const MATH = /(?:\$\$[\s\S]{0,2000}?\$\$|\$[^$\n]{1,300}\$|\\\([\s\S]{0,2000}?\\\)|\\\[[\s\S]{0,2000}?\\\])(?:-[\p{L}\p{N}]+)*/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|edu|gov|dev|info|html?)\b\S*|\S+@\S+\.\w+/gi;
const ARXIV_ID = /\barXiv:\s*[\w.-]+(?:\/\d+)?(?:v\d+)?/gi;
// Braces one level deep inside ("\footnote{see the \emph{lattice} paper}"); no "{" may start a second scan.
const LATEX_REF = /\\(?:cite[tp]?|ref|eqref|label|url|href|footnote)\{(?:[^{}]|\{[^{}]*\})*\}/g;
const LATEX_COMMAND = /\\[a-zA-Z]+\*?/g;

/**
 * Left where math with a word hyphenated onto it was ("the $(k,\ell)$-pebble game"): a punctuation token, so no phrase
 * runs across it, that also tells the candidate step the word after it is the rest of that compound (`game`), a fragment.
 */
export const AFTER_HYPHENATED_MATH = "\uE000";

/**
 * Sub- and superscripts as library databases write them (`c/sub i/`, `B/sub 1//sup m,l/`, `/sup eta 2/`): notation,
 * not words ("V/sub in/", "R/sub on/" too); not the prose of "pub/sub systems with/without brokers", "pub/sub via
 * MQTT", "pub/sub and/or polling": content that starts with a long word, "and", "or", "for", "via" or "with".
 */
const SCRIPT_MARKUP = /\/su[bp] (?![a-z]{4,} |(?:and|or|via|for|with)[\s/])[^/\n]{0,12}\//g;

/**
 * Function words that make no compound with a hyphen, so a hyphen that joins one to a word is a dash typed
 * without spaces ("not books-the new edition", "over time-not just"). Not "and", "or", "but", "which", "that" or
 * "we", which do ("and-or tree", "or-parallelism", "but-for causation", "which-path information", "that-clauses").
 */
export const DASH_WORDS: ReadonlySet<string> = new Set(["the", "an", "not", "nor", "this", "these", "those", "they", "is", "are", "was", "were"]);
/** …and these, which make compounds only in front ("and-or tree", "but-for causation"), never after a word ("systems-and"). */
const DASH_AFTER_WORDS: ReadonlySet<string> = new Set(["and", "but", "which", "that", "we"]);
const TWO_PART_WORD = /(^|[^\p{L}\p{M}\p{N}-])([\p{L}\p{M}\p{N}]+)-([\p{L}\p{M}\p{N}]+)(?![\p{L}\p{M}\p{N}-])/gu;

function dashesTypedAsHyphens(text: string): string {
	// Written in lower case, beside a word of two letters or more: "Ben-Or", "AND-OR graphs" and "is-a" stay.
	const dash = (part: string, other: string): boolean => DASH_WORDS.has(part) && Array.from(other).length > 1;
	return text.replace(TWO_PART_WORD, (all, before: string, a: string, b: string) =>
		dash(a, b) || dash(b, a) || (DASH_AFTER_WORDS.has(b) && Array.from(a).length > 2) ? `${before}${a} , ${b}` : all,
	);
}

/**
 * A run of 200 characters or more without a space is no prose (a long URL, a hash, a pasted table row):
 * dropped, so no later pattern works over it from every starting point (a 100 KB run of "a-a-a…" took
 * 19 s in the URL pattern). Before HTML is read, a run stops at tags and entities (a long `href` keeps its
 * link text, `&nbsp;` is a space); after, any run. A run with an odd number of `$` keeps one, so the math
 * around it still pairs ("$T(n)=…$ holds for sparse graphs" keeps its prose).
 */
const LONG_RUN_OUTSIDE_TAGS = /[^\s<>&]{200,}/g;
const LONG_RUN = /\S{200,}/g;
const dropRun = (run: string): string => ((run.match(/\$/g)?.length ?? 0) % 2 === 1 ? " , $ , " : " , ");

export function cleanText(text: string): string {
	return dashesTypedAsHyphens(decodeLatexAccents(htmlToText(text.replace(LONG_RUN_OUTSIDE_TAGS, dropRun)))
		.normalize("NFKC")
		// Again: removing tags can join words into a long run ("a-<i>a-<i>a…").
		.replace(LONG_RUN, dropRun)
		.replace(SCRIPT_MARKUP, " , ")
		.replace(RSS_PREFIX, "")
		.replace(ARXIV_ID, " , ")
		.replace(MATH, (math) => (/\$-[\p{L}\p{N}]|\)-[\p{L}\p{N}]|\]-[\p{L}\p{N}]/u.test(math) ? ` ${AFTER_HYPHENATED_MATH} ` : " , "))
		.replace(URL, " , ")
		.replace(LATEX_REF, " , ")
		.replace(LATEX_COMMAND, " ")
		.replace(/[{}]/g, "")
		// Words in capitals for emphasis ("A KINETIC CASCADE develops"), two of five letters or more in a row, are words, not acronyms.
		.replace(/\b\p{Lu}{5,}(?:\s+\p{Lu}+)*\s+\p{Lu}{5,}\b/gu, (caps) => caps.toLowerCase())
		// A prefix with a hanging hyphen ("pre- and post-training", "(loop-)space") is half a word.
		.replace(/[\p{L}\p{N}]+-(?=[\s)\],;]|$)/gu, " , ")
		// A LaTeX en dash between two names is one eponym ("Castell--Gaines methods", "Bose--Einstein").
		.replace(/(\p{L})--(\p{Lu})/gu, "$1-$2"));
}
