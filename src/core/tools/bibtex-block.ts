import { managedBlockEnd } from "../notes/managed-block";
import { withoutTrailingNewlines } from "../text-ends";

/**
 * The ```bibtex block kept in a paper note, right after the managed section. It is found by its
 * fence and the `% arxiv-atlas` line inside, so a re-import or a second copy replaces it and never
 * adds another.
 */

export const BIBTEX_MARK = "% arxiv-atlas: citation (replaced on re-import)";

const BLOCK_RE = /```bibtex\n% arxiv-atlas: citation[^\n]*\n[\s\S]*?\n```[ \t]*(?=\n|$)/;

/** The note with its bibtex block, and the blank lines before it, replaced by `by`; undefined when it has none. */
function replaceBlock(note: string, by: string): string | undefined {
	const m = BLOCK_RE.exec(note);
	if (!m) return undefined;
	const before = withoutTrailingNewlines(note.slice(0, m.index));
	return `${before}${by}${note.slice(m.index + m[0].length)}`;
}

export function bibtexBlock(entry: string): string {
	return `\`\`\`bibtex\n${BIBTEX_MARK}\n${entry}\n\`\`\``;
}

/** The note with its bibtex block set to `entry` (replaced in place, or added after the managed section, else at the end). */
export function upsertBibtexBlock(note: string, entry: string): string {
	const block = bibtexBlock(entry);
	const replaced = replaceBlock(note, `\n\n${block}`);
	if (replaced !== undefined) return replaced;
	const at = managedBlockEnd(note);
	if (at !== undefined) return `${note.slice(0, at)}\n\n${block}${note.slice(at)}`;
	return `${withoutTrailingNewlines(note)}\n\n${block}\n`;
}

/** The note without its bibtex block (when the setting is turned off). */
export function removeBibtexBlock(note: string): string {
	return replaceBlock(note, "") ?? note;
}
