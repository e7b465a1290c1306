/**
 * Text made safe for a BibTeX field: LaTeX's special characters become the commands that print
 * them; every other character (accents, Greek, CJK) stays UTF-8, which biber and modern LaTeX read.
 */

const SPECIALS: Readonly<Record<string, string>> = {
	"\\": "\\textbackslash{}",
	"{": "\\{",
	"}": "\\}",
	"&": "\\&",
	"%": "\\%",
	$: "\\$",
	"#": "\\#",
	_: "\\_",
	"~": "\\textasciitilde{}",
	"^": "\\textasciicircum{}",
};

const escapeSpecials = (text: string): string => text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIALS[c] ?? c);

/** `50% & $5_x` -> `50\% \& \$5\_x`. Whitespace runs (new lines included) become one space. */
export function escapeLatex(text: string): string {
	return escapeSpecials(text.replace(/\s+/g, " ").trim());
}

/**
 * Inline math `$…$` that LaTeX can read as written. Delimiters as Pandoc reads them (no space just
 * inside either `$`, so `$5 and $6` is not math); braces balanced; no unescaped `%`, `#` or `&`.
 */
function isSafeMath(span: string): boolean {
	if (span.length < 3 || /^\$\s/.test(span) || /\s\$$/.test(span)) return false;
	let depth = 0;
	for (let i = 1; i < span.length - 1; i++) {
		const c = span[i];
		if (c === "\\") {
			i++;
			continue;
		}
		if (c === "{") depth++;
		else if (c === "}" && --depth < 0) return false;
		else if (c === "%" || c === "#" || c === "&") return false;
	}
	return depth === 0;
}

/** A word with a capital after its first letter (`LLaVA`, `GPT-4o`, `3D`, `McDonald`): a style must not lower-case it. */
function keepsCase(word: string): boolean {
	return word.split(/[-/]/).some((part) => /\p{Lu}/u.test(part.slice(1)));
}

/** A token's leading and trailing marks and the word between (by a loop: a pattern with a lazy middle was quadratic on "a....a"). */
function splitWordEnds(token: string): [string, string, string] {
	const chars = Array.from(token);
	const isWord = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
	let start = 0;
	while (start < chars.length && !isWord(chars[start] ?? "")) start++;
	let end = chars.length;
	while (end > start && !isWord(chars[end - 1] ?? "")) end--;
	return [chars.slice(0, start).join(""), chars.slice(start, end).join(""), chars.slice(end).join("")];
}

function protectWords(text: string): string {
	return text
		.split(/(\s+)/)
		.map((token) => {
			const [lead, core, trail] = splitWordEnds(token);
			if (core === "" || !keepsCase(core)) return escapeSpecials(token);
			return `${escapeSpecials(lead)}{${escapeSpecials(core)}}${escapeSpecials(trail)}`;
		})
		.join("");
}

/**
 * A title for BibTeX: specials escaped, capitals of acronyms and names protected with braces
 * (`{LLaVA}`, `{GPT-4o}`) so sentence-case styles keep them, and inline math that arXiv titles carry
 * in TeX (`$\alpha$`) kept as written when LaTeX can read it.
 */
export function latexTitle(title: string): string {
	const text = title.replace(/\s+/g, " ").trim();
	const out: string[] = [];
	let pos = 0;
	// Pair each `$` with the next one; a pair that is not math leaves its first `$` as a character.
	for (let open = text.indexOf("$"); open !== -1; ) {
		const close = text.indexOf("$", open + 1);
		if (close === -1) break;
		const span = text.slice(open, close + 1);
		if (!isSafeMath(span)) {
			open = close;
			continue;
		}
		out.push(protectWords(text.slice(pos, open)), span);
		pos = close + 1;
		open = text.indexOf("$", pos);
	}
	out.push(protectWords(text.slice(pos)));
	return out.join("");
}
