import { moment, normalizePath, TFile, type App } from "obsidian";
import { Importer, type PaperSource } from "../core/importer";
import type { ImportSummary } from "../core/model";
import type { Clock } from "../core/ports";
import type { AtlasSettings } from "../core/settings";
import { ObsidianLinks } from "./link-adapter";
import { ProgressNotice } from "./progress-notice";
import { ObsidianVault } from "./vault-adapter";

/** Runs an import from a pasted text with a progress notice, then opens the first note. */
export class ImportService {
	private readonly importer: Importer;

	constructor(
		private readonly app: App,
		arxiv: PaperSource,
		clock: Clock,
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

	async importText(text: string): Promise<ImportSummary> {
		const notice = new ProgressNotice();
		const settings = this.settings();
		let summary: ImportSummary;
		try {
			summary = await this.importer.importText(text, settings, { onProgress: (m) => notice.step(m) });
		} catch (error) {
			summary = { created: [], updated: [], failed: [{ input: "import", reason: error instanceof Error ? error.message : String(error) }] };
		}
		notice.finish(summary);
		if (settings.openAfterImport && summary.firstPaperPath) {
			const file = this.app.vault.getFileByPath(normalizePath(summary.firstPaperPath));
			if (file instanceof TFile) await this.app.workspace.getLeaf(false).openFile(file);
		}
		return summary;
	}
}
