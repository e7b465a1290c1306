/**
 * "Import arXiv IDs from a list": a pasted text or a note with hundreds of IDs and links becomes
 * API batches, each paper once (versions and old subject classes collapse to the paper), with the
 * papers already in the vault set apart.
 */
import { parseIdentifiers, type RejectedInput } from "../arxiv/identifiers";

/** The most IDs the arXiv API is asked for in one request. */
export const API_BATCH_SIZE = 100;

export interface IdListPlan {
	/** Papers not in the vault yet, in the order of the text. */
	fresh: string[];
	/** Papers the vault already has a note for, in the order of the text. */
	known: string[];
	/** What to fetch, at most API_BATCH_SIZE IDs each: `fresh`, then `known` when they are to be updated. */
	batches: string[][];
	/** Things in the text that look like IDs but are not, with the reason. */
	rejected: RejectedInput[];
}

export interface IdListOptions {
	/** Also fetch (and so update) the papers the vault already has; default false (skip them). */
	updateKnown?: boolean;
	batchSize?: number;
}

/** `[1..250]` by 100 -> three arrays of 100, 100 and 50. */
export function inBatches<T>(items: readonly T[], size: number = API_BATCH_SIZE): T[][] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, not ${size}`);
	const batches: T[][] = [];
	for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
	return batches;
}

/**
 * Plans the import of every paper a text names. `knownIds` holds the IDs (without version) the vault
 * has notes for; `now` bounds the newest valid ID (see parseIdentifiers).
 */
export function planIdList(text: string, knownIds: ReadonlySet<string>, now: Date, options: IdListOptions = {}): IdListPlan {
	const { ids, rejected } = parseIdentifiers(text, now);
	const fresh: string[] = [];
	const known: string[] = [];
	for (const { id } of ids) (knownIds.has(id) ? known : fresh).push(id);
	const toFetch = options.updateKnown === true ? [...fresh, ...known] : fresh;
	return { fresh, known, batches: inBatches(toFetch, options.batchSize ?? API_BATCH_SIZE), rejected };
}
