import { getLanguage, Notice, Plugin, requireApiVersion } from "obsidian";
import { ArxivClient } from "./core/arxiv/client";
import { RateLimiter } from "./core/arxiv/rate-limiter";
import type { Clock } from "./core/ports";
import { savedSettings, withNormalFolders, type AtlasSettings } from "./core/settings";
import { AfterImportSteps } from "./obsidian/after-import";
import { migrateApiKey } from "./obsidian/api-key";
import { Citations } from "./obsidian/cite/citations";
import { RequestUrlHttpClient } from "./obsidian/http-adapter";
import { ImportModal } from "./obsidian/import-modal";
import { ImportPipeline } from "./obsidian/import-pipeline";
import { ImportService } from "./obsidian/import-service";
import { loadSettings, pluginFolder } from "./obsidian/load-settings";
import { runMergeCommand } from "./obsidian/merge-keyword";
import { runCleanUpKeywords } from "./obsidian/clean-up-keywords";
import { NoteProperties } from "./obsidian/note-properties";
import { PdfDownloader } from "./obsidian/pdf/pdf-downloader";
import { registerFeed } from "./obsidian/feed/register-feed";
import { LibraryRadars } from "./obsidian/radar/library-radars";
import { registerCitations } from "./obsidian/citations/register-citations";
import { registerCapture } from "./obsidian/capture/register-capture";
import { registerReadingStatus } from "./obsidian/reading-status";
import { firstRunSettings } from "./core/app-language";
import { registerVersions } from "./obsidian/versions/register-versions";
import { DayMark } from "./obsidian/day-mark";
import { localDay } from "./core/dates";
import { SeenStore } from "./obsidian/radar/seen-store";
import { registerRadar } from "./obsidian/radar/register-radar";
import { RunStore } from "./obsidian/feed/run-store";
import { AtlasSettingTab } from "./obsidian/settings-tab";
import { registerKeywordView, type KeywordViewRegistration } from "./obsidian/view/register";
import { registerEditorIntegration } from "./obsidian/editor/register";
import { registerAuthorNotes } from "./obsidian/author-notes";
import { registerTools } from "./obsidian/tools/register-tools";
import { registerMapUpkeep } from "./obsidian/map-upkeep";

const clock: Clock = {
	now: () => new Date(),
	sleep: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
};

export default class ArxivAtlasPlugin extends Plugin {
	private atlasSettings!: AtlasSettings;
	/** False while data.json could not be read: the file keeps the user's settings until they change one. */
	private settingsWritable = true;
	private keywordView!: KeywordViewRegistration;

