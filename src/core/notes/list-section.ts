/**
 * Keyword, category and daily notes hold a list of papers under one heading. Adding a paper is
 * idempotent: the line goes in once, keyed by its arXiv ID, and the rest of the note is untouched.
 */
import { escapeRegExp } from "../regexp";

/** The marker every list line carries; `arXiv:2502.15871` never matches `arXiv:2502.158712`. */
export function paperKey(id: string): string {
	return `arXiv:${id}`;
}

function hasKey(lines: string[], key: string): boolean {
	const re = new RegExp(`${escapeRegExp(key)}(?![\\w.])`);
	return lines.some((line) => re.test(line));
}

/**
 * The common case without splitting the note into lines (a daily or category note of thousands of
 * papers): the paper is not in the note at all, and its section is the note's last. Undefined when the
 * general path must decide.
 */
function appendToLastSection(text: string, heading: string, line: string, key: string): string | undefined {
	if (text.includes(key) || !text.endsWith("\n") || text.endsWith("\n\n")) return undefined;
	const headingLine = `## ${heading}`;
	// The first heading line (as the general path finds it), written exactly.
	const at = text.startsWith(`${headingLine}\n`) ? 0 : text.indexOf(`\n${headingLine}\n`) + 1;
	if (at === 0 && !text.startsWith(`${headingLine}\n`)) return undefined;
	if (text.slice(0, at).includes(headingLine)) return undefined; // an earlier heading line with trailing spaces
	const restStart = at + headingLine.length;
	if (hasHeadingAfter(text, restStart)) return undefined;
	return text.slice(restStart).trim() === "" ? `${text}\n${line}\n` : `${text}${line}\n`;
}

/**
 * Whether a level 1 or 2 heading line starts after `from` (what `/\n#{1,2}\s/` finds): a search for "\n#"
 * rather than the regular expression, which costs seconds over a listing of thousands of papers
 * appended to the same long notes.
 */
function hasHeadingAfter(text: string, from: number): boolean {
	for (let at = text.indexOf("\n#", from); at !== -1; at = text.indexOf("\n#", at + 1)) {
		const next = text.charAt(at + 2) === "#" ? at + 3 : at + 2;
		if (/\s/.test(text.charAt(next))) return true;
	}
	return false;
}

export function ensureListLine(text: string, heading: string, line: string, key: string): string {
	return appendToLastSection(text, heading, line, key) ?? ensureListLineByLines(text, heading, line, key);
}

/** The general case, line by line (also the reference the fast path is tested against). */
export function ensureListLineByLines(text: string, heading: string, line: string, key: string): string {
	const lines = text.split("\n");
	const headingLine = `## ${heading}`;
	const start = lines.findIndex((l) => l.trimEnd() === headingLine);
	if (start === -1) {
		const body = text.trimEnd();
		return `${body}${body === "" ? "" : "\n\n"}${headingLine}\n\n${line}\n`;
	}
	let end = lines.length;
	for (let i = start + 1; i < lines.length; i++) {
		if (/^#{1,2}\s/.test(lines[i] ?? "")) {
			end = i;
			break;
		}
	}
	const section = lines.slice(start + 1, end);
	if (hasKey(section, key)) return text;
	let insertAt = start + 1;
	for (let i = end - 1; i > start; i--) {
		if ((lines[i] ?? "").trim() !== "") {
			insertAt = i + 1;
			break;
		}
	}
	if (insertAt === start + 1) {
		lines.splice(insertAt, 0, "", line);
	} else {
		lines.splice(insertAt, 0, line);
	}
	return lines.join("\n");
}
