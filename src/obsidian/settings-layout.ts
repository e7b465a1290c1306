import { Modal, Notice, normalizePath, TFolder, type App } from "obsidian";
import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from "../core/layout/layout-settings";
import { templateNotePath } from "../core/layout/note-template";
import { defaultTemplate } from "../core/template/default-template";
import { TEMPLATE_VARIABLES } from "../core/template/paper-view";
import { FolderSuggest } from "./folder-suggest";
import type { SettingsStore } from "./settings-store";
import type { SettingsRows } from "./settings-rows";

const SUGGESTED_TEMPLATE = "templates/arXiv paper.md";

/** Writes the built-in layout as a template note at `path`; never overwrites. Returns the path written, or undefined. */
export async function createTemplateNote(app: App, setting: string, text: string): Promise<string | undefined> {
	const path = normalizePath(templateNotePath(setting) || SUGGESTED_TEMPLATE);
	if (await app.vault.adapter.exists(path)) {
		new Notice(`"${path}" already exists: nothing was overwritten. Choose another path to create a new template note.`);
		return undefined;
	}
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder !== "" && !(app.vault.getFolderByPath(folder) instanceof TFolder)) await app.vault.createFolder(folder);
	await app.vault.create(path, text);
	new Notice(`Created the template note "${path}".`);
	return path;
}

/** Template variables and what they hold, in a modal: the list is long. */
class TemplateVariablesModal extends Modal {
	onOpen(): void {
		this.setTitle("Template variables");
		this.contentEl.createEl("p", {
			text: "Write {{name}} for a value, {{#name}}…{{/name}} for a block shown when there is a value (repeated for each item of a list, with {{.}} for the item and {{@number}} for its number), and {{^name}}…{{/name}} for a block shown when there is none.",
			cls: "setting-item-description",
		});
		const table = this.contentEl.createEl("table", { cls: "arxiv-atlas-template-variables" });
		for (const v of TEMPLATE_VARIABLES) {
			const row = table.createEl("tr");
			row.createEl("td").createEl("code", { text: `{{${v.name}}}` });
			row.createEl("td", { text: v.description });
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** The template and author note settings, in the "Notes" section of the settings tab. */
export function renderLayoutSettings(rows: SettingsRows, app: App, store: SettingsStore, redraw: () => void): void {
	const s = (): LayoutSettings => store.get().layout;
	const update = (change: Partial<LayoutSettings>): Promise<void> => store.update({ layout: { ...store.get().layout, ...change } });

	rows.add("Template note", "Path of a note in your vault that lays out the generated part of paper notes. Empty: the built-in layout. Its own properties are ignored.", (setting) =>
		setting.addText((t) =>
			t
				.setPlaceholder(SUGGESTED_TEMPLATE)
				.setValue(s().templatePath)
				.onChange(async (value) => update({ templatePath: value.trim() })),
		),
	);
	rows.add("Create template note", `Writes the built-in layout, in the note language, to the path above (or ${SUGGESTED_TEMPLATE}) as a starting point. An existing note is never overwritten.`, (setting) =>
		setting.addButton((b) =>
			b.setButtonText("Create template note").onClick(async () => {
				const written = await createTemplateNote(app, store.get().layout.templatePath, defaultTemplate(store.get().noteLanguage));
				if (written !== undefined) {
					await update({ templatePath: written });
					redraw();
				}
			}),
		),
	);
	rows.add("Template variables", "The values a template note can use.", (setting) =>
		setting.addButton((b) => b.setButtonText("Show variables").onClick(() => new TemplateVariablesModal(app).open())),
	);

	rows.add("Create author notes", "Links each author to a note of their own that lists their papers. Names are matched as written; the merge author command joins two spellings of one person.", (setting) =>
		setting.addToggle((t) =>
			t.setValue(s().authorNotes).onChange(async (value) => {
				await update({ authorNotes: value });
				redraw();
			}),
		),
	);
	if (s().authorNotes) {
		rows.add("Author notes folder", "Folder for one note per author.", (setting) =>
			setting.addText((t) => {
				const save = (value: string): Promise<void> => update({ authorsFolder: value.trim() || DEFAULT_LAYOUT_SETTINGS.authorsFolder });
				new FolderSuggest(app, t.inputEl, save);
				t.setPlaceholder(DEFAULT_LAYOUT_SETTINGS.authorsFolder).setValue(s().authorsFolder).onChange(save);
			}),
		);
	}
}
