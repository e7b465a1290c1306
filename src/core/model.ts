/** A paper as arXiv describes it, normalised: whitespace collapsed, ID without version. */
export interface Paper {
	/** `2502.15871` or `hep-th/9901001`: never a version suffix. */
	id: string;
	/** Latest version number on arXiv (the `v2` of `2502.15871v2`). */
	version: number;
	title: string;
	abstract: string;
	authors: string[];
	/** ISO 8601 timestamp of version 1; absent when the paper came from a listing and the API has not answered yet. */
	published?: string;
	/** ISO 8601 timestamp of the latest version; absent likewise. */
	updated?: string;
	primaryCategory: string;
	categories: string[];
	doi?: string;
	journalRef?: string;
	comment?: string;
	/** Listing date (YYYY-MM-DD) when the paper came from a daily listing. */
	announced?: string;
}

export type KeywordCategory = "evolved" | "broad" | "specific" | "unique";

export const KEYWORD_CATEGORIES: readonly KeywordCategory[] = ["evolved", "broad", "specific", "unique"];

export interface Keyword {
	/** Display form, e.g. `Large Language Models`, `LLaVA`. */
	name: string;
	category: KeywordCategory;
	/** Other surface forms of the same concept seen in the text (e.g. the acronym `LLMs`). */
	aliases: string[];
}

/** What a language model adds to a paper (a later issue fills it; the note renders it when present). */
export interface Enrichment {
	titleTranslated?: string;
	abstractTranslated?: string;
	summary?: string;
	keyPoints?: string[];
}

export interface FailedInput {
	input: string;
	reason: string;
}

/** A paper whose note an import wrote: what a later step (BibTeX block, PDF, opening) works from. */
export interface WrittenPaper {
	paper: Paper;
	/** The paper note's path. */
	path: string;
	/** True when the note is new; false when an existing note was updated. */
	created: boolean;
}

/**
 * What an import reports as it goes. Notices, modals, the listing runner and the CLI render these;
 * none of them parses text.
 */
export type ImportEvent =
	| { type: "fetching"; count: number }
	| { type: "fetched"; count: number }
	| { type: "writing"; index: number; total: number; id: string }
	| { type: "written"; id: string; path: string; created: boolean }
	| { type: "failed"; id: string; reason: string }
	| { type: "enriching"; done: number; total: number }
	| { type: "done"; summary: ImportSummary };

export interface ImportSummary {
	created: string[];
	updated: string[];
	failed: FailedInput[];
	/** The paper notes written, in order (created or updated). */
	papers?: WrittenPaper[];
	/** Keyword notes moved to the trash: no paper and no text of the user's was left in them. */
	trashed?: string[];
	/** True when the import was cancelled before every paper was written; the rest are neither written nor failed. */
	cancelled?: boolean;
	/** Path of the first paper note written, for opening it. */
	firstPaperPath?: string;
	/** Things that worked but need the user's eye (e.g. a note whose managed markers were removed). */
	warnings?: string[];
	/** Tokens a language model used in this run, in words ("13,023 tokens (12,345 in, 678 out)"). */
	tokens?: string;
}
