import type { SettingsStore } from "../settings-store";
import type { EditorSettings } from "../../core/view/editor-settings";
import type { SettingsRows } from "../settings-rows";

/** The "Editor" section of the settings tab: arXiv identifiers in notes. */
export function renderEditorSettings(rows: SettingsRows, store: SettingsStore): void {
	const s = (): EditorSettings => store.get().editor;
	rows.heading("Editor");
	rows.add("Mark arXiv identifiers", "Underlines arXiv identifiers and links in the editor. Click one while holding the modifier key to open its note, or to import it when the vault does not have it yet.", (setting) =>
		setting.addToggle((t) => t.setValue(s().markIds).onChange(async (value) => store.update({ editor: { ...store.get().editor, markIds: value } }))),
	);
	rows.add("Replace imported identifiers with links", "After importing the papers of a selection or of a note, each imported identifier in the text becomes a link to its paper note.", (setting) =>
		setting.addToggle((t) => t.setValue(s().replaceWithLinks).onChange(async (value) => store.update({ editor: { ...store.get().editor, replaceWithLinks: value } }))),
	);
}
