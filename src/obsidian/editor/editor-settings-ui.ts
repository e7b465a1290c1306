import { Setting } from "obsidian";
import type { SettingsStore } from "../settings-store";

/** The "arXiv identifiers in notes" section of the settings tab. */
export function renderEditorSettings(containerEl: HTMLElement, store: SettingsStore): void {
	const s = store.get().editor;
	new Setting(containerEl).setName("Editor").setHeading();
	new Setting(containerEl)
		.setName("Mark arXiv identifiers")
		.setDesc("Underlines arXiv identifiers and links in the editor. Click one while holding the modifier key to open its note, or to import it when the vault does not have it yet.")
		.addToggle((t) => t.setValue(s.markIds).onChange(async (value) => store.update({ editor: { ...store.get().editor, markIds: value } })));
	new Setting(containerEl)
		.setName("Replace imported identifiers with links")
		.setDesc("After importing the papers of a selection or of a note, each imported identifier in the text becomes a link to its paper note.")
		.addToggle((t) => t.setValue(s.replaceWithLinks).onChange(async (value) => store.update({ editor: { ...store.get().editor, replaceWithLinks: value } })));
}
