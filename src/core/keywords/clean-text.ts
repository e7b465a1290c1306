/**
 * Step 1 of the extractor: plain prose out of an arXiv title or abstract. Drops HTML tags (text
 * that surely is HTML, see html-text.ts: no `href` or `span class` keywords), the RSS
 * "arXiv:… Announce Type: … Abstract:" prefix, LaTeX math, URLs and e-mail addresses, LaTeX
 * references and commands; what was removed becomes a comma so no phrase runs across it.
 */
import { htmlToText } from "../arxiv/html-text";

const RSS_PREFIX = /^\s*arXiv:\S+\s+Announce Type:\s*\S+\s*Abstract:\s*/i;
const MATH = /\$\$[\s\S]*?\$\$|\$[^$\n]{1,300}\$|\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|edu|gov|dev|info|html?)\b\S*|\S+@\S+\.\w+/gi;
const LATEX_REF = /\\(?:cite[tp]?|ref|eqref|label|url|href|footnote)\{[^}]*\}/g;
const LATEX_COMMAND = /\\[a-zA-Z]+\*?/g;

export function cleanText(text: string): string {
	return htmlToText(text)
		.normalize("NFKC")
		.replace(RSS_PREFIX, "")
		.replace(MATH, " , ")
		.replace(URL, " , ")
		.replace(LATEX_REF, " , ")
		.replace(LATEX_COMMAND, " ")
		.replace(/[{}]/g, "");
}
