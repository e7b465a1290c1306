/**
 * Step 2 of the extractor: tokens. Words keep inner hyphens, apostrophes and decimal points
 * (`multi-agent`, `GPT-4o`, `GPT-3.5`, `C++`); every other non-space character is a punctuation token.
 */

export interface Token {
	/** As written (typographic hyphens and apostrophes made plain). */
	text: string;
	lower: string;
	/** A word (has a letter or digit), not punctuation. */
	word: boolean;
	/** From the title. */
	title: boolean;
	/** First word of a sentence (its capital may be only grammar). */
	sentenceStart: boolean;
	/** Index among the abstract's words (0 for title words). */
	pos: number;
	/** The previous token, lower case ("" at the start). */
	prev: string;
	/** The previous token as written, so "WHO" and "IT" are not the pronouns. */
	prevText?: string;
	/** The token before `prev`, lower case ("" or absent at the start). */
	prev2?: string;
	/** A title word of a title in Title Case, where a capital says nothing. */
	titleCase?: boolean;
	/** The next token, lower case ("" at the end). */
	next: string;
	/** The token after `next`, lower case ("" or absent at the end). */
	next2?: string;
}

// No lookbehind (Obsidian on iOS before 16.4 has none): a dot followed by digits stays inside a word (`GPT-3.5`).
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+|[-\u2010\u2011][\p{L}\p{M}\p{N}]+|\.\p{N}+)*\+*`;
const TOKEN = new RegExp(`${WORD}|[^\\s\\p{L}\\p{M}\\p{N}]`, "gu");

export function tokenize(text: string, title: boolean): Token[] {
	const tokens: Token[] = [];
	let sentenceStart = true;
	let pos = 0;
	let prev = "";
	let prev2 = "";
	let prevText = "";
	for (const match of text.matchAll(TOKEN)) {
		const raw = match[0];
		const word = /[\p{L}\p{N}]/u.test(raw);
		const textForm = raw.replace(/[\u2010\u2011]/g, "-").replace(/\u2019/g, "'");
		const lower = textForm.toLowerCase();
		const last = tokens[tokens.length - 1];
		if (last !== undefined) last.next = lower;
		const beforeLast = tokens[tokens.length - 2];
		if (beforeLast !== undefined) beforeLast.next2 = lower;
		tokens.push({ text: textForm, lower, word, title, sentenceStart: word && sentenceStart, pos: title ? 0 : pos, prev, prev2, prevText, next: "" });
		prev2 = prev;
		prevText = textForm;
		prev = lower;
		if (word) {
			sentenceStart = false;
			if (!title) pos++;
		} else if (/[.!?]/.test(raw)) {
			sentenceStart = true;
		}
	}
	if (title) {
		// Title Case: most words of four letters or more after the first start with a capital.
		const long = tokens.filter((t) => t.word && !t.sentenceStart && Array.from(t.text).length >= 4);
		const capitals = long.filter((t) => /^\p{Lu}/u.test(t.text)).length;
		if (capitals * 2 > long.length) for (const t of tokens) t.titleCase = true;
	}
	return tokens;
}

/** A punctuation token that keeps phrases of the title and the abstract apart. */
export const SEPARATOR: Token = { text: "\n", lower: "\n", word: false, title: true, sentenceStart: false, pos: 0, prev: "", next: "" };
