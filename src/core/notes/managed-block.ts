/**
 * The generated part of a paper note sits between two Obsidian comments (hidden in reading view).
 * A re-import replaces what is between them and nothing else, so text the user writes before or
 * after the block, and the frontmatter, survive byte for byte.
 */

export const BLOCK_START = "%% arxiv-atlas: begin managed section (re-import replaces it; write your own notes outside) %%";
export const BLOCK_END = "%% arxiv-atlas: end managed section %%";

const START_RE = /^%% arxiv-atlas: begin managed section\b.*%%[ \t]*$/m;
const END_RE = /^%% arxiv-atlas: end managed section[ \t]*%%[ \t]*$/m;

export function wrapManaged(content: string): string {
	return `${BLOCK_START}\n${content.trim()}\n${BLOCK_END}`;
}

/** Replaces the managed block, or returns null when the note has no complete block to replace. */
export function replaceManaged(noteText: string, content: string): string | null {
	const start = START_RE.exec(noteText);
	if (!start) return null;
	const afterStart = start.index + start[0].length;
	END_RE.lastIndex = 0;
	const end = END_RE.exec(noteText.slice(afterStart));
	if (!end) return null;
	const endIndex = afterStart + end.index + end[0].length;
	return noteText.slice(0, start.index) + wrapManaged(content) + noteText.slice(endIndex);
}
