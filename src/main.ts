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
import { registerFeed } from "./obsidian/feed/register-feed";
import { AtlasSettingTab } from "./obsidian/settings-tab";
import { registerKeywordView, type KeywordViewRegistration } from "./obsidian/view/register";
import { registerEditorIntegration } from "./obsidian/editor/register";
import { registerAuthorNotes } from "./obsidian/author-notes";
import { registerTools } from "./obsidian/tools/register-tools";

const clock: Clock = {
	now: () => new Date(),
	sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
};

export default class ArxivAtlasPlugin extends Plugin {
	private atlasSettings!: AtlasSettings;
	private imports!: ImportService;
	private keywordView!: KeywordViewRegistration;

	async onload(): Promise<void> {
		this.atlasSettings = settingsFrom(await this.loadData());
		const store = { get: () => this.atlasSettings, update: (change: Partial<AtlasSettings>) => this.updateSettings(change) };
		const http = new RequestUrlHttpClient();
		// One client, so one request every 3 s to arXiv across every command of this plugin.
		const limiter = new RateLimiter(clock);
		const arxiv = new ArxivClient(http, limiter, clock);
		this.imports = new ImportService(this.app, arxiv, http, clock, () => this.atlasSettings);
		const tools = registerTools(this, { app: this.app, arxiv, limiter, http, settings: () => this.atlasSettings.tools, importPapers: (papers) => this.imports.importPapers(papers) });

		const openImport = (): void =>
			new ImportModal(this.app, (text, options) => void this.imports.importText(text).then((summary) => tools.afterImport(summary, options)), this.atlasSettings.tools.pdfDownload).open();
		this.addCommand({ id: "import-paper", name: "Import arXiv paper", callback: openImport });
		this.addRibbonIcon("library", "Import arXiv paper", openImport);
		this.keywordView = registerKeywordView(this, { keywordsFolder: () => this.atlasSettings.keywordsFolder, openImport });
		registerEditorIntegration(this, { imports: this.imports, index: this.keywordView.index, settings: () => this.atlasSettings });
		this.addCommand({ id: "merge-keyword", name: "Merge keyword into…", callback: () => runMergeCommand(this.app, this.atlasSettings.keywordsFolder) });
		registerAuthorNotes(this, { settings: () => this.atlasSettings });
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
		registerFeed(this, { app: this.app, http, limiter, arxiv, clock, store });
		this.addCommand({ id: "enrich-missing", name: "Enrich papers missing enrichment", callback: () => void this.imports.enrichMissing() });
		this.addSettingTab(new AtlasSettingTab(this.app, this, store, () => this.imports.testConnection()));
		this.app.workspace.onLayoutReady(() => {
			const moved = migrateApiKey(this.app, this.atlasSettings);
			if (moved) void this.updateSettings(moved);
		});
	}

	/** First enabled by the user (Obsidian 1.7.2+): show the keyword view once. */
	onUserEnable(): void {
		void this.keywordView.activate();
	}

	private async updateSettings(change: Partial<AtlasSettings>): Promise<void> {
		this.atlasSettings = { ...this.atlasSettings, ...change };
		await this.saveData(savedSettings(this.atlasSettings));
	}
}
