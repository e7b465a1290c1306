import { normalizePath, type DataAdapter } from "obsidian";
import { addSeen, parseSeen } from "../../core/radar/seen";
import type { RadarPaper } from "../../core/radar/radar-index";

/** The papers seen in previews and not imported, in the plugin's folder (`radar-seen.json`). */
export class SeenStore {
	constructor(
		private readonly adapter: Pick<DataAdapter, "read" | "write" | "exists">,
		private readonly folder: string,
	) {}

	private get path(): string {
		return normalizePath(`${this.folder}/radar-seen.json`);
	}

	async load(): Promise<RadarPaper[]> {
		return (await this.adapter.exists(this.path)) ? parseSeen(await this.adapter.read(this.path)) : [];
	}

	/** Records what a preview showed, less what was imported from it. */
	async record(shown: readonly RadarPaper[], imported: ReadonlySet<string>): Promise<void> {
		const next = addSeen(await this.load(), shown, imported);
		await this.adapter.write(this.path, JSON.stringify(next.map((p) => ({ id: p.id, title: p.title, abstract: p.abstract ?? "" }))));
	}
}
