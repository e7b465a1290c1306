import { TFile, type App } from "obsidian";
import type { ImportSummary, WrittenPaper } from "../core/model";
import type { AtlasSettings } from "../core/settings";
import type { Citations } from "./cite/citations";
import type { PdfDownloader } from "./pdf/pdf-downloader";
import { errorMessage } from "../core/words";

export interface AfterImportOptions {
	/** Open the first paper note (when the "open after import" setting is on). */
	open: boolean;
	/** Download the PDFs of the papers written. */
	pdf: boolean;
	/** Replace the imported IDs in the text they came from with links (the editor commands). */
	replace?: (written: readonly WrittenPaper[]) => void;
}


/**
 * The steps after an import wrote its notes, the same for every way in: the BibTeX block, the IDs
 * replaced by links, opening the note, the PDFs. They work from what the importer returned (paths
 * and papers), never from the metadata cache, which fills later.
 */
export class AfterImportSteps {
	constructor(
		private readonly app: App,
		private readonly settings: () => AtlasSettings,
		private readonly citations: Citations,
		private readonly pdf: PdfDownloader,
	) {}

	/** Runs the steps; `signal` (the job's Cancel) stops the PDF downloads between papers. */
	async run(summary: ImportSummary, options: AfterImportOptions, signal?: AbortSignal): Promise<void> {
		const written = (summary.papers ?? []).flatMap((w) => {
			const file = this.app.vault.getFileByPath(w.path);
			return file instanceof TFile ? [{ file, paper: w.paper }] : [];
		});
		if (this.settings().tools.bibtexBlock && written.length > 0) {
			try {
				await this.citations.updateBlocks(written);
			} catch (error) {
				(summary.warnings ??= []).push(`could not write the BibTeX block: ${errorMessage(error)}`);
			}
		}
		options.replace?.(summary.papers ?? []);
		if (options.open && this.settings().openAfterImport && summary.firstPaperPath) {
			const file = this.app.vault.getFileByPath(summary.firstPaperPath);
			if (file instanceof TFile) await this.app.workspace.getLeaf(false).openFile(file);
		}
		// One at a time through the shared limiter; a failed download leaves its note as imported.
		if (options.pdf) {
			for (const { file, paper } of written) {
				if (signal?.aborted) break;
				if (!this.pdf.hasPdf(file)) await this.pdf.downloadWithNotice(file, paper);
			}
		}
	}
}
