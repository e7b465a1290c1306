/**
 * Untrusted text (titles, abstracts, author names, model output) becomes Markdown that renders as
 * the text itself: no links, embeds, tags, HTML, math, highlights or comments can come out of it.
 */

// CommonMark lets any ASCII punctuation be backslash-escaped. These are the characters that start
// Markdown or Obsidian syntax: emphasis, code, links/embeds, HTML, math, tags, tables, strikethrough,
// highlights, comments and block references.
const INLINE_SPECIALS = /[\\`*_[\]<>$#|~=%^{}]/g;

/** Collapses all white space (new lines included) to single spaces. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** One line of plain text, safe anywhere inline in a note. */
export function escapeInline(text: string): string {
	let out = collapseWhitespace(text).replace(INLINE_SPECIALS, (c) => `\\${c}`);
	// Bare URLs and www. names are auto-linked by Obsidian: break the pattern without changing the text.
	out = out.replace(/:\/\//g, ":\\/\\/").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
	return escapeLineStart(out);
}

/**
 * A line of already escaped text that cannot start a block: what a line may begin with to become a
 * list, quote, heading, thematic break, setext underline, code block, table or HTML block is either
 * escaped everywhere (`#`, `>`, `*`, `_`, `=`, `` ` ``, `~`, `|`, `<`, `[`, `$`, `%`) or here: a `-`
 * before a space, another `-` or the end (a list, `---`, a `--` underline), a `+` list marker, an
 * ordered list's `1.` / `1)`, and leading spaces or tabs (indented code).
 */
export function escapeLineStart(line: string): string {
	return line
		.replace(/^[ \t]+/, "")
		.replace(/^-(?=[-\s]|$)/, "\\-")
		.replace(/^\+(?=\s|$)/, "\\+")
		.replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** A title as the alias of a link Obsidian makes (generateMarkdownLink): without the characters that end or split a link. */
export function linkAlias(title: string): string {
	return title.replace(/[[\]|#^]/g, "");
}

/** Text for the visible part of a link: nothing that can close or split the link. */
export function safeLinkDisplay(text: string): string {
	return collapseWhitespace(text)
		.replace(/\[/g, "(")
		.replace(/\]/g, ")")
		.replace(/\|/g, "-")
		.replace(/[#^]/g, "")
		.replace(/</g, "‹")
		.replace(/>/g, "›")
		.trim();
}
