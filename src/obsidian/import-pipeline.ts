import { Notice } from "obsidian";
import type { ImportEvent, ImportSummary } from "../core/model";
import type { AfterImportOptions, AfterImportSteps } from "./after-import";
import { errorMessage } from "../core/words";

/** The summary of an import that was cancelled before it wrote anything (a fresh object: callers add to it). */
export const cancelledSummary = (): ImportSummary => ({ created: [], updated: [], failed: [], cancelled: true });

/** What shows an import's progress: a notice or a modal. */
export interface ProgressView {
	event(event: ImportEvent): void;
	finish(summary: ImportSummary): void;
}

export interface PipelineJob {
	/** Names the job in the notice shown while it waits for the running one ("3 papers", "the arXiv listing"). */
	what: string;
	/** Made when the job starts; the controller cancels it (a modal's Cancel button). */
	view(controller: AbortController): ProgressView;
	run(signal: AbortSignal, onEvent: (event: ImportEvent) => void): Promise<ImportSummary>;
	/** The steps after the notes are written (BibTeX block, PDF, replace IDs, open). */
	after?: AfterImportOptions;
}


/**
 * Every import runs through here, one at a time: a second import waits its turn (with a notice) and
 * nothing interleaves. Each job gets an AbortSignal, reports structured events to its view, and is
 * followed by the same after-import steps.
 */
export class ImportPipeline {
	private tail: Promise<unknown> = Promise.resolve();
	/** Jobs queued or running. */
	private waiting = 0;
	private readonly running = new Set<AbortController>();
	/** Set when the plugin unloads: jobs still queued do not start. */
	private closed = false;

	constructor(private readonly after: AfterImportSteps) {}

	enqueue(job: PipelineJob): Promise<ImportSummary> {
		const idle = this.waiting === 0;
		if (!idle) new Notice(`An arXiv import is running: ${job.what} will follow when it ends.`);
		this.waiting += 1;
		// An idle pipeline starts the job at once, so its progress view is there when the call returns.
		const result = idle ? this.execute(job) : this.tail.then(() => this.execute(job));
		this.tail = result.catch(() => undefined);
		return result.finally(() => {
			this.waiting -= 1;
		});
	}

	/** Cancels the running import and every waiting one (the plugin unloads). */
	cancelAll(): void {
		this.closed = true;
		for (const controller of this.running) controller.abort();
	}

	private async execute(job: PipelineJob): Promise<ImportSummary> {
		if (this.closed) return cancelledSummary();
		const controller = new AbortController();
		this.running.add(controller);
		const view = job.view(controller);
		let summary: ImportSummary;
		try {
			summary = await job.run(controller.signal, (event) => view.event(event));
		} catch (error) {
			summary = { created: [], updated: [], failed: [{ input: "import", reason: errorMessage(error) }] };
		}
		// A step after the import that fails (a PDF, opening the note) is a warning: the notes are written.
		if (job.after && !controller.signal.aborted) {
			try {
				await this.after.run(summary, job.after, controller.signal);
			} catch (error) {
				(summary.warnings ??= []).push(`after the import: ${errorMessage(error)}`);
			}
		}
		this.running.delete(controller);
		view.finish(summary);
		return summary;
	}
}
