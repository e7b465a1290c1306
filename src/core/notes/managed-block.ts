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

interface Block {
	/** Where the start marker begins and the end marker ends. */
	start: number;
	end: number;
	/** What lies between the two marker lines. */
	content: string;
}

function findBlock(noteText: string): Block | undefined {
	const start = START_RE.exec(noteText);
	if (!start) return undefined;
	const afterStart = start.index + start[0].length;
	const end = END_RE.exec(noteText.slice(afterStart));
	if (!end) return undefined;
	return {
		start: start.index,
		end: afterStart + end.index + end[0].length,
		content: noteText.slice(afterStart, afterStart + end.index).replace(/^\r?\n/, ""),
	};
}

/** Replaces the managed block, or returns null when the note has no complete block to replace. */
export function replaceManaged(noteText: string, content: string): string | null {
	const block = findBlock(noteText);
	if (!block) return null;
	return noteText.slice(0, block.start) + wrapManaged(content) + noteText.slice(block.end);
}

/** Where the managed block's end marker ends, or undefined when the note has no complete block (another part goes after it). */
export function managedBlockEnd(noteText: string): number | undefined {
	return findBlock(noteText)?.end;
}

/** The text between the markers (what the plugin wrote), or undefined when the note has no complete block. */
export function managedContent(noteText: string): string | undefined {
	return findBlock(noteText)?.content;
}