	async onload(): Promise<void> {
		const loaded = await loadSettings(this);
		this.atlasSettings = loaded.settings;
		// A first run follows the app's language (Obsidian 1.8.7+): Korean notes in a Korean app, the translation into it.
		let followsApp = false;
		if (loaded.firstRun) {
			if (requireApiVersion("1.8.7")) {
				this.atlasSettings = firstRunSettings(getLanguage(), loaded.settings);
				followsApp = this.atlasSettings.noteLanguage !== loaded.settings.noteLanguage || this.atlasSettings.enrich.targetLanguage !== loaded.settings.enrich.targetLanguage;
			}
		}
		if (loaded.problem !== undefined) {
			this.settingsWritable = false;
			new Notice(loaded.problem, 0);
		}
		const settings = (): AtlasSettings => this.atlasSettings;
		const store = { get: settings, update: (change: Partial<AtlasSettings>) => this.updateSettings(change) };
		const { app } = this;
		const http = new RequestUrlHttpClient();
		// One client, so one request every 3 s to arXiv across every command of this plugin.
		const limiter = new RateLimiter(clock);
		const arxiv = new ArxivClient(http, limiter, clock);
		const properties = new NoteProperties(app);
		properties.register(this);
		const toolsSettings = (): AtlasSettings["tools"] => this.atlasSettings.tools;
		const pdf = new PdfDownloader(app, properties, http, limiter, toolsSettings);
		const citations = new Citations(app, properties, toolsSettings);
		// One queue for every import, with the same after-import steps.
		const pipeline = new ImportPipeline(new AfterImportSteps(app, settings, citations, pdf));
		this.register(() => pipeline.cancelAll());
		const imports = new ImportService({ app, arxiv, http, clock, settings, properties, pipeline });

		const openImport = (): void =>
			new ImportModal(app, (text, options) => void imports.importText(text, imports.defaults({ pdf: options.pdf })), this.atlasSettings.tools.pdfDownload).open();
		this.addCommand({ id: "import-paper", name: "Import arXiv papers", callback: openImport });
		this.addRibbonIcon("library", "Import arXiv papers", openImport);
		registerTools(this, { app, arxiv, properties, pdf, citations, settings: toolsSettings, imports });
		const folder = pluginFolder(this);
		const radars = new LibraryRadars(app, properties, () => this.atlasSettings.feed.radarLibrary, folder);
		radars.register(this);
		this.keywordView = registerKeywordView(this, { keywordsFolder: () => this.atlasSettings.keywordsFolder, openImport, similar: (path, top) => radars.everyPaper().similar(path, top) });
		registerEditorIntegration(this, { imports, properties, index: this.keywordView.index, settings });
		this.addCommand({ id: "merge-keyword", name: "Merge keyword into…", callback: () => runMergeCommand(app, this.atlasSettings.keywordsFolder) });
		this.addCommand({
			id: "clean-up-keywords",
			name: "Clean up keywords",
			callback: () => runCleanUpKeywords({ app, properties, pipeline, keywordsFolder: () => this.atlasSettings.keywordsFolder }),
		});
		registerAuthorNotes(this, { settings });
		this.addCommand({
			id: "enrich-paper",
			name: "Enrich this paper again",
			checkCallback: (checking) => {
				const file = app.workspace.getActiveFile();
				if (!file || imports.paperId(file) === undefined) return false;
				if (!checking) void imports.enrichPaper(file);
				return true;
			},
		});
		const runs = new RunStore(app.vault.adapter, folder);
		registerRadar(this, radars, properties);
		const seen = new SeenStore(app.vault.adapter, folder);
		registerFeed(this, { app, http, limiter, arxiv, clock, store, runs, imports, pipeline, properties, radars, seen }, folder);
		this.addCommand({ id: "enrich-missing", name: "Enrich papers missing enrichment", callback: () => void imports.enrichMissing() });
		registerMapUpkeep(this, { vault: imports.vault, properties, settings });
		registerCapture(this, imports, clock);
		registerReadingStatus(this, properties);
		const versions = registerVersions(this, { arxiv, pipeline, imports, properties });
		registerCitations(this, { app, http, clock, imports, pipeline, properties, settings, folder });
		this.addSettingTab(new AtlasSettingTab(app, this, store, () => imports.testConnection()));
		app.workspace.onLayoutReady(() => {
			// Saved, so the CLI writes the same notes into this vault.
			if (followsApp) void this.updateSettings({}, false);
			const moved = migrateApiKey(app, this.atlasSettings);
			if (moved) void this.updateSettings(moved, false);
			// The daily check for new versions: once a day, quietly unless a paper has one.
			if (this.atlasSettings.tools.checkVersionsDaily) {
				const checked = new DayMark(app.vault.adapter, folder, "versions-checked.txt");
				void checked.last().then(async (last) => {
					if (last === localDay(clock.now())) return;
					// Marked once arXiv has answered: offline at start, the next start tries again.
					if (await versions.check(true)) await checked.mark(clock.now());
				});
			}
		});
	}

	/** First enabled by the user (Obsidian 1.7.2+): show the keyword view once. */
	onUserEnable(): void {
		void this.keywordView.activate();
	}

	/** Every setting change goes through here: folders are normalised once, and the keyword view follows its folder at once. */
	private async updateSettings(change: Partial<AtlasSettings>, byUser = true): Promise<void> {
		const before = this.atlasSettings.keywordsFolder;
		this.atlasSettings = withNormalFolders({ ...this.atlasSettings, ...change });
		if (this.atlasSettings.keywordsFolder !== before) this.keywordView.index.build();
		// A data.json the plugin could not read holds the user's settings: only a change of theirs replaces it.
		if (byUser) this.settingsWritable = true;
		if (!this.settingsWritable) return;
		await this.saveData(savedSettings(this.atlasSettings));
	}
}
