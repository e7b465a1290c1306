import { TemplateError } from "./template-error";

/**
 * Splits a template into text and `{{tags}}`, with their lines and columns. Section, inverted, closing
 * and comment tags that stand alone on a line take the whole line with them (Mustache's "standalone"
 * rule), so a template can put `{{#doi}}` on its own line without leaving a blank line in the note.
 */

/** `name` is a plain variable (`{{x}}`, `{{{x}}}`, `{{&x}}`). */
export type Sigil = "name" | "#" | "^" | "/" | "!";

export interface Tag {
	kind: "tag";
	sigil: Sigil;
	/** Trimmed name; empty for a comment. */
	name: string;
	/** The tag as written, for messages. */
	raw: string;
	line: number;
	column: number;
}

export interface Text {
	kind: "text";
	text: string;
}

export type Token = Tag | Text;

interface Found {
	tag: Tag;
	start: number;
	end: number;
}

const STANDALONE: ReadonlySet<Sigil> = new Set<Sigil>(["#", "^", "/", "!"]);

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

const shorten = (s: string): string => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

function readTag(text: string, start: number): Found {
	const { line, column } = position(text, start);
	const triple = text.startsWith("{{{", start);
	const closer = triple ? "}}}" : "}}";
	const bodyStart = start + (triple ? 3 : 2);
	const close = text.indexOf(closer, bodyStart);
	const body = close === -1 ? text.slice(bodyStart) : text.slice(bodyStart, close);
	const isComment = !triple && body.trimStart().startsWith("!");
	// A name never spans lines or holds another tag: then the closing braces are missing.
	const unclosed = close === -1 || (!isComment && (body.includes("{{") || body.includes("\n")));
	if (unclosed) {
		const opened = shorten(`{{${triple ? "{" : ""}${body.split(/\{\{|\n/)[0] ?? ""}`.trimEnd());
		throw new TemplateError(`tag ${opened} on line ${line} is never closed: add ${closer}`, line, column);
	}
	const end = close + closer.length;
	const raw = text.slice(start, end);
	const inner = body.trim();
	const first = inner.charAt(0);
	const found = (sigil: Sigil, name: string): Found => ({ tag: { kind: "tag", sigil, name, raw, line, column }, start, end });
	if (triple) return found("name", inner);
	if (first === ">")
		throw new TemplateError(`partials such as ${raw} (line ${line}) are not supported: paste the text in instead`, line, column);
	if (first === "=")
		throw new TemplateError(`changing delimiters with ${shorten(raw)} (line ${line}) is not supported: keep {{ and }}`, line, column);
	if (first === "#" || first === "^" || first === "/" || first === "!") {
		return found(first, first === "!" ? "" : inner.slice(1).trim());
	}
	return found("name", first === "&" ? inner.slice(1).trim() : inner);
}

/** The part of the source a tag removes: itself, or its whole line when it stands alone there. */
function cut(text: string, { tag, start, end }: Found): [number, number] {
	if (!STANDALONE.has(tag.sigil)) return [start, end];
	const lineStart = text.lastIndexOf("\n", start - 1) + 1;
	const newline = text.indexOf("\n", end);
	const lineEnd = newline === -1 ? text.length : newline;
	const alone = /^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]*\r?$/.test(text.slice(end, lineEnd));
	if (!alone) return [start, end];
	return [lineStart, newline === -1 ? text.length : newline + 1];
}

export function scan(text: string): Token[] {
	const tokens: Token[] = [];
	let pos = 0;
	for (let open = text.indexOf("{{"); open !== -1; open = text.indexOf("{{", pos)) {
		const found = readTag(text, open);
		const [from, to] = cut(text, found);
		if (from > pos) tokens.push({ kind: "text", text: text.slice(pos, from) });
		tokens.push(found.tag);
		pos = to;
	}
	if (pos < text.length) tokens.push({ kind: "text", text: text.slice(pos) });
	return tokens;
}
