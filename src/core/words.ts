/** Small wording helpers every message uses. */

/** `1 paper`, `3 papers`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The message of anything thrown. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `A. Smith, B. Jones, C. Lee et al.`: the first three authors, as lists of papers show them. */
export function firstAuthors(authors: readonly string[]): string {
	const shown = authors.slice(0, 3).join(", ");
	return authors.length > 3 ? `${shown} et al.` : shown;
}
