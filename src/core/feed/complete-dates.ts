/**
 * A listing says everything about a paper but when its versions came out. Notes are written from
 * the listing at once; afterwards the arXiv API is asked, 100 IDs a request, for what the listing
 * lacks: `published` (v1), `updated` (latest version) and the author's `comment`. When arXiv cannot
 * be reached the papers stay as they were: complete notes without those properties.
 */
import type { PaperSource } from "../importer";
import type { Paper } from "../model";
import { API_BATCH_SIZE, inBatches } from "./id-list";
import type { FeedPaper } from "./rss";

export interface CompletedDates {
	/** Every paper given, in the same order; those arXiv answered for now have their dates. */
	papers: FeedPaper[];
	/** IDs of the papers that gained dates (the notes to update). */
	completed: string[];
	/** IDs arXiv does not know (the note stays without dates). */
	notFound: string[];
	/** Why the rest were left without dates, when arXiv failed; batches after a failure are not asked. */
	error?: string;
}

export interface CompleteDatesOptions {
	batchSize?: number;
	/** After each answered batch: papers asked for so far, of how many. */
	onProgress?: (asked: number, total: number) => void;
}

const lacksDates = (paper: FeedPaper): boolean => paper.published === undefined || paper.updated === undefined;

/** The listing's paper with the API's dates; a newer version on arXiv brings its number with `updated`. */
function merge(feed: FeedPaper, api: Paper): FeedPaper {
	const merged: FeedPaper = { ...feed, published: api.published, updated: api.updated };
	if (api.version > feed.version) merged.version = api.version;
	if (merged.comment === undefined && api.comment !== undefined) merged.comment = api.comment;
	return merged;
}

/** Fills `published` and `updated` from the arXiv API for the papers that lack them. Never throws for arXiv's failures. */
export async function completeDates(
	papers: readonly FeedPaper[],
	source: PaperSource,
	options: CompleteDatesOptions = {},
): Promise<CompletedDates> {
	const wanted = [...new Set(papers.filter(lacksDates).map((p) => p.id))];
	const answers = new Map<string, Paper>();
	const notFound: string[] = [];
	let error: string | undefined;
	let asked = 0;
	for (const batch of inBatches(wanted, options.batchSize ?? API_BATCH_SIZE)) {
		try {
			const answer = await source.fetchByIds(batch);
			for (const paper of answer.papers) answers.set(paper.id, paper);
			notFound.push(...answer.notFound);
		} catch (e) {
			error = e instanceof Error ? e.message : String(e);
			break;
		}
		asked += batch.length;
		options.onProgress?.(asked, wanted.length);
	}
	const completed = new Set<string>();
	const out = papers.map((paper) => {
		const api = lacksDates(paper) ? answers.get(paper.id) : undefined;
		if (!api) return paper;
		completed.add(paper.id);
		return merge(paper, api);
	});
	const result: CompletedDates = { papers: out, completed: [...completed], notFound };
	if (error !== undefined) result.error = error;
	return result;
}
