import { normalizePath, type DataAdapter } from "obsidian";
import { addSeen, parseSeen, SEEN_FILE } from "../../core/radar/seen";
import type { RadarPaper } from "../../core/radar/radar-index";

/**
 * The papers seen in previews and not imported, in the plugin's folder (`radar-seen.json`). Writes
 * go one at a time; a file that cannot be read as a list is kept aside (`radar-seen.json.bak`), never
 * written over.
 */
export class SeenStore {
	private queue: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly adapter: Pick<DataAdapter, "read" | "write" | "exists">,
		private readonly folder: string,
	) {}

	private get path(): string {
		return normalizePath(`${this.folder}/${SEEN_FILE}`);
	}

	async load(): Promise<RadarPaper[]> {
		if (!(await this.adapter.exists(this.path))) return [];
		return parseSeen(await this.adapter.read(this.path)) ?? [];
	}

	/** Records what a preview showed and the user left, less what is imported or in the vault. */
	record(shown: readonly RadarPaper[], imported: ReadonlySet<string>): Promise<void> {
		const run = this.queue.then(async () => {
			let before: RadarPaper[] = [];
			if (await this.adapter.exists(this.path)) {
				const text = await this.adapter.read(this.path);
				const parsed = parseSeen(text);
				if (parsed === undefined) await this.adapter.write(`${this.path}.bak`, text);
				else before = parsed;
			}
			const next = addSeen(before, shown, imported);
			await this.adapter.write(this.path, JSON.stringify(next.map((p) => ({ id: p.id, title: p.title, abstract: p.abstract ?? "" }))));
		});
		this.queue = run.catch(() => undefined);
		return run;
	}
}
