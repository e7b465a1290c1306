import { FuzzySuggestModal, type App, type Editor, type FuzzyMatch, type TFile } from "obsidian";
import type { Paper } from "../../core/model";
import { linkAlias } from "../../core/notes/markdown";
import { linkName } from "../../core/notes/note-links";
import { PAPER_PROPERTIES } from "../../core/notes/paper-schema";
import type { NoteProperties } from "../note-properties";
import { renderPaperSuggestion } from "../paper-suggestion";
import { paperNotes } from "../tools/paper-notes";

interface PaperItem {
	file: TFile;
	paper: Paper;
	keywords: string[];
}

/** The names inside keyword links: `[[keywords/broad/Robotics|Robotics]]` -> `Robotics`. */
function keywordNames(value: unknown): string[] {
	return (Array.isArray(value) ? value : []).flatMap((v) => (typeof v === "string" ? [linkName(v)] : []));
}

/**
 * "Insert link to paper": fuzzy search over the vault's paper notes by title, author, arXiv ID or
 * keyword; the link follows the user's link settings (`generateMarkdownLink`).
 */
export class InsertPaperLinkModal extends FuzzySuggestModal<PaperItem> {
	constructor(
		app: App,
		private readonly properties: NoteProperties,
		private readonly editor: Editor,
		private readonly sourcePath: string,
	) {
		super(app);
		this.setPlaceholder("Find a paper by title, author, arXiv ID or keyword");
		this.emptyStateText = "No paper note matches.";
		this.setInstructions([
			{ command: "↑↓", purpose: "to navigate" },
			{ command: "↵", purpose: "to insert a link" },
			{ command: "esc", purpose: "to dismiss" },
		]);
	}

	getItems(): PaperItem[] {
		return paperNotes(this.app, this.properties).map(({ file, paper }) => ({
			file,
			paper,
			keywords: keywordNames(this.properties.of(file)?.[PAPER_PROPERTIES.keywords]),
		}));
	}

	getItemText(item: PaperItem): string {
		return [item.paper.title, item.paper.authors.join(", "), item.paper.id, item.keywords.join(", ")].join(" · ");
	}

	/** Matched on the title, authors, ID and keywords (getItemText); shown as two lines, like the quick switcher. */
	renderSuggestion(match: FuzzyMatch<PaperItem>, el: HTMLElement): void {
		renderPaperSuggestion(el, match.item.paper, false);
	}

	onChooseItem(item: PaperItem): void {
		const alias = item.paper.title !== item.file.basename ? linkAlias(item.paper.title) : undefined;
		this.editor.replaceSelection(this.app.fileManager.generateMarkdownLink(item.file, this.sourcePath, undefined, alias));
	}
}
