import { Plugin } from "obsidian";
import { ArxivClient } from "./core/arxiv/client";
import { RateLimiter } from "./core/arxiv/rate-limiter";
import type { Clock } from "./core/ports";
import { savedSettings, settingsFrom, type AtlasSettings } from "./core/settings";
import { migrateApiKey } from "./obsidian/api-key";
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
		const http = new RequestUrlHttpClient();
		// One client, so one request every 3 s to arXiv across every command of this plugin.
		const arxiv = new ArxivClient(http, new RateLimiter(clock), clock);
		this.imports = new ImportService(this.app, arxiv, http, clock, () => this.atlasSettings);

		const openImport = (): void => new ImportModal(this.app, (text) => void this.imports.importText(text)).open();
		this.addCommand({ id: "import-paper", name: "Import arXiv paper", callback: openImport });
		this.addRibbonIcon("library", "Import arXiv paper", openImport);
		this.addCommand({ id: "merge-keyword", name: "Merge keyword into…", callback: () => runMergeCommand(this.app, this.atlasSettings.keywordsFolder) });
		this.addCommand({
			id: "enrich-paper",
			name: "Enrich this paper again",
			checkCallback: (checking) => {
				const file = this.app.workspace.getActiveFile();
				if (this.imports.paperId(file) === undefined || !file) return false;
				if (!checking) void this.imports.enrichPaper(file);
				return true;
			},
		});
		this.addCommand({ id: "enrich-missing", name: "Enrich papers missing enrichment", callback: () => void this.imports.enrichMissing() });
		this.addSettingTab(
			new AtlasSettingTab(
				this.app,
				this,
				{ get: () => this.atlasSettings, update: (change) => this.updateSettings(change) },
				() => this.imports.testConnection(),
			),
		);
		this.app.workspace.onLayoutReady(() => {
			const moved = migrateApiKey(this.app, this.atlasSettings);
			if (moved) void this.updateSettings(moved);
		});
	}

	private async updateSettings(change: Partial<AtlasSettings>): Promise<void> {
		this.atlasSettings = { ...this.atlasSettings, ...change };
		await this.saveData(savedSettings(this.atlasSettings));
	}
}
