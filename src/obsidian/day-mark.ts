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

	/** The local day (YYYY-MM-DD) it last ran, or undefined. */
	async last(): Promise<string | undefined> {
		if (!(await this.adapter.exists(this.path))) return undefined;
		return (await this.adapter.read(this.path)).trim() || undefined;
	}

	async mark(now: Date): Promise<void> {
		await this.adapter.write(this.path, `${localDay(now)}\n`);
	}
}
