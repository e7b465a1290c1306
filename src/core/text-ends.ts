/**
 * Characters taken off the ends of a text by a loop. A pattern like `/[.\s]+$/` tries again from every
 * character of a long run that does not reach the end, so a hostile title or note of a few tens of KB
 * took seconds; these take one pass.
 */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
	let end = text.length;
	while (end > 0 && drop(text.charAt(end - 1))) end--;
	return text.slice(0, end);
}

export function trimStartWhere(text: string, drop: (char: string) => boolean): string {
	let start = 0;
	while (start < text.length && drop(text.charAt(start))) start++;
	return text.slice(start);
}

/** The note without the blank lines at its end (`/\n*$/`). */
export const withoutTrailingNewlines = (text: string): string => trimEndWhere(text, (c) => c === "\n");
