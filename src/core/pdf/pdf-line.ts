import { managedBlockEnd } from "../notes/managed-block";
import { withoutTrailingNewlines } from "../text-ends";

/** The line that shows a downloaded PDF in its paper note, found again by its label. */
export const PDF_LINE_LABEL = "**PDF file**:";

const LINE_RE = /^\*\*PDF file\*\*:[^\n]*$/m;

/** The note with its PDF line set (replaced in place, or added right after the managed section, else at the end). */
export function upsertPdfLine(note: string, link: string): string {
	const line = `${PDF_LINE_LABEL} ${link}`;
	if (LINE_RE.test(note)) return note.replace(LINE_RE, line);
	const at = managedBlockEnd(note);
	if (at !== undefined) return `${note.slice(0, at)}\n\n${line}${note.slice(at)}`;
	return `${withoutTrailingNewlines(note)}\n\n${line}\n`;
}
