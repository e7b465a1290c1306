import { Notice, type Plugin } from "obsidian";
import { PAPER_PROPERTIES, READING_STATUS_NAMES, READING_STATUSES } from "../core/notes/paper-schema";
import type { NoteProperties } from "./note-properties";

const NAMES = READING_STATUS_NAMES;

/** "Mark paper as to read / reading / read": the open paper note's `status` property, through Obsidian's own property edit. */
export function registerReadingStatus(plugin: Plugin, properties: NoteProperties): void {
	const { app } = plugin;
	for (const status of READING_STATUSES) {
		plugin.addCommand({
			id: `mark-${status}`,
			name: `Mark paper as ${NAMES[status]}`,
			checkCallback: (checking) => {
				const file = app.workspace.getActiveFile();
				if (!file || properties.paperId(file) === undefined) return false;
				if (!checking) {
					app.fileManager
						.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
							frontmatter[PAPER_PROPERTIES.status] = status;
						})
						.then(
							() => new Notice(`${file.basename}: ${NAMES[status]}.`),
							(error: unknown) => new Notice(`The reading status of ${file.basename} was not changed: ${error instanceof Error ? error.message : String(error)}`),
						);
				}
				return true;
			},
		});
	}
}
