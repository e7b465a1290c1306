import { Notice, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin } from "obsidian";
import type { NoteProperties } from "../note-properties";
import type { LibraryRadars } from "./library-radars";
import { errorMessage } from "../../core/words";
import { linkAlias } from "../../core/notes/markdown";

/** How many related papers the command links. */
const RELATED = 5;

/** "Insert links to related papers": on a paper note, a list of links to the vault's papers most like it, with what they share. */
export function registerRadar(plugin: Plugin, radars: LibraryRadars, properties: NoteProperties): void {
	const { app } = plugin;
	plugin.addCommand({
		id: "insert-related-papers",
		name: "Insert links to related papers",
		editorCheckCallback: (checking: boolean, editor: Editor, view: MarkdownView | MarkdownFileInfo) => {
			const file = view.file;
			if (!file || properties.paperId(file) === undefined) return false;
			if (!checking) {
				void (async () => {
					const radar = radars.everyPaper();
					const reading = radar.ready ? undefined : new Notice("Reading your papers to find the related ones…", 0);
					let related;
					try {
						related = await radar.related(file.path, RELATED);
					} catch (error) {
						new Notice(`Related papers: your papers could not be read (${errorMessage(error)}).`);
						return;
					} finally {
						reading?.hide();
					}
					// The editor may show another note by now (the first time reads the vault): write nothing there.
					if (view.file?.path !== file.path) {
						new Notice(`Related papers of ${file.basename} were not inserted: the note is no longer open.`);
						return;
					}
					if (related.length === 0) {
						new Notice("No other paper in the vault is like this one yet.");
						return;
					}
					const lines = related.map(({ file: note, title, why }) => {
						const link = app.fileManager.generateMarkdownLink(note, file.path, undefined, linkAlias(title));
						return `- ${link}${why.length > 0 ? ` (${why.join(", ")})` : ""}`;
					});
					editor.replaceSelection(`${lines.join("\n")}\n`);
				})();
			}
			return true;
		},
	});
}
