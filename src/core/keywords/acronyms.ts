/**
 * Step 3 of the extractor: acronyms. "large language models (LLMs)" and "VQ-VAE (Vector Quantized …)"
 * are found with the Schwartz–Hearst rule (the acronym's letters, in order, inside the long form,
 * the first one at a word start). The long form becomes one candidate with the acronym as alias,
 * and every later bare `LLMs`/`LLM`/`LLM-based` counts as a mention of that candidate.
 */
import { isAcronym, keywordKey, SMALL_WORDS } from "./normalize";
import { isStopword } from "./stopwords";
import type { Token } from "./tokenize";

export interface AcronymDefinition {
	/** Key of the long form: the concept the acronym stands for. */
	conceptKey: string;
}

/** Token spans that are a long form, and acronym tokens that belong to a definition. */
export interface AcronymScan {
	byAcronymKey: Map<string, AcronymDefinition>;
	/** start index → end index (exclusive) of a long form, and the acronym as written there. */
	spans: Map<number, { end: number; definition: AcronymDefinition; acronym: string }>;
	/** Indices of the acronym tokens that belong to a definition (counted with their long form). */
	defining: Set<number>;
}

/** Suffixes that keep an acronym a mention of its concept: `LLM-based`, `RAG-enhanced`. */
const ACRONYM_SUFFIXES = new Set(["based", "driven", "powered", "enabled", "guided", "assisted", "generated", "like", "style", "aware", "centric", "specific", "induced", "dependent", "free", "type", "level"]);

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
export function unhighlight(word: string): string {
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

export function scanAcronyms(tokens: readonly Token[]): AcronymScan {
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
export function mentionOf(token: Token, scan: AcronymScan): AcronymDefinition | undefined {
	if (!token.word || scan.byAcronymKey.size === 0) return undefined;
	const stem = withoutSuffix(token).text;
	return isAcronym(stem) ? scan.byAcronymKey.get(keywordKey(stem)) : undefined;
}

/** `GPT-4o-based` → `GPT-4o` (same token otherwise). */
export function withoutSuffix(token: Token): Token {
	const cut = token.text.lastIndexOf("-");
	if (cut <= 0 || !ACRONYM_SUFFIXES.has(token.lower.slice(cut + 1))) return token;
	const text = token.text.slice(0, cut);
	return { ...token, text, lower: text.toLowerCase() };
}
