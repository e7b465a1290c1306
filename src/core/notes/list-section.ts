/**
 * Keyword, category and daily notes hold a list of papers under one heading. Adding a paper is
 * idempotent: the line goes in once, keyed by its arXiv ID, and the rest of the note is untouched.
 */

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The marker every list line carries; `arXiv:2502.15871` never matches `arXiv:2502.158712`. */
export function paperKey(id: string): string {
	return `arXiv:${id}`;
}

function hasKey(lines: string[], key: string): boolean {
	const re = new RegExp(`${escapeRegExp(key)}(?![\\w.])`);
	return lines.some((line) => re.test(line));
}

export function ensureListLine(text: string, heading: string, line: string, key: string): string {
	const lines = text.split("\n");
	const headingLine = `## ${heading}`;
	const start = lines.findIndex((l) => l.trimEnd() === headingLine);
	if (start === -1) {
		const body = text.replace(/\s+$/, "");
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
