import { Notice, requireApiVersion, type App, type Plugin } from "obsidian";
import { summaryText } from "../progress-notice";
import { importBookmarklet, readImportCommand, readImportUri, URI_ACTION } from "../../core/capture/import-uri";
import type { Clock } from "../../core/ports";
import type { ImportService } from "../import-service";
import type { SettingsRows } from "../settings-rows";

/**
 * `obsidian://arxiv-atlas?import=<IDs or links>[&pdf=1]` imports through the one pipeline, on
 * desktop and mobile: what the bookmarklet in the settings sends from an arXiv page.
 */
export function registerCapture(plugin: Plugin, imports: ImportService, clock: Clock): void {
	// One link at a time: a page cannot queue import after import behind the user's back.
	let fromLink = false;
	plugin.registerObsidianProtocolHandler(URI_ACTION, (params) => {
		const read = readImportUri(params, clock.now());
		if ("problem" in read) {
			new Notice(read.problem);
			return;
		}
		if (fromLink) {
			new Notice("An import from an arXiv Atlas link is still running: this link was not taken. Open it again when the import has ended.");
			return;
		}
		fromLink = true;
		void imports.importText(read.text, imports.defaults({ pdf: read.pdf })).finally(() => (fromLink = false));
	});
	// Obsidian's own command line (1.12.2+): `obsidian arxiv-atlas:import ids=2401.00001 [pdf]` imports into the open vault.
	if (requireApiVersion("1.12.2")) {
		plugin.registerCliHandler(
			`${URI_ACTION}:import`,
			"Import arXiv papers into this vault, as the import box does.",
			{ ids: { value: "<arXiv IDs or links>", description: "the papers, separated by commas or spaces", required: true }, pdf: { description: "also download their PDFs" } },
			async (params) => {
				const read = readImportCommand(params, clock.now());
				if ("problem" in read) return read.problem;
				return summaryText(await imports.importText(read.text, imports.defaults({ pdf: read.pdf, open: false })));
			},
		);
	}
}

/** The "From the browser" section of the settings tab: the bookmarklet to copy. */
export function renderCaptureSettings(rows: SettingsRows, app: App): void {
	rows.heading("From the browser");
	for (const pdf of [false, true]) {
		const link = importBookmarklet(app.vault.getName(), pdf);
		rows.add(
			pdf ? "Bookmarklet, with the PDF" : "Bookmarklet",
			"Make a bookmark in your browser with this as its address. On an arXiv page (the abstract, the PDF or the web version), the bookmark imports the paper into this vault.",
			(setting) =>
				setting.addButton((b) =>
					b.setButtonText("Copy").onClick(() => {
						void navigator.clipboard.writeText(link).then(
							() => new Notice("Bookmarklet copied: paste it as the address of a new bookmark."),
							() => new Notice("The bookmarklet could not be copied."),
						);
					}),
				),
		);
	}
}
