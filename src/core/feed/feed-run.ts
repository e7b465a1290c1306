/**
 * Runs a long import (a day's listing, a list of IDs) paper by paper, saving the queue after every
 * paper, so a closed app or a lost network resumes where it stopped. Used by the plugin and the CLI.
 *
 * - A listing run writes each paper from the feed at once; afterwards the API is asked (100 IDs a
 *   request) for the dates the feed lacks, and the papers it answered for are written again.
 * - An ID run fetches 100 IDs a request and writes each paper of the answer. When arXiv cannot be
 *   reached the run stops there, saved: the papers before are complete notes, the rest wait.
 * - A paper that fails (not on arXiv, could not be written) is recorded with the reason; the rest go on.
 */
import type { Importer, PaperSource } from "../importer";
import type { ImportEvent, ImportSummary, Paper } from "../model";
import type { VaultSnapshot } from "../notes/vault-snapshot";
import type { TemplateChoice } from "../layout/note-template";
import type { AtlasSettings } from "../settings";
import { completeDates } from "./complete-dates";
import { listingDay, type SavedRun } from "./feed-settings";
import { API_BATCH_SIZE, inBatches } from "./id-list";
import { isFinished, markDone, markFailed, remaining } from "./queue";
import type { FeedPaper } from "./rss";
import { errorMessage, plural } from "../words";

export interface RunProgress {
	done: number;
	failed: number;
	total: number;
	message: string;
}

export interface RunDeps {
	importer: Importer;
	/** The arXiv API (through the one rate limiter); undefined: offline, no dates are asked for. */
	source?: PaperSource;
	settings: AtlasSettings;
	/** Stores the run (undefined: nothing left to keep). Called after every paper. */
	save(run: SavedRun | undefined): Promise<void>;
	onProgress?(progress: RunProgress): void;
	/** Aborting stops the run before the next paper, saved, to continue later. */
	signal?: AbortSignal;
	/** The layout checked before the run (see ImportOptions.template); unset: the setting's note is read. */
	template?: TemplateChoice;
}

export interface RunResult {
	run: SavedRun;
	summary: ImportSummary;
	/** Why the run stopped before its end (cancelled, arXiv unreachable); it can continue later. */
	stopped?: string;
	/** Papers whose dates the API filled. */
	datesCompleted: number;
	/** Why the dates could not be asked for (offline, arXiv failed); Refresh paper metadata fills them later. */
	datesError?: string;
}

/** Papers written per importPapers call: one look at the vault for each chunk. */
const CHUNK = 100;


function addPaths(into: ImportSummary, from: ImportSummary): void {
	for (const p of from.created) if (!into.created.includes(p)) into.created.push(p);
	for (const p of from.updated) if (!into.updated.includes(p) && !into.created.includes(p)) into.updated.push(p);
	// A paper written again for its dates stays counted once, as new when it was.
	for (const p of from.papers ?? []) if (!(into.papers ??= []).some((q) => q.path === p.path)) into.papers.push(p);
	into.firstPaperPath ??= from.firstPaperPath;
	if (from.warnings && from.warnings.length > 0) into.warnings = [...(into.warnings ?? []), ...from.warnings];
}


/** The day whose daily note lists the run's papers. */
function runDay(run: SavedRun, settings: AtlasSettings): Date | undefined {
	return run.kind === "listing" ? listingDay(run.announced, settings) : undefined;
}

