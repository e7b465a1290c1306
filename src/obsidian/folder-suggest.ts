import { AbstractInputSuggest, type App, type TFolder } from "obsidian";

/** How many folders the list shows at most. */
const SHOWN = 50;

/**
 * Folder suggestions under a folder setting's text box, like Obsidian's own folder fields: the
 * vault's folders whose path contains what is typed; picking one puts its path in the box.
 */
export class FolderSuggest extends AbstractInputSuggest<TFolder> {
	constructor(
		app: App,
		input: HTMLInputElement,
		/** Saves a picked folder, as typing its path would. */
		private readonly onPick: (path: string) => unknown,
	) {
		super(app, input);
	}

	protected getSuggestions(query: string): TFolder[] {
		const typed = query.trim().toLowerCase();
		return this.app.vault
			.getAllFolders(false)
			.filter((folder) => folder.path !== "/" && folder.path !== "" && folder.path.toLowerCase().includes(typed))
			.sort((a, b) => a.path.localeCompare(b.path))
			.slice(0, SHOWN);
	}

	renderSuggestion(folder: TFolder, el: HTMLElement): void {
		el.setText(folder.path);
	}

	selectSuggestion(folder: TFolder): void {
		this.setValue(folder.path);
		void this.onPick(folder.path);
		this.close();
	}
}
