import type { Paper } from "../model";
import { closestName } from "../template/suggest";
import { asciiFold } from "./ascii";
import { familyName } from "./authors";
import { paperYear } from "../paper-year";

/**
 * Citation keys from a template such as `{{firstAuthorLastName}}{{year}}{{firstTitleWord}}`
 * (-> `Aljohani2025Comprehensive`). Values are folded to ASCII (`Müller` -> `Muller`, `Łukasz` ->
 * `Lukasz`); `{{name|lower}}` and `{{name|upper}}` change their case. A key already taken gets a
 * suffix a, b, …, z, aa, … as Better BibTeX does.
 */

export const DEFAULT_CITE_KEY_TEMPLATE = "{{firstAuthorLastName}}{{year}}{{firstTitleWord}}";

export const CITE_KEY_VARIABLES: readonly { name: string; description: string }[] = [
	{ name: "firstAuthorLastName", description: "Family name of the first author, in ASCII (Müller -> Muller)" },
	{ name: "year", description: "Year of the first version" },
	{ name: "firstTitleWord", description: "First word of the title that is not a small word (a, the, on, …)" },
	{ name: "id", description: "arXiv ID, e.g. 2502.15871 or hep-ex/0307015" },
];

/** The citation key template cannot be used; the message says how to fix it. */
export class CiteKeyTemplateError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "CiteKeyTemplateError";
	}
}

/** Small words a key never starts its title part with (English, and articles of titles in other languages). */
const SKIP_WORDS: ReadonlySet<string> = new Set(
	`a an the on of in for to and or but nor with without within at by from into onto is are as via toward towards about
	above across after against along among around before behind below beneath beside between beyond during except inside
	like near off over past per since than through under until up upon versus vs while de del della der des die das du
	el la le les los las un una une ein eine zu zum`.split(/\s+/),
);

// Each character has one place to go (the spaces are trimmed after): with `\s*` beside lazy groups, "{{" and
// 2,000 spaces took 2.6 s.
const TAG = /\{\{([^{}|]*)(?:\|([^{}]*))?\}\}/g;

/** Characters a key keeps: what BibTeX, biber and Pandoc all accept in a key. */
const keyChars = (text: string): string => asciiFold(text).replace(/[^A-Za-z0-9_\-:./]/g, "");

function firstTitleWord(title: string): string {
	const words = asciiFold(title.replace(/\$[^$]*\$/g, " ").replace(/\\[A-Za-z]+/g, " "))
		.split(/[^A-Za-z0-9]+/)
		.filter((w) => w !== "");
	return words.find((w) => !SKIP_WORDS.has(w.toLowerCase())) ?? words[0] ?? "";
}

function values(paper: Paper): Record<string, string> {
	return {
		firstAuthorLastName: asciiFold(familyName(paper.authors[0] ?? "")).replace(/[^A-Za-z0-9]/g, ""),
		year: paperYear(paper),
		firstTitleWord: firstTitleWord(paper.title),
		id: paper.id,
	};
}

/** What is wrong with a citation key template, or undefined when it can be used (for the settings). */
export function citeKeyTemplateProblem(template: string): string | undefined {
	const names = CITE_KEY_VARIABLES.map((v) => v.name);
	for (const m of template.matchAll(TAG)) {
		const [tag] = m;
		const name = (m[1] ?? "").trim();
		const modifier = m[2]?.trim();
		if (!names.includes(name)) {
			const suggestion = closestName(name, names);
			return suggestion === undefined
				? `unknown variable ${tag} in the citation key template: use ${names.map((n) => `{{${n}}}`).join(", ")}`
				: `unknown variable ${tag} in the citation key template: did you mean {{${suggestion}}}?`;
		}
		if (modifier !== undefined && modifier !== "lower" && modifier !== "upper") {
			return `unknown modifier |${modifier} in ${tag}: use |lower or |upper`;
		}
	}
	const rest = template.replace(TAG, "");
	if (rest.includes("{{") || rest.includes("}}")) return `the citation key template has unmatched braces: write variables as {{year}}`;
	if (keyChars(template.replace(TAG, "x")) === "") return `the citation key template gives an empty key: add a variable such as {{firstAuthorLastName}}`;
	return undefined;
}

/** `0 -> a`, `25 -> z`, `26 -> aa`. */
function suffix(n: number): string {
	let s = "";
	for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
	return s;
}

/**
 * The key for a paper, unique among `taken` (compared without case, as BibTeX warns about keys that
 * differ only in case). Pass the keys of the other papers in the vault, not this paper's own key.
 * Throws CiteKeyTemplateError when the template cannot be used; a template that gives nothing for
 * this paper (e.g. no Latin letters in the name) falls back to `arXiv:<id>`.
 */
export function citeKey(paper: Paper, template: string, taken: ReadonlySet<string>): string {
	const problem = citeKeyTemplateProblem(template);
	if (problem !== undefined) throw new CiteKeyTemplateError(problem);
	const known = values(paper);
	const filled = template.replace(TAG, (_tag, rawName: string, rawModifier?: string) => {
		const name = rawName.trim();
		const modifier = rawModifier?.trim();
		const value = known[name] ?? "";
		return modifier === "lower" ? value.toLowerCase() : modifier === "upper" ? value.toUpperCase() : value;
	});
	const base = keyChars(filled) || keyChars(`arXiv:${paper.id}`);
	const used = new Set([...taken].map((k) => k.toLowerCase()));
	if (!used.has(base.toLowerCase())) return base;
	for (let n = 0; ; n++) {
		const key = base + suffix(n);
		if (!used.has(key.toLowerCase())) return key;
	}
}