export async function runImport(start: SavedRun, deps: RunDeps): Promise<RunResult> {
	let run: SavedRun = { ...start, queue: start.queue, papers: [...start.papers] };
	const summary: ImportSummary = { created: [], updated: [], failed: [] };
	const day = runDay(run, deps.settings);
	const total = run.queue.ids.length;
	const report = (message: string): void =>
		deps.onProgress?.({ done: run.queue.done.length, failed: run.queue.failed.length, total, message });
	const imported: FeedPaper[] = [];

	const settle = async (paper: Paper | FeedPaper, failure: string | undefined): Promise<void> => {
		if (failure !== undefined) run = { ...run, queue: markFailed(run.queue, paper.id, failure) };
		else {
			run = { ...run, queue: markDone(run.queue, paper.id), papers: run.papers.filter((p) => p.id !== paper.id) };
			imported.push(paper);
		}
		await deps.save(run);
		report(`Writing ${run.queue.done.length + run.queue.failed.length} of ${total}…`);
	};

	/**
	 * Writes a chunk with one importPapers call (one look at the vault for all of them) and settles
	 * each paper from the importer's events, so the queue is saved after every paper. Aborting stops
	 * before the next paper is written. Returns true when the run was cancelled.
	 */
	// One look at the vault for the whole run, kept current as the run writes.
	let snapshot: VaultSnapshot | undefined;
	const writeChunk = async (chunk: (Paper | FeedPaper)[]): Promise<boolean> => {
		const one: ImportSummary = { created: [], updated: [], failed: [] };
		const byId = new Map(chunk.map((p) => [p.id, p]));
		let saving: Promise<void> = Promise.resolve();
		const onEvent = (event: ImportEvent): void => {
			if (event.type !== "written" && event.type !== "failed") return;
			const paper = byId.get(event.id);
			if (!paper) return;
			byId.delete(event.id);
			const reason = event.type === "failed" ? event.reason : undefined;
			saving = saving.then(() => settle(paper, reason));
		};
		snapshot ??= await deps.importer.snapshot(deps.settings);
		const answer = await deps.importer.importPapers(chunk, deps.settings, { day, onEvent, snapshot, ...(deps.signal ? { signal: deps.signal } : {}), ...(deps.template ? { template: deps.template } : {}) }, one);
		await saving;
		addPaths(summary, one);
		return answer.cancelled === true;
	};

	let stopped: string | undefined;
	if (run.kind === "listing") {
		const byId = new Map(run.papers.map((p) => [p.id, p]));
		for (const id of remaining(run.queue)) {
			if (byId.has(id)) continue;
			run = { ...run, queue: markFailed(run.queue, id, "the saved listing has no data for this paper") };
			await deps.save(run);
		}
		for (const ids of inBatches(remaining(run.queue), CHUNK)) {
			if (deps.signal?.aborted || (await writeChunk(ids.map((id) => byId.get(id)).filter((p): p is FeedPaper => p !== undefined)))) {
				stopped = "cancelled";
				break;
			}
		}
	} else {
		for (const batch of inBatches(remaining(run.queue), API_BATCH_SIZE)) {
			if (deps.signal?.aborted) {
				stopped = "cancelled";
				break;
			}
			if (!deps.source) {
				stopped = "no connection to arXiv";
				break;
			}
			report(`Fetching ${plural(batch.length, "paper")} from arXiv…`);
			let answer: Awaited<ReturnType<PaperSource["fetchByIds"]>>;
			try {
				answer = await deps.source.fetchByIds(batch, deps.signal);
			} catch (error) {
				stopped = deps.signal?.aborted ? "cancelled" : errorMessage(error);
				break;
			}
			for (const id of answer.notFound) run = { ...run, queue: markFailed(run.queue, id, `not found on arXiv: ${id}`) };
			for (const f of answer.failed ?? []) run = { ...run, queue: markFailed(run.queue, f.input, f.reason) };
			if (answer.warnings && answer.warnings.length > 0) summary.warnings = [...(summary.warnings ?? []), ...answer.warnings];
			if (await writeChunk(answer.papers)) {
				stopped = "cancelled";
				break;
			}
		}
	}

	let datesCompleted = 0;
	let datesError: string | undefined;
	const lacking = imported.filter((p) => p.published === undefined || p.updated === undefined);
	if (lacking.length > 0) {
		if (!deps.source) datesError = "offline";
		else if (stopped === undefined) {
			report(`Asking arXiv for the dates of ${plural(lacking.length, "paper")}…`);
			const dates = await completeDates(lacking, deps.source);
			if (dates.error !== undefined) datesError = dates.error;
			if (dates.warnings.length > 0) summary.warnings = [...(summary.warnings ?? []), ...dates.warnings];
			const completed = dates.papers.filter((p) => dates.completed.includes(p.id));
			if (completed.length > 0) {
				const again = await deps.importer.importPapers(completed, deps.settings, { day, ...(snapshot ? { snapshot } : {}), ...(deps.template ? { template: deps.template } : {}) });
				addPaths(summary, again);
				datesCompleted = completed.length - again.failed.length;
			}
		}
	}

	summary.failed = run.queue.failed.map((f) => ({ input: f.id, reason: f.reason }));
	// A finished run without failures has nothing to keep; failures stay for "Retry failed".
	await deps.save(isFinished(run.queue) && run.queue.failed.length === 0 ? undefined : run);
	const result: RunResult = { run, summary, datesCompleted };
	if (stopped !== undefined) result.stopped = stopped;
	if (datesError !== undefined) result.datesError = datesError;
	return result;
}
