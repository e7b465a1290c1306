/**
 * Notes written on Windows, or by other tools, can end their lines with CRLF. The plugin generates
 * text with LF; an edit of such a note runs on its LF form and is written back with CRLF, so the
 * note keeps one line ending and every line of the user's stays as it was, byte for byte. A note
 * that mixes the two is edited as it is: it has no one ending to keep.
 */
export function keepingLineEndings(text: string, edit: (text: string) => string): string {
	if (!text.includes("\r\n") || /(?:^|[^\r])\n/.test(text)) return edit(text);
	return edit(text.replace(/\r\n/g, "\n")).replace(/\r?\n/g, "\r\n");
}
