import { Notice, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin } from "obsidian";
import type { NoteProperties } from "../note-properties";
import type { LibraryRadar } from "./library-radar";

/** How many related papers the command links. */
const RELATED = 5;

/** "Insert links to related papers": on a paper note, a list of links to the vault's papers most like it, with what they share. */
export function registerRadar(plugin: Plugin, radar: LibraryRadar, properties: NoteProperties): void {
	const { app } = plugin;
	plugin.addCommand({
		id: "insert-related-papers",
		name: "Insert links to related papers",
		editorCheckCallback: (checking: boolean, editor: Editor, view: MarkdownView | MarkdownFileInfo) => {
			const file = view.file;
			if (!file || properties.paperId(file) === undefined) return false;
			if (!checking) {
				void (async () => {
					const related = await radar.related(file.path, RELATED);
					if (related.length === 0) {
						new Notice("No other paper in the vault is like this one yet.");
						return;
					}
					const lines = related.map(({ file: note, title, why }) => {
						const link = app.fileManager.generateMarkdownLink(note, file.path, undefined, title.replace(/[[\]|#^]/g, ""));
						return `- ${link}${why.length > 0 ? ` (${why.join(", ")})` : ""}`;
					});
					editor.replaceSelection(`${lines.join("\n")}\n`);
				})();
			}
			return true;
		},
	});
}
