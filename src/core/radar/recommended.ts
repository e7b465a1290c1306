import { escapeInline } from "../notes/markdown";
import { absUrl } from "../notes/urls";
import { BrokenBlockError, markedBlock, replaceMarked, wrapMarked } from "../notes/marked-block";

/**
 * The daily note's "Recommended" part: the day's best-ranked papers the vault does not have, each
 * with why. Its lines sit between two comments under a heading of their own (the heading outside
 * them, so the section of imported papers before it ends there and never grows into the block); the
 * next ranked listing of that day replaces what is between the comments and nothing else.
 */
const BLOCK = markedBlock("recommended papers", "the next ranked listing of this day replaces them");
export const RECOMMENDED_START = BLOCK.start;
export const RECOMMENDED_END = BLOCK.end;

export interface Recommendation {
	id: string;
	title: string;
	why: readonly string[];
}

/** The first `count` of a ranking (best first) that are not in `exclude` (imported, or in the vault). */
export function pickRecommendations(ranked: readonly Recommendation[], exclude: ReadonlySet<string>, count: number): Recommendation[] {
	return ranked.filter((r) => !exclude.has(r.id)).slice(0, Math.max(0, count));
}

/** One line a paper: its title linking its arXiv page (the editor's import takes the link), then why. */
function line(r: Recommendation, likeLabel: string): string {
	const why = r.why.length > 0 ? ` — ${likeLabel} ${r.why.map(escapeInline).join(", ")}` : "";
	return `- [${escapeInline(r.title) || r.id}](${absUrl(r.id)})${why}`;
}

/** The markers and the lines between them. `like`: what comes before the why ("like your papers on"). */
export function recommendedBlock(items: readonly Recommendation[], like: string): string {
	return wrapMarked(BLOCK, items.map((r) => line(r, like)));
}

/** Whether a note has a recommended part (its start marker). */
export function hasRecommended(text: string): boolean {
	return BLOCK.startRe.test(text);
}

/**
 * The daily note's text with the block: the one it has replaced, else a heading and the block added
 * at the end. A start marker without its end is left as it is (`BrokenBlockError`): where the
 * user's text begins cannot be known.
 */
export function withRecommended(text: string, block: string, heading: string, path: string): string {
	return replaceMarked(
		text,
		BLOCK,
		block,
		(t) => {
			const body = t.trimEnd();
			return `${body}${body === "" ? "" : "\n\n"}## ${heading}\n\n${block}\n`;
		},
		() => new BrokenBlockError(path, "recommended papers", BLOCK.end),
	);
}
