import { normalizePath, type DataAdapter } from "obsidian";
import { localDay } from "../core/dates";

/**
 * The last day something ran (a daily check, the scheduled listing), in a small file of the plugin's
 * folder: kept apart from data.json, which a synced vault would otherwise change every day.
 */
export class DayMark {
	private readonly path: string;

	constructor(
		private readonly adapter: Pick<DataAdapter, "exists" | "read" | "write">,
		folder: string,
		file: string,
	) {
		this.path = normalizePath(`${folder}/${file}`);
	}

	/** The day as read or marked, so the scheduler's minute-by-minute look reads the file once a session. */
	private known: string | undefined | null = null;

	/** The local day (YYYY-MM-DD) it last ran, or undefined. */
	async last(): Promise<string | undefined> {
		if (this.known === null) this.known = (await this.adapter.exists(this.path)) ? (await this.adapter.read(this.path)).trim() || undefined : undefined;
		return this.known;
	}

	async mark(now: Date): Promise<void> {
		this.known = localDay(now);
		await this.adapter.write(this.path, `${this.known}\n`);
	}
}
