/**
 * A long import (a day's listing, a list of hundreds of IDs) as plain data the plugin saves in
 * data.json after every paper, so a closed app or a crash resumes where it stopped. Every function
 * returns a new queue and leaves its argument as it was.
 */

export interface FailedImport {
	id: string;
	/** Why, for the summary (`arXiv did not answer…`). */
	reason: string;
}

export interface ImportQueue {
	/** Names this run (the caller's choice, e.g. `listing-2026-09-24`). */
	id: string;
	/** Every arXiv ID to import, in order, each once. */
	ids: string[];
	done: string[];
	failed: FailedImport[];
	/** ISO 8601 time the run started. */
	startedAt: string;
}

export function createQueue(id: string, ids: readonly string[], startedAt: string): ImportQueue {
	return { id, ids: [...new Set(ids)], done: [], failed: [], startedAt };
}

/** The paper is imported: it leaves the failures if it was there (a retry that worked). */
export function markDone(queue: ImportQueue, paperId: string): ImportQueue {
	if (!queue.ids.includes(paperId) || queue.done.includes(paperId)) return queue;
	return { ...queue, done: [...queue.done, paperId], failed: queue.failed.filter((f) => f.id !== paperId) };
}

/** The paper could not be imported; the rest go on. A second failure replaces the first reason. */
export function markFailed(queue: ImportQueue, paperId: string, reason: string): ImportQueue {
	if (!queue.ids.includes(paperId) || queue.done.includes(paperId)) return queue;
	return { ...queue, failed: [...queue.failed.filter((f) => f.id !== paperId), { id: paperId, reason }] };
}

/** The IDs still to try, in queue order: neither done nor failed. */
export function remaining(queue: ImportQueue): string[] {
	const settled = new Set([...queue.done, ...queue.failed.map((f) => f.id)]);
	return queue.ids.filter((id) => !settled.has(id));
}

/** "Retry failed": the failed IDs are to try again (their reasons are forgotten). */
export function retryFailed(queue: ImportQueue): ImportQueue {
	return queue.failed.length === 0 ? queue : { ...queue, failed: [] };
}

/** Nothing is left to try (some may have failed: see `queue.failed`). */
export function isFinished(queue: ImportQueue): boolean {
	return remaining(queue).length === 0;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

function isFailedImport(value: unknown): value is FailedImport {
	if (typeof value !== "object" || value === null) return false;
	const { id, reason } = value as Record<string, unknown>;
	return typeof id === "string" && typeof reason === "string";
}

/** A queue read back from data.json, or undefined when what is stored is not one (an older or damaged file). */
export function readQueue(value: unknown): ImportQueue | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const { id, ids, done, failed, startedAt } = value as Record<string, unknown>;
	if (typeof id !== "string" || typeof startedAt !== "string" || !isStringArray(ids) || !isStringArray(done)) return undefined;
	if (!Array.isArray(failed) || !failed.every(isFailedImport)) return undefined;
	return { id, ids: [...ids], done: [...done], failed: failed.map((f) => ({ id: f.id, reason: f.reason })), startedAt };
}
