import { Plugin } from "obsidian";
import { ArxivClient } from "./core/arxiv/client";
import { RateLimiter } from "./core/arxiv/rate-limiter";
import type { Clock } from "./core/ports";
import { settingsFrom, type AtlasSettings } from "./core/settings";
import { RequestUrlHttpClient } from "./obsidian/http-adapter";
import { ImportModal } from "./obsidian/import-modal";
import { ImportService } from "./obsidian/import-service";
import { runMergeCommand } from "./obsidian/merge-keyword";
import { AtlasSettingTab } from "./obsidian/settings-tab";

const clock: Clock = {
	now: () => new Date(),
	sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
};

export default class ArxivAtlasPlugin extends Plugin {
	private atlasSettings!: AtlasSettings;
	private imports!: ImportService;

	async onload(): Promise<void> {
		this.atlasSettings = settingsFrom(await this.loadData());
		// One client, so one request every 3 s to arXiv across every command of this plugin.
		const arxiv = new ArxivClient(new RequestUrlHttpClient(), new RateLimiter(clock), clock);
		this.imports = new ImportService(this.app, arxiv, clock, () => this.atlasSettings);

		const openImport = (): void => new ImportModal(this.app, (text) => void this.imports.importText(text)).open();
		this.addCommand({ id: "import-paper", name: "Import arXiv paper", callback: openImport });
		this.addRibbonIcon("library", "Import arXiv paper", openImport);
		this.addCommand({ id: "merge-keyword", name: "Merge keyword into…", callback: () => runMergeCommand(this.app, this.atlasSettings.keywordsFolder) });
		this.addSettingTab(
			new AtlasSettingTab(this.app, this, {
				get: () => this.atlasSettings,
				update: async (change) => {
					this.atlasSettings = { ...this.atlasSettings, ...change };
					await this.saveData(this.atlasSettings);
				},
			}),
		);
	}
}
