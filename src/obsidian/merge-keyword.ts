import type { App } from "obsidian";
import { KEYWORD_MERGE, NoteMerger, NotePicker, runNoteMergeCommand } from "./note-merger";

/**
 * "Merge keyword into…": every link to the source keyword note is rewritten to the target, the
 * source's papers join the target's list, its name becomes an alias of the target, and the source
 * goes to the trash. No other note changes. (The steps are NoteMerger's, shared with authors.)
 */
export class KeywordMerger extends NoteMerger {
	constructor(app: App) {
		super(app, KEYWORD_MERGE);
	}
}

/** Picks a keyword note from the keywords folder. */
export { NotePicker as KeywordPicker };

/** The command: the active keyword note (or a picked one) into a picked target. */
export function runMergeCommand(app: App, keywordsFolder: string): void {
	runNoteMergeCommand(app, keywordsFolder, KEYWORD_MERGE);
}
