import { moment, Notice, type App, type TFile } from "obsidian";
import { Enricher } from "../core/enrich/enricher";
import { enrichmentEnabled, type EnrichConfig } from "../core/enrich/config";
import { testConnection } from "../core/enrich/test-connection";
import type { PaperEnricher } from "../core/enrichment-pass";
import { Importer, type ImportOptions, type PaperSource } from "../core/importer";
import type { ImportSummary, Paper } from "../core/model";
import type { Clock, HttpClient } from "../core/ports";
import type { AtlasSettings } from "../core/settings";
import type { AfterImportOptions } from "./after-import";
import { readApiKey } from "./api-key";
import { cancelledSummary, type ImportPipeline, type ProgressView } from "./import-pipeline";
import { ObsidianLinks } from "./link-adapter";
import { LiveSnapshot } from "./live-snapshot";
import type { NoteProperties } from "./note-properties";
import { templateForImport } from "./note-template";
import { ProgressNotice } from "./progress-notice";
import { ObsidianVault } from "./vault-adapter";
import { PAPER_PROPERTIES } from "../core/notes/paper-schema";
import { plural } from "../core/words";

export interface ImportServiceDeps {
	app: App;
	arxiv: PaperSource;
	http: HttpClient;
	clock: Clock;
	settings: () => AtlasSettings;
	properties: NoteProperties;
	pipeline: ImportPipeline;
}


/**
 * The ways in that import by IDs or papers in hand (import box, ribbon, editor, search, enrich
 * commands): each is one job of the one pipeline, with a progress notice and the after-import steps.
 */
export class ImportService {
	readonly importer: Importer;
	readonly vault: ObsidianVault;

	constructor(private readonly deps: ImportServiceDeps) {
		this.vault = new ObsidianVault(deps.app, deps.properties);
		this.importer = new Importer({
			vault: this.vault,
			snapshots: new LiveSnapshot(this.vault, deps.properties),
			links: new ObsidianLinks(deps.app),
			arxiv: deps.arxiv,
			clock: deps.clock,
			formatDate: (date, format) => moment(date).format(format),
		});
	}

	private enrichConfig(): EnrichConfig {
		const settings = this.deps.settings();
		return { ...settings.enrich, apiKey: readApiKey(this.deps.app, settings) };
	}

	private enricher(): PaperEnricher | undefined {
		const config = this.enrichConfig();
		return enrichmentEnabled(config) ? new Enricher(config, this.deps.http, this.deps.clock) : undefined;
	}

	testConnection(): Promise<{ ok: boolean; message: string }> {
		return testConnection(this.enrichConfig(), this.deps.http, this.deps.clock);
	}

	/** The after-import steps a path gets by default: open the note, PDFs as the setting says. */
	defaults(change: Partial<AfterImportOptions> = {}): AfterImportOptions {
		return { open: true, pdf: this.deps.settings().tools.pdfDownload, ...change };
	}

	importText(text: string, after: AfterImportOptions = this.defaults()): Promise<ImportSummary> {
		return this.job("these papers", after, (settings, options) => this.importer.importText(text, settings, options));
	}

	/** Writes notes for papers already in hand (a search result). */
	importPapers(papers: Paper[], after: AfterImportOptions = this.defaults()): Promise<ImportSummary> {
		return this.job(plural(papers.length, "paper"), after, (settings, options) => this.importer.importPapers(papers, settings, options));
	}

	/**
	 * One job with a progress notice: the template note is checked before anything is fetched or
	 * written (a mistake asks the user what to do), then the summary shows.
	 */
	private job(what: string, after: AfterImportOptions, work: (settings: AtlasSettings, options: ImportOptions) => Promise<ImportSummary>): Promise<ImportSummary> {
		return this.deps.pipeline.enqueue({
			what,
			after,
			view: (): ProgressView => new ProgressNotice(),
			run: async (signal, onEvent) => {
				const settings = this.deps.settings();
				const template = await templateForImport(this.deps.app, this.vault, settings.layout);
				if (template === "cancel") return cancelledSummary();
				return work(settings, { onEvent, signal, enricher: this.enricher(), template });
			},
		});
	}

	/** The arXiv ID of a paper note, or undefined for any other note. */
	paperId(file: TFile | null): string | undefined {
		return this.deps.properties.paperId(file);
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
		return this.importText(id, this.defaults({ open: false }));
	}

	/** Every paper note whose enrichment is not done yet. */
	async enrichMissing(): Promise<ImportSummary | undefined> {
		if (!this.requireModel()) return undefined;
		const ids = this.deps.app.vault
			.getMarkdownFiles()
			.filter((f) => this.deps.properties.of(f)?.[PAPER_PROPERTIES.enrichment] !== "done")
			.map((f) => this.paperId(f))
			.filter((id): id is string => id !== undefined);
		if (ids.length === 0) {
			new Notice("Every paper note has its enrichment already.");
			return undefined;
		}
		return this.importText(ids.join("\n"), this.defaults({ open: false }));
	}
}
