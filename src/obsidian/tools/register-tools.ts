import { MarkdownView, type App, type Plugin, type TFile } from "obsidian";
import type { ArxivClient } from "../../core/arxiv/client";
import type { Paper } from "../../core/model";
import { SearchCache } from "../../core/search/search-cache";
import type { ToolsSettings } from "../../core/tools/tools-settings";
import type { Citations } from "../cite/citations";
import { InsertPaperLinkModal } from "../cite/insert-link-modal";
import type { ImportService } from "../import-service";
import type { NoteProperties } from "../note-properties";
import type { PdfDownloader } from "../pdf/pdf-downloader";
import { SearchArxivModal } from "../search/search-modal";
import { paperNotesById, paperOf } from "./paper-notes";
import { htmlUrl } from "../../core/notes/urls";

export interface ToolsDeps {
	app: App;
	/** The plugin's one arXiv client: searches wait their turn with imports. */
	arxiv: Pick<ArxivClient, "search">;
	properties: NoteProperties;
	pdf: PdfDownloader;
	citations: Citations;
	settings: () => ToolsSettings;
	/** The import pipeline's way in for papers in hand. */
	imports: Pick<ImportService, "importPapers">;
}

/** Commands for PDF download, title search and citing. */
export function registerTools(plugin: Plugin, deps: ToolsDeps): void {
	const { app, pdf, citations, properties } = deps;
	const cache = new SearchCache<Paper[]>();

	const activePaper = (checking: boolean, run: (note: TFile) => void): boolean => {
		const file = app.workspace.getActiveFile();
		if (!file || !paperOf(properties, file)) return false;
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
				notesById: () => paperNotesById(app, properties),
				choose: (row) => {
					if (row.note) void app.workspace.getLeaf(false).openFile(row.note);
					else void deps.imports.importPapers([row.paper]);
				},
			}).open(),
	});
	plugin.addCommand({
		id: "insert-paper-link",
		name: "Insert link to paper",
		editorCallback: (editor, view) => {
			const source = view.file?.path ?? app.workspace.getActiveViewOfType(MarkdownView)?.file?.path ?? "";
			new InsertPaperLinkModal(app, properties, editor, source).open();
		},
	});
	plugin.addCommand({
		id: "open-html-version",
		name: "Open the web version of this paper",
		// window.open follows the user's choice: the core Web viewer when it opens external links, else the browser.
		checkCallback: (checking) =>
			activePaper(checking, (note) => {
				const id = properties.paperId(note);
				if (id !== undefined) window.open(htmlUrl(id));
			}),
	});
	plugin.addCommand({
		id: "copy-bibtex",
		name: "Copy BibTeX",
		checkCallback: (checking) => activePaper(checking, (note) => void citations.copy(note)),
	});
}
