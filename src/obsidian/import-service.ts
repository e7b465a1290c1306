import { moment, Notice, normalizePath, TFile, type App } from "obsidian";
import { Enricher } from "../core/enrich/enricher";
import { enrichmentEnabled, type EnrichConfig } from "../core/enrich/config";
import { testConnection } from "../core/enrich/test-connection";
import type { PaperEnricher } from "../core/enrichment-pass";
import { Importer, type ImportOptions, type PaperSource } from "../core/importer";
import type { ImportSummary, Paper } from "../core/model";
import type { Clock, HttpClient } from "../core/ports";
import type { AtlasSettings } from "../core/settings";
import { readApiKey } from "./api-key";
import { ObsidianLinks } from "./link-adapter";
import { templateForImport } from "./note-template";
import { ProgressNotice } from "./progress-notice";
import { ObsidianVault } from "./vault-adapter";

/** Runs imports and enrichment with a progress notice, then opens the first note. */
export class ImportService {
	private readonly importer: Importer;

	constructor(
		private readonly app: App,
		arxiv: PaperSource,
		private readonly http: HttpClient,
		private readonly clock: Clock,
		private readonly settings: () => AtlasSettings,
	) {
		this.importer = new Importer({
			vault: new ObsidianVault(app),
			links: new ObsidianLinks(app),
			arxiv,
			clock,
			formatDate: (date, format) => moment(date).format(format),
		});
	}

	private enrichConfig(): EnrichConfig {
		const settings = this.settings();
		return { ...settings.enrich, apiKey: readApiKey(this.app, settings) };
	}

	private enricher(): PaperEnricher | undefined {
		const config = this.enrichConfig();
		return enrichmentEnabled(config) ? new Enricher(config, this.http, this.clock) : undefined;
	}

	testConnection(): Promise<{ ok: boolean; message: string }> {
		return testConnection(this.enrichConfig(), this.http, this.clock);
	}

	async importText(text: string, open = true): Promise<ImportSummary> {
		return this.run(open, (settings, options) => this.importer.importText(text, settings, options));
	}

	/** Writes notes for papers already in hand (a search result), with the same notice, enrichment and opening as importText. */
	async importPapers(papers: Paper[], open = true): Promise<ImportSummary> {
		return this.run(open, (settings, options) => this.importer.importPapers(papers, settings, options));
	}

	/**
	 * One import with a progress notice: the template note is checked before anything is fetched or
	 * written (a mistake asks the user what to do), then the summary shows and the first note opens.
	 */
	private async run(open: boolean, job: (settings: AtlasSettings, options: ImportOptions) => Promise<ImportSummary>): Promise<ImportSummary> {
		const settings = this.settings();
		const template = await templateForImport(this.app, new ObsidianVault(this.app), settings.layout);
		if (template === "cancel") return { created: [], updated: [], failed: [] };
		const notice = new ProgressNotice();
		let summary: ImportSummary;
		try {
			summary = await job(settings, { onProgress: (m) => notice.step(m), enricher: this.enricher(), template });
		} catch (error) {
			summary = { created: [], updated: [], failed: [{ input: "import", reason: error instanceof Error ? error.message : String(error) }] };
		}
		notice.finish(summary);
		if (open && settings.openAfterImport && summary.firstPaperPath) {
			const file = this.app.vault.getFileByPath(normalizePath(summary.firstPaperPath));
			if (file instanceof TFile) await this.app.workspace.getLeaf(false).openFile(file);
		}
		return summary;
	}

	/** The arXiv ID of a paper note, or undefined for any other note. */
	paperId(file: TFile | null): string | undefined {
		const id: unknown = file ? this.app.metadataCache.getFileCache(file)?.frontmatter?.["arxiv_id"] : undefined;
		return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
	}

	private requireModel(): boolean {
		if (enrichmentEnabled(this.enrichConfig())) return true;
		new Notice("Choose a language model provider in the arXiv Atlas settings first.");
		return false;
	}

	/** Fetches the active paper from arXiv again and asks the model about it. */
	async enrichPaper(file: TFile): Promise<ImportSummary | undefined> {
		const id = this.paperId(file);
		if (id === undefined || !this.requireModel()) return undefined;
		return this.importText(id, false);
	}

	/** Every paper note whose enrichment is not done yet. */
	async enrichMissing(): Promise<ImportSummary | undefined> {
		if (!this.requireModel()) return undefined;
		const ids = this.app.vault
			.getMarkdownFiles()
			.filter((f) => this.app.metadataCache.getFileCache(f)?.frontmatter?.["enrichment"] !== "done")
			.map((f) => this.paperId(f))
			.filter((id): id is string => id !== undefined);
		if (ids.length === 0) {
			new Notice("Every paper note has its enrichment already.");
			return undefined;
		}
		return this.importText(ids.join("\n"), false);
	}
}
