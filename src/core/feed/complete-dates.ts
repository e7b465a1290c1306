/**
 * A listing says everything about a paper but when its versions came out. Notes are written from
 * the listing at once; afterwards the arXiv API is asked, 100 IDs a request, for what the listing
 * lacks: `published` (v1), `updated` (latest version) and the author's `comment`. When arXiv cannot
 * be reached the papers stay as they were: complete notes without those properties.
 */
import type { FailedInput, Paper } from "../model";

/** A PaperSource that may also say why an ID failed and what it left out (the arXiv client does). */
interface DatesSource {
	fetchByIds(ids: string[]): Promise<{ papers: Paper[]; notFound: string[]; failed?: FailedInput[]; warnings?: string[] }>;
}
import { API_BATCH_SIZE, inBatches } from "./id-list";
import type { FeedPaper } from "./rss";
import { errorMessage } from "../words";

export interface CompletedDates {
	/** Every paper given, in the same order; those arXiv answered for now have their dates. */
	papers: FeedPaper[];
	/** IDs of the papers that gained dates (the notes to update). */
	completed: string[];
	/** IDs arXiv does not know (the note stays without dates). */
	notFound: string[];
	/**
	 * What to tell the user besides: a paper arXiv answered for with an error or an incomplete entry
	 * (its note stays without dates, with arXiv's reason), a date arXiv gave that names no real day
	 * (left out). For the caller to add to the import's warnings.
	 */
	warnings: string[];
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
	const merged: FeedPaper = { ...feed };
	// A date the client left out (it named no real day) stays absent rather than becoming `undefined`.
	if (api.published !== undefined) merged.published = api.published;
	if (api.updated !== undefined) merged.updated = api.updated;
	if (api.version > feed.version) merged.version = api.version;
	if (merged.comment === undefined && api.comment !== undefined) merged.comment = api.comment;
	return merged;
}

/** Fills `published` and `updated` from the arXiv API for the papers that lack them. Never throws for arXiv's failures. */
export async function completeDates(
	papers: readonly FeedPaper[],
	source: DatesSource,
	options: CompleteDatesOptions = {},
): Promise<CompletedDates> {
	const wanted = [...new Set(papers.filter(lacksDates).map((p) => p.id))];
	const answers = new Map<string, Paper>();
	const notFound: string[] = [];
	const warnings: string[] = [];
	let error: string | undefined;
	let asked = 0;
	for (const batch of inBatches(wanted, options.batchSize ?? API_BATCH_SIZE)) {
		try {
			const answer = await source.fetchByIds(batch);
			for (const paper of answer.papers) answers.set(paper.id, paper);
			notFound.push(...answer.notFound);
			warnings.push(...(answer.warnings ?? []));
			for (const f of answer.failed ?? []) warnings.push(`${f.input}: no published and updated dates (${f.reason})`);
		} catch (e) {
			error = errorMessage(e);
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
	const result: CompletedDates = { papers: out, completed: [...completed], notFound, warnings };
	if (error !== undefined) result.error = error;
	return result;
}
