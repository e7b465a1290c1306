/**
 * A part of a note the plugin writes between two Obsidian comments (hidden in reading view), apart
 * from the paper's managed section: the daily note's recommended papers, a paper's citations. Writing
 * it again replaces what is between the comments and nothing else.
 */
import { escapeRegExp } from "../regexp";
export interface MarkedBlock {
	/** The start comment as written. */
	start: string;
	/** The end comment as written. */
	end: string;
	startRe: RegExp;
	endRe: RegExp;
}


/** `%% arxiv-atlas: begin <name> (<hint>) %%` … `%% arxiv-atlas: end <name> %%`. */
export function markedBlock(name: string, hint: string): MarkedBlock {
	return {
		start: `%% arxiv-atlas: begin ${name} (${hint}) %%`,
		end: `%% arxiv-atlas: end ${name} %%`,
		startRe: new RegExp(`^%% arxiv-atlas: begin ${escapeRegExp(name)}\\b.*%%[ \\t]*$`, "m"),
		endRe: new RegExp(`^%% arxiv-atlas: end ${escapeRegExp(name)}[ \\t]*%%[ \\t]*$`, "m"),
	};
}

/** A start comment whose end comment is gone: where the user's text begins cannot be known, so nothing is written. */
export class BrokenBlockError extends Error {
	constructor(
		readonly path: string,
		what: string,
		end: string,
	) {
		super(`The ${what} in ${path} have lost their end marker ("${end}"): put it back or remove the part, and it is written again next time.`);
		this.name = "BrokenBlockError";
	}
}

/** Where the block is in a note: undefined when it has none, "broken" when its end comment is missing. */
export function findMarked(text: string, block: MarkedBlock): { from: number; to: number } | "broken" | undefined {
	const start = block.startRe.exec(text);
	if (!start) return undefined;
	const after = start.index + start[0].length;
	const end = block.endRe.exec(text.slice(after));
	return end ? { from: start.index, to: after + end.index + end[0].length } : "broken";
}

/** The comments with the lines between them. */
export function wrapMarked(block: MarkedBlock, lines: readonly string[]): string {
	return [block.start, ...lines, block.end].join("\n");
}

/**
 * The note with `content` (the comments and what is between them) in place of the block it has, or
 * added by `add` when it has none. Throws `BrokenBlockError` for a start comment without its end.
 */
export function replaceMarked(text: string, block: MarkedBlock, content: string, add: (text: string) => string, broken: () => Error): string {
	const at = findMarked(text, block);
	if (at === "broken") throw broken();
	if (at === undefined) return add(text);
	return text.slice(0, at.from) + content + text.slice(at.to);
}
