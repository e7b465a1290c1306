import { MarkdownView, Notice, type App, type Plugin, type TFile } from "obsidian";
import type { ArxivClient } from "../../core/arxiv/client";
import type { RateLimiter } from "../../core/arxiv/rate-limiter";
import type { ImportSummary, Paper } from "../../core/model";
import type { HttpClient } from "../../core/ports";
import { SearchCache } from "../../core/search/search-cache";
import type { ToolsSettings } from "../../core/tools/tools-settings";
import { Citations } from "../cite/citations";
import { InsertPaperLinkModal } from "../cite/insert-link-modal";
import { PdfDownloader } from "../pdf/pdf-downloader";
import { SearchArxivModal } from "../search/search-modal";
import { paperFilesAt, paperNotesById, paperOf } from "./paper-notes";

export interface ToolsDeps {
	app: App;
	/** The plugin's one arXiv client and its limiter: searches and PDFs wait their turn with imports. */
	arxiv: Pick<ArxivClient, "search">;
	limiter: RateLimiter;
	http: HttpClient;
	settings: () => ToolsSettings;
	/** Writes notes for papers in hand (the import service's importPapers). */
	importPapers: (papers: Paper[]) => Promise<ImportSummary>;
}

export interface Tools {
	pdf: PdfDownloader;
	citations: Citations;
	/** What to do once an import wrote its notes: the PDFs (when asked) and the bibtex blocks. */
	afterImport(summary: ImportSummary, options: { pdf: boolean }): Promise<void>;
}

/** Commands for PDF download, title search and citing. */
export function registerTools(plugin: Plugin, deps: ToolsDeps): Tools {
	const { app } = deps;
	const pdf = new PdfDownloader(app, deps.http, deps.limiter, deps.settings);
	const citations = new Citations(app, deps.settings);
	const cache = new SearchCache<Paper[]>();

	const afterImport = async (summary: ImportSummary, options: { pdf: boolean }): Promise<void> => {
		const notes = paperFilesAt(app, [...summary.created, ...summary.updated]);
		if (deps.settings().bibtexBlock) {
			try {
				await citations.updateBlocks(notes);
			} catch (error) {
				new Notice(`Could not write the BibTeX block: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
		// One at a time through the shared limiter; a failed download leaves its note as imported.
		if (options.pdf) for (const note of notes) await pdf.downloadWithNotice(note);
	};

	const activePaper = (checking: boolean, run: (note: TFile) => void): boolean => {
		const file = app.workspace.getActiveFile();
		if (!file || !paperOf(app, file)) return false;
		if (!checking) run(file);
		return true;
	};

	plugin.addCommand({
		id: "download-pdf",
		name: "Download PDF for this paper",
		checkCallback: (checking) => activePaper(checking, (note) => void pdf.downloadWithNotice(note)),
	});
	plugin.addCommand({
		id: "search-arxiv",
		name: "Search arXiv",
		callback: () =>
			new SearchArxivModal(app, {
				search: (text) => deps.arxiv.search(text, deps.settings().searchMax),
				cache,
				notesById: () => paperNotesById(app),
				choose: (row) => {
					if (row.note) void app.workspace.getLeaf(false).openFile(row.note);
					else void deps.importPapers([row.paper]).then((summary) => afterImport(summary, { pdf: deps.settings().pdfDownload }));
				},
			}).open(),
	});
	plugin.addCommand({
		id: "insert-paper-link",
		name: "Insert link to paper",
		editorCallback: (editor, view) => {
			const source = view.file?.path ?? app.workspace.getActiveViewOfType(MarkdownView)?.file?.path ?? "";
			new InsertPaperLinkModal(app, editor, source).open();
		},
	});
	plugin.addCommand({
		id: "copy-bibtex",
		name: "Copy BibTeX",
		checkCallback: (checking) => activePaper(checking, (note) => void citations.copy(note)),
	});
	return { pdf, citations, afterImport };
}
