/**
 * The generated part of a paper note sits between two Obsidian comments (hidden in reading view).
 * A re-import replaces what is between them and nothing else, so text the user writes before or
 * after the block, and the frontmatter, survive byte for byte. It is a marked block (marked-block.ts)
 * like the citations and recommended parts.
 */
import { findMarked, markedBlock } from "./marked-block";

const MANAGED = markedBlock("managed section", "re-import replaces it; write your own notes outside");

export const BLOCK_START = MANAGED.start;
export const BLOCK_END = MANAGED.end;

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

/** The complete block (a start marker without its end is none here). */
function findBlock(noteText: string): Block | undefined {
	const at = findMarked(noteText, MANAGED);
	if (at === undefined || at === "broken") return undefined;
	const inner = noteText.slice(at.from, at.to);
	const afterStart = inner.indexOf("\n");
	const beforeEnd = inner.lastIndexOf("\n");
	return { start: at.from, end: at.to, content: afterStart < 0 || beforeEnd <= afterStart ? "" : inner.slice(afterStart + 1, beforeEnd + 1) };
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
