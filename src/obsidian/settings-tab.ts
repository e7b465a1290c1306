import { renderCaptureSettings } from "./capture/register-capture";
import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { DEFAULT_SETTINGS, type NoteLanguage } from "../core/settings";
import { renderFeedSettings } from "./feed/settings-feed";
import { renderLlmSettings } from "./settings-llm";
import { renderEditorSettings } from "./editor/editor-settings-ui";
import { renderLayoutSettings } from "./settings-layout";
import type { SettingsStore } from "./settings-store";
import { FolderSuggest } from "./folder-suggest";
import { addSliderWithValue } from "./slider-with-value";
import { renderToolsSettings } from "./tools/settings-tools";

export type { SettingsStore } from "./settings-store";

type FolderKey = "papersFolder" | "keywordsFolder" | "categoriesFolder" | "dailyFolder";

export class AtlasSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: SettingsStore,
		private readonly testConnection: () => Promise<{ ok: boolean; message: string }>,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.store.get();

		const folder = (key: FolderKey, name: string, desc: string): void => {
			new Setting(containerEl)
				.setName(name)
				.setDesc(desc)
				.addText((t) => {
					const save = (value: string): Promise<void> => this.store.update({ [key]: value.trim() || DEFAULT_SETTINGS[key] });
					new FolderSuggest(this.app, t.inputEl, save);
					t.setPlaceholder(DEFAULT_SETTINGS[key]).setValue(s[key]).onChange(save);
				});
		};

		// Sections as a user looks for them: Notes, Keywords, Listings, Language model, PDFs and citing, From the browser, Editor.
		new Setting(containerEl).setName("Notes").setHeading();
		folder("papersFolder", "Paper notes", "Folder for one note per paper.");
		folder("categoriesFolder", "Category notes", "Folder for one note per arXiv category, such as cs.AI.");
		new Setting(containerEl)
			.setName("File name template")
			.setDesc("Name of a new paper note. Use {{title}}, {{id}}, {{year}} and {{firstAuthor}}. Characters that are not allowed in file names are removed.")
			.addText((t) =>
				t
					.setPlaceholder(DEFAULT_SETTINGS.fileNameTemplate)
					.setValue(s.fileNameTemplate)
					.onChange(async (value) => this.store.update({ fileNameTemplate: value.trim() || DEFAULT_SETTINGS.fileNameTemplate })),
			);
		new Setting(containerEl)
			.setName("Note language")
			.setDesc("Language of the headings and labels in new and re-imported paper notes.")
			.addDropdown((d) =>
				d
					.addOptions({ en: "English", ko: "한국어 (Korean)" })
					.setValue(s.noteLanguage)
					.onChange(async (value) => this.store.update({ noteLanguage: value as NoteLanguage })),
			);
		new Setting(containerEl)
			.setName("Open the imported note")
			.setDesc("Opens the first imported paper note when an import ends.")
			.addToggle((t) => t.setValue(s.openAfterImport).onChange(async (value) => this.store.update({ openAfterImport: value })));
		new Setting(containerEl)
			.setName("Reading status on import")
			.setDesc("A new paper note gets the status property to-read; the commands to mark a paper as to read, reading or read change it.")
			.addToggle((t) => t.setValue(s.readingStatus).onChange(async (value) => this.store.update({ readingStatus: value })));
		new Setting(containerEl)
			.setName("Papers already in the vault")
			.setDesc("When importing a list of identifiers: skip the papers you have, or fetch them again and update their notes.")
			.addDropdown((d) =>
				d
					.addOptions({ skip: "Skip them", update: "Update them" })
					.setValue(s.feed.knownPapers)
					.onChange(async (value) => this.store.update({ feed: { ...this.store.get().feed, knownPapers: value === "update" ? "update" : "skip" } })),
			);
		new Setting(containerEl)
			.setName("List imported papers in the daily note")
			.setDesc("Adds a line for each paper to the note of the day.")
			.addToggle((t) => t.setValue(s.dailyNote).onChange(async (value) => this.store.update({ dailyNote: value })));
		folder("dailyFolder", "Daily notes folder", "Folder of the daily notes.");
		new Setting(containerEl)
			.setName("Daily note date format")
			.setDesc("Moment.js format of the daily note's name, such as YYYY-MM-DD. Slashes make subfolders.")
			.addText((t) =>
				t
					.setPlaceholder(DEFAULT_SETTINGS.dailyDateFormat)
					.setValue(s.dailyDateFormat)
					.onChange(async (value) => this.store.update({ dailyDateFormat: value.trim() || DEFAULT_SETTINGS.dailyDateFormat })),
			);
		renderLayoutSettings(containerEl, this.app, this.store, () => this.display());

		new Setting(containerEl).setName("Keywords").setHeading();
		folder("keywordsFolder", "Keyword notes", "Folder for one note per concept, in a subfolder per keyword category.");
		addSliderWithValue(new Setting(containerEl).setName("Keywords per paper").setDesc("How many keywords the offline extractor links for each paper."), {
			min: 3,
			max: 20,
			step: 1,
			value: s.keywordsPerPaper,
			onChange: (value) => this.store.update({ keywordsPerPaper: value }),
		});

		renderFeedSettings(containerEl, this.app, this.store, () => this.display());
		renderLlmSettings(containerEl, this.app, this.store, this.testConnection, () => this.display());
		renderToolsSettings(containerEl, this.app, this.store);
		renderCaptureSettings(containerEl, this.app);
		renderEditorSettings(containerEl, this.store);
	}
}
