import type { LinkedAuthor } from "../authors/author-index";
import type { Enrichment, Keyword, Paper } from "../model";
import type { LinkPort } from "../ports";
import type { NoteLabels } from "./labels";

/** What a paper note is rendered from: the paper, where its links point, and the import's context. */
export interface LinkedKeyword {
	keyword: Keyword;
	/** The keyword note this keyword links to (existing or about to be created). */
	path: string;
}

export interface PaperNoteInput {
	paper: Paper;
	notePath: string;
	keywords: LinkedKeyword[];
	categoryPaths: { code: string; path: string }[];
	daily?: { path: string; display: string };
	enrichment?: Enrichment;
	labels: NoteLabels;
	links: LinkPort;
	/** Local time of this import, `YYYY-MM-DD HH:mm:ss`. */
	generatedAt: string;
	/** With author notes on: each author's note, in the paper's order. */
	authors?: LinkedAuthor[];
}
