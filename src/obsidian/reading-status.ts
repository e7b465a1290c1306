import { Notice, type Plugin } from "obsidian";
import { PAPER_PROPERTIES, READING_STATUS_NAMES, READING_STATUSES } from "../core/notes/paper-schema";
import type { NoteProperties } from "./note-properties";
import { setProperties } from "../core/notes/frontmatter-edit";
import { processNote } from "./process-note";
import { errorMessage } from "../core/words";

/** "Mark paper as to read / reading / read": the open paper note's `status` property (only its line changes). */
export function registerReadingStatus(plugin: Plugin, properties: NoteProperties): void {
	const { app } = plugin;
	for (const status of READING_STATUSES) {
		plugin.addCommand({
			id: `mark-${status}`,
			name: `Mark paper as ${READING_STATUS_NAMES[status]}`,
			checkCallback: (checking) => {
				const file = app.workspace.getActiveFile();
				if (!file || properties.paperId(file) === undefined) return false;
				if (!checking) {
					processNote(app.vault, properties, file, (text) => setProperties(text, [[PAPER_PROPERTIES.status, status]]))
						.then(
							() => {
								new Notice(`${file.basename}: ${READING_STATUS_NAMES[status]}.`);
							},
							(error: unknown) => new Notice(`The reading status of ${file.basename} was not changed: ${errorMessage(error)}`),
						);
				}
				return true;
			},
		});
	}
}
