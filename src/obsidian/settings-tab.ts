import { renderCaptureSettings } from "./capture/register-capture";
import { PluginSettingTab, requireApiVersion, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { DEFAULT_SETTINGS, type AtlasSettings, type NoteLanguage } from "../core/settings";
import { renderFeedSettings } from "./feed/settings-feed";
import { renderLlmSettings } from "./settings-llm";
import { renderEditorSettings } from "./editor/editor-settings-ui";
import { renderLayoutSettings } from "./settings-layout";
import type { SettingsStore } from "./settings-store";
import { FolderSuggest } from "./folder-suggest";
import { addSliderWithValue } from "./slider-with-value";
import { renderToolsSettings } from "./tools/settings-tools";
import { definedRows, drawnRows, type SettingsRows } from "./settings-rows";

export type { SettingsStore } from "./settings-store";

type FolderKey = "papersFolder" | "keywordsFolder" | "categoriesFolder" | "dailyFolder";

/**
 * The settings tab. On Obsidian 1.13+ its rows are setting definitions, drawn by the app and found by
 * its settings search; before 1.13, `display()` draws the same rows itself.
 */
export class AtlasSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: SettingsStore,
		private readonly testConnection: () => Promise<{ ok: boolean; message: string }>,
	) {
		super(app, plugin);
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		if (!requireApiVersion("1.13.0")) return [];
		const rows = definedRows();
		this.rows(rows);
		return rows.groups;
	}

	display(): void {
		this.containerEl.empty();
		this.rows(drawnRows(this.containerEl));
	}

	/** Draws the tab again: some rows come and go with the values of others (the provider, author notes, the categories). */
	private redraw(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else this.display();
	}

	private rows(rows: SettingsRows): void {
		const s = (): AtlasSettings => this.store.get();
		const redraw = (): void => this.redraw();

		const folder = (key: FolderKey, name: string, desc: string): void => {
			rows.add(name, desc, (setting) =>
				setting.addText((t) => {
					const save = (value: string): Promise<void> => this.store.update({ [key]: value.trim() || DEFAULT_SETTINGS[key] });
					new FolderSuggest(this.app, t.inputEl, save);
					t.setPlaceholder(DEFAULT_SETTINGS[key]).setValue(s()[key]).onChange(save);
				}),
			);
		};

		// Sections as a user looks for them: Notes, Keywords, Listings, Language model, PDFs and citing, From the browser, Editor.
		rows.heading("Notes");
		folder("papersFolder", "Paper notes", "Folder for one note per paper.");
		folder("categoriesFolder", "Category notes", "Folder for one note per arXiv category, such as cs.AI.");
		rows.add("File name template", "Name of a new paper note. Use {{title}}, {{id}}, {{year}} and {{firstAuthor}}. Characters that are not allowed in file names are removed.", (setting) =>
			setting.addText((t) =>
				t
					.setPlaceholder(DEFAULT_SETTINGS.fileNameTemplate)
					.setValue(s().fileNameTemplate)
					.onChange(async (value) => this.store.update({ fileNameTemplate: value.trim() || DEFAULT_SETTINGS.fileNameTemplate })),
			),
		);
		rows.add("Note language", "Language of the headings and labels in new and re-imported paper notes.", (setting) =>
			setting.addDropdown((d) =>
				d
					.addOptions({ en: "English", ko: "한국어 (Korean)" })
					.setValue(s().noteLanguage)
					.onChange(async (value) => this.store.update({ noteLanguage: value as NoteLanguage })),
			),
		);
		rows.add("Open the imported note", "Opens the first imported paper note when an import ends.", (setting) =>
			setting.addToggle((t) => t.setValue(s().openAfterImport).onChange(async (value) => this.store.update({ openAfterImport: value }))),
		);
		rows.add("Reading status on import", "A new paper note gets the status property to-read; the commands to mark a paper as to read, reading or read change it.", (setting) =>
			setting.addToggle((t) => t.setValue(s().readingStatus).onChange(async (value) => this.store.update({ readingStatus: value }))),
		);
		rows.add("Papers already in the vault", "When importing a list of identifiers: skip the papers you have, or fetch them again and update their notes.", (setting) =>
			setting.addDropdown((d) =>
				d
					.addOptions({ skip: "Skip them", update: "Update them" })
					.setValue(s().feed.knownPapers)
					.onChange(async (value) => this.store.update({ feed: { ...this.store.get().feed, knownPapers: value === "update" ? "update" : "skip" } })),
			),
		);
		rows.add("List imported papers in the daily note", "Adds a line for each paper to the note of the day.", (setting) =>
			setting.addToggle((t) => t.setValue(s().dailyNote).onChange(async (value) => this.store.update({ dailyNote: value }))),
		);
		folder("dailyFolder", "Daily notes folder", "Folder of the daily notes.");
		rows.add("Daily note date format", "Moment.js format of the daily note's name, such as YYYY-MM-DD. Slashes make subfolders.", (setting) =>
			setting.addText((t) =>
				t
					.setPlaceholder(DEFAULT_SETTINGS.dailyDateFormat)
					.setValue(s().dailyDateFormat)
					.onChange(async (value) => this.store.update({ dailyDateFormat: value.trim() || DEFAULT_SETTINGS.dailyDateFormat })),
			),
		);
		renderLayoutSettings(rows, this.app, this.store, redraw);

		rows.heading("Keywords");
		folder("keywordsFolder", "Keyword notes", "Folder for one note per concept, in a subfolder per keyword category.");
		rows.add("Keywords per paper", "How many keywords the offline extractor links for each paper.", (setting) =>
			addSliderWithValue(setting, { min: 3, max: 20, step: 1, value: s().keywordsPerPaper, onChange: (value) => this.store.update({ keywordsPerPaper: value }) }),
		);

		renderFeedSettings(rows, this.app, this.store, redraw);
		renderLlmSettings(rows, this.app, this.store, this.testConnection, redraw);
		renderToolsSettings(rows, this.app, this.store);
		renderCaptureSettings(rows, this.app);
		renderEditorSettings(rows, this.store);
	}
}
