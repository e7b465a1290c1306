import { requireApiVersion, SecretComponent, type App } from "obsidian";
import { citeKeyTemplateProblem, DEFAULT_CITE_KEY_TEMPLATE } from "../../core/cite/cite-key";
import { DEFAULT_TOOLS_SETTINGS, type ToolsSettings } from "../../core/tools/tools-settings";
import { FolderSuggest } from "../folder-suggest";
import type { SettingsStore } from "../settings-store";
import { addSliderWithValue } from "../slider-with-value";
import { addCheckedField } from "../setting-problem";
import type { SettingsRows } from "../settings-rows";

/** The "PDFs and citing" section of the settings tab (PDFs, citing, the arXiv search). */
export function renderToolsSettings(rows: SettingsRows, app: App, store: SettingsStore): void {
	const s = (): ToolsSettings => store.get().tools;
	const update = (change: Partial<ToolsSettings>): Promise<void> => store.update({ tools: { ...store.get().tools, ...change } });

	rows.heading("PDFs and citing");
	rows.add("Download the PDF when importing", "Starting value of the checkbox in the import box. The download command for a single paper works either way.", (setting) =>
		setting.addToggle((t) => t.setValue(s().pdfDownload).onChange(async (value) => update({ pdfDownload: value }))),
	);
	rows.add("PDF folder", "Folder where PDFs are saved. Leave it empty to use the attachment location of your vault.", (setting) =>
		setting.addText((t) => {
			const save = (value: string): Promise<void> => update({ pdfFolder: value.trim() });
			new FolderSuggest(app, t.inputEl, save);
			t.setPlaceholder("Attachment location").setValue(s().pdfFolder).onChange(save);
		}),
	);
	rows.add("Show the PDF in the note", "Below the generated part of the paper note. A property links it in every case.", (setting) =>
		setting.addDropdown((d) =>
			d
				.addOptions({ embed: "Embed the PDF", link: "Link to the PDF", none: "Property only" })
				.setValue(s().pdfLinkStyle)
				.onChange(async (value) => update({ pdfLinkStyle: (["embed", "link", "none"] as const).find((v) => v === value) ?? "embed" })),
		),
	);
	rows.add("Largest PDF, in megabytes", "Larger PDFs are not downloaded.", (setting) =>
		setting.addText((t) =>
			t
				.setPlaceholder(String(DEFAULT_TOOLS_SETTINGS.pdfMaxMb))
				.setValue(String(s().pdfMaxMb))
				.onChange(async (value) => {
					const mb = Number(value);
					if (Number.isFinite(mb) && mb >= 1 && mb <= 1000) await update({ pdfMaxMb: mb });
				}),
		),
	);

	rows.add("Check for new versions every day", "Once a day, at start, asks arXiv whether your papers have new versions (100 a request) and lists those that do. Off: only the command checks.", (setting) =>
		setting.addToggle((t) => t.setValue(s().checkVersionsDaily).onChange(async (value) => update({ checkVersionsDaily: value }))),
	);
	// Secret storage came with Obsidian 1.11.4; before it the citations use the public pool, keyless.
	if (requireApiVersion("1.11.4")) {
		rows.add("API key for citations", "Optional. A key raises how many requests the citation service takes; without one, requests share its public pool. Kept in this device's secret storage.", (setting) =>
			setting.addComponent((el) => new SecretComponent(app, el).setValue(s().citationsKeySecret).onChange(async (value) => update({ citationsKeySecret: value }))),
		);
	}
	rows.add("BibTeX block in paper notes", "Adds the paper's BibTeX entry as a code block below the generated part; re-import replaces it.", (setting) =>
		setting.addToggle((t) => t.setValue(s().bibtexBlock).onChange(async (value) => update({ bibtexBlock: value }))),
	);
	const keyHelp = "Use {{firstAuthorLastName}}, {{year}}, {{firstTitleWord}} and {{id}}; add |lower or |upper. A key already in the vault gets a, b, … Each note keeps its key in the citekey property.";
	rows.add("Citation key template", keyHelp, (setting) => {
		// Its default is long: the field takes the row's width, under the name and description.
		setting.setClass("arxiv-atlas-setting-wide");
		const template = (value: string): string => value.trim() || DEFAULT_CITE_KEY_TEMPLATE;
		addCheckedField(setting, keyHelp, {
			placeholder: DEFAULT_CITE_KEY_TEMPLATE,
			value: s().citeKeyTemplate,
			problem: (value) => citeKeyTemplateProblem(template(value)),
			save: (value) => update({ citeKeyTemplate: template(value) }),
		});
	});

	rows.add("Search results", "How many papers the arXiv search shows.", (setting) =>
		addSliderWithValue(setting, { min: 5, max: 50, step: 5, value: s().searchMax, onChange: (value) => update({ searchMax: value }) }),
	);
}
