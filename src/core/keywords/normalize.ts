/**
 * Keyword names: the matching key behind "one note per concept", the index of existing keyword
 * notes, and the display form (title case, safe characters) of a new keyword.
 */

import { singularize } from "./inflect";

export { singularize };

/* ------------------------------------------------------------------ matching key */

/**
 * The matching key of a keyword name: NFKC, lower case, apostrophes dropped, hyphens, underscores
 * and dashes → spaces, whitespace collapsed, every word singularised (`singularize`, from the pluralize library).
 * `LLMs` → `llm`, `Large Language Models` → `large language model`, `Multi-Agent collaboration` →
 * `multi agent collaboration`.
 */
export function keywordKey(name: string): string {
	let key = keyCache.get(name);
	if (key === undefined) {
		key = computeKeywordKey(name);
		// Bounded: a snapshot asks for the same few thousand names several times (the index, the
		// categories), a long-lived plugin for ever new ones.
		if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
		keyCache.set(name, key);
	}
	return key;
}

const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

function computeKeywordKey(name: string): string {
	return name
		.normalize("NFKC")
		.toLowerCase()
		.replace(/['\u2019\u02bc]/g, "")
		.replace(/[-_\u2010-\u2015\u2212]/g, " ")
		.split(/\s+/)
		.filter((w) => w !== "")
		.map(singularize)
		.join(" ");
}

/* ------------------------------------------------------------------ index of existing notes */

/** Initials of a multi-word key, with and without its small words ("map of dynamic" → "mod", "md"); none for one word. */
function initials(key: string): string[] {
	const words = key.split(" ").filter((w) => w !== "");
	if (words.length < 2) return [];
	const all = words.map((w) => w.charAt(0)).join("");
	const content = words.filter((w) => !SMALL_WORDS.has(w)).map((w) => w.charAt(0)).join("");
	return all === content ? [all] : [all, content];
}

/** The key of an acronym (`LLMs` → `llm`, `VQ-VAE` → `vqvae`), or "" when `form` is not one. */
function acronymKey(form: string): string {
	return isAcronym(form.trim()) ? keywordKey(form).replace(/ /g, "") : "";
}

/**
 * Existing keyword notes by matching key, so an import links to the note that already holds a
 * concept instead of making a second one.
 *
 * `find` looks, in this order: the name against existing names, the name against existing aliases,
 * then each alias against existing names, then each alias against existing aliases; then acronym ↔
 * expansion: an acronym (the name or an alias, `LLMs`) against the initials of existing multi-word
 * names and aliases (`Large Language Models`), and the initials of a multi-word name against
 * existing acronym names and aliases. The first note added for a key wins (later clashes are
 * ignored), so the answer never depends on more than the order notes were added in.
 */
export class KeywordIndex {
	private readonly byName = new Map<string, string>();
	private readonly byAlias = new Map<string, string>();
	private readonly byInitials = new Map<string, string>();
	private readonly byAcronym = new Map<string, string>();

	add(path: string, name: string, aliases: readonly string[]): void {
		const nameKey = keywordKey(name);
		if (nameKey !== "" && !this.byName.has(nameKey)) this.byName.set(nameKey, path);
		const forms: [string, string][] = [[name, nameKey]];
		for (const alias of aliases) {
			const key = keywordKey(alias);
			forms.push([alias, key]);
			if (key !== "" && !this.byAlias.has(key)) this.byAlias.set(key, path);
		}
		for (const [form, key] of forms) {
			for (const i of initials(key)) if (!this.byInitials.has(i)) this.byInitials.set(i, path);
			const acronym = acronymKey(form);
			if (acronym !== "" && !this.byAcronym.has(acronym)) this.byAcronym.set(acronym, path);
		}
	}

	find(name: string, aliases: readonly string[] = []): string | undefined {
		const nameKey = keywordKey(name);
		const aliasKeys = aliases.map(keywordKey).filter((k) => k !== "");
		const acronyms = [name, ...aliases].map(acronymKey).filter((k) => k.length >= 2);
		const lookups: [Map<string, string>, string[]][] = [
			[this.byName, [nameKey]],
			[this.byAlias, [nameKey]],
			[this.byName, aliasKeys],
			[this.byAlias, aliasKeys],
			[this.byInitials, acronyms],
			[this.byAcronym, initials(nameKey)],
		];
		for (const [map, keys] of lookups) {
			for (const key of keys) {
				const path = key === "" ? undefined : map.get(key);
				if (path !== undefined) return path;
			}
		}
		return undefined;
	}

	get size(): number {
		return new Set([...this.byName.values(), ...this.byAlias.values()]).size;
	}
}

/* ------------------------------------------------------------------ display form */

/** Words kept lower case inside a title-cased name. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
	"a an and as at but by for from in into nor of on or over per the to under via vs with".split(" "),
);

/** Longest keyword name, in characters. */
export const MAX_KEYWORD_LENGTH = 60;

/**
 * A word written in a form that must be kept as is: a digit next to letters (`GPT-4o`, `ResNet-50`),
 * or a capital after the first letter of a hyphen part (`LLaVA`, `ResNet`, `LLMs`, `VQ-VAE`).
 * `3D`, `Multi-Agent` and `Retrieval-Augmented` are not.
 */
export function isNamedForm(word: string): boolean {
	if (/^\d+[dD]$/.test(word)) return false;
	return word.split("-").some((part) => (/\p{N}/u.test(part) && /\p{L}/u.test(word)) || /^.+\p{Lu}/u.test(part));
}

/** An acronym: one word of at most 12 characters, starting with a letter, with at least two capitals (`LLMs`, `VQ-VAE`, `MoDs`, `mMAS`). */
export function isAcronym(word: string): boolean {
	return word.length <= 12 && /^\p{L}/u.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\s/.test(word);
}

function capitalize(word: string): string {
	const first = word.charAt(0);
	return first.toUpperCase() + word.slice(1);
}

/**
 * Title case that keeps named forms as written: first word and content words capitalised, small
 * words lower case inside, `LLaVA`/`GPT-4o` untouched, hyphen parts after the first kept as written
 * (`Multi-agent`, `Retrieval-Augmented`).
 */
export function titleCase(words: readonly string[]): string {
	return words
		.map((word, i) => {
			const lower = word.toLowerCase();
			if (i > 0 && SMALL_WORDS.has(lower)) return lower;
			return isNamedForm(word) ? word : capitalize(word);
		})
		.join(" ");
}

/**
 * A keyword name safe as a note name and inside a wikilink: NFKC, only letters (any script),
 * combining marks, digits, spaces, hyphens, dots, plus signs and apostrophes; no leading or
 * trailing dot, hyphen or apostrophe; at most `MAX_KEYWORD_LENGTH` characters (cut at a space).
 * Returns "" when nothing usable is left.
 */
export function safeKeywordName(raw: string): string {
	let name = raw
		.normalize("NFKC")
		.replace(/[\u2019\u02bc]/g, "'")
		.replace(/[^\p{L}\p{M}\p{N} .+'-]/gu, " ")
		.replace(/\s+/g, " ")
		.replace(/\.{2,}/g, ".")
		.trim();
	name = trimEdges(name);
	const chars = Array.from(name);
	if (chars.length > MAX_KEYWORD_LENGTH) {
		const cut = chars.slice(0, MAX_KEYWORD_LENGTH).join("");
		const lastSpace = cut.lastIndexOf(" ");
		name = trimEdges(lastSpace > 0 ? cut.slice(0, lastSpace) : cut);
	}
	return name;
}

function trimEdges(name: string): string {
	return name.replace(/^[\s.'+-]+/u, "").replace(/[\s.'-]+$/u, "");
}
