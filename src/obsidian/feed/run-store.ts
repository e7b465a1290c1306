import { normalizePath, type DataAdapter } from "obsidian";
import type { SavedRun } from "../../core/feed/feed-settings";
import { journalHead, journalLines, readJournal } from "../../core/feed/run-journal";

/**
 * Where a long run is kept between sessions: two files in the plugin's folder, the run written once
 * (`run.json`, with a listing's papers) and one appended line per paper (`run.log`). data.json stays
 * small, and each paper costs the same bytes however long the listing is.
 */
export class RunStore {
	private last: SavedRun | undefined;
	/** Bytes written since the plugin loaded (the benchmark reads it). */
	bytesWritten = 0;

	constructor(
		private readonly adapter: Pick<DataAdapter, "read" | "write" | "append" | "exists" | "remove">,
		private readonly folder: string,
	) {}

	private get head(): string {
		return normalizePath(`${this.folder}/run.json`);
	}

	private get log(): string {
		return normalizePath(`${this.folder}/run.log`);
	}

	async save(run: SavedRun | undefined): Promise<void> {
		if (!run) {
			this.last = undefined;
			for (const path of [this.head, this.log]) if (await this.adapter.exists(path)) await this.adapter.remove(path);
			return;
		}
		const lines = this.last ? journalLines(this.last, run) : undefined;
		if (lines === undefined) {
			const head = journalHead(run);
			await this.adapter.write(this.head, head);
			await this.adapter.write(this.log, "");
			this.bytesWritten += head.length;
		} else if (lines.length > 0) {
			const text = lines.map((l) => `${l}\n`).join("");
			await this.adapter.append(this.log, text);
			this.bytesWritten += text.length;
		}
		this.last = run;
	}

	/** The saved run, or undefined when there is none (or its file is not readable). */
	async load(): Promise<SavedRun | undefined> {
		if (!(await this.adapter.exists(this.head))) return undefined;
		const head = await this.adapter.read(this.head);
		const log = (await this.adapter.exists(this.log)) ? await this.adapter.read(this.log) : "";
		this.last = readJournal(head, log);
		return this.last;
	}
}
