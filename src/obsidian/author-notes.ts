import type { Plugin } from "obsidian";
import { cleanFolder } from "../core/notes/paths";
import type { AtlasSettings } from "../core/settings";
import { AUTHOR_MERGE, NoteMerger, runNoteMergeCommand } from "./note-merger";

/** "Merge author into…": like keywords, for two author notes that name one person. */
export class AuthorMerger extends NoteMerger {
	constructor(app: Plugin["app"]) {
		super(app, AUTHOR_MERGE);
	}
}

export interface AuthorNotesDeps {
	settings: () => AtlasSettings;
}

/** The commands of author notes. */
export function registerAuthorNotes(plugin: Plugin, deps: AuthorNotesDeps): void {
	plugin.addCommand({
		id: "merge-author",
		name: "Merge author into…",
		callback: () => {
			let folder = "authors";
			try {
				folder = cleanFolder("authors", deps.settings().layout.authorsFolder) || folder;
			} catch {
				// A folder setting that climbs out of the vault: the default folder.
			}
			runNoteMergeCommand(plugin.app, folder, AUTHOR_MERGE);
		},
	});
}
