/**
 * A note's text as other tools write it: a byte order mark before the first line (Windows Notepad,
 * PowerShell), CRLF line endings (Windows editors). The plugin reads and generates plain LF text; an
 * edit of a note runs on that form and is written back in the note's own: the mark put back, CRLF
 * restored. So the note keeps its form and every line of the user's stays as it was, byte for byte.
 * A note that mixes CRLF with bare LF or CR is edited as it is: it has no one ending to keep.
 */
const BOM = "\uFEFF";

export function keepingTextForm(text: string, edit: (text: string) => string): string {
	if (text.startsWith(BOM)) return BOM + keepingTextForm(text.slice(1), edit);
	// Any LF without CR, or CR without LF (a CR before a CRLF, left by converting twice): mixed.
	if (!text.includes("\r\n") || /(?:^|[^\r])\n|\r(?!\n)/.test(text)) return edit(text);
	return edit(text.replace(/\r\n/g, "\n")).replace(/\r?\n/g, "\r\n");
}

/** The text without a byte order mark, for reading what it says (the mark is no part of the first line). */
export function withoutBom(text: string): string {
	return text.startsWith(BOM) ? text.slice(1) : text;
}
