import { debounce, SuggestModal, type App, type TFile } from "obsidian";
import { errorMessage } from "../../core/words";
import type { Paper } from "../../core/model";
import { SearchCache } from "../../core/search/search-cache";
import { renderPaperSuggestion } from "../paper-suggestion";

/** A search result row: the paper, and its note when the vault has it already. */
export interface SearchRow {
	paper: Paper;
	note?: TFile;
}

export interface SearchModalDeps {
	/** Asks arXiv (through the shared limiter). */
	search(userText: string): Promise<Paper[]>;
	/** One cache per plugin: a query typed again costs no request. */
	cache: SearchCache<Paper[]>;
	/** Paper notes by arXiv ID. */
	notesById(): Map<string, TFile>;
	choose(row: SearchRow): void;
}

/** How long the user must stop typing before arXiv is asked. */
export const SEARCH_DEBOUNCE_MS = 600;

/**
 * "Search arXiv": asks the arXiv API as the user types (debounced; requests go through the plugin's
 * rate limiter; answers are cached per query). Field prefixes (`ti:`, `au:`, `abs:`, `cat:`) pass
 * through; bare words search titles and abstracts.
 */
export class SearchArxivModal extends SuggestModal<SearchRow> {
	private notes = new Map<string, TFile>();
	private readonly errors = new Map<string, string>();
	private readonly ask = debounce((text: string) => void this.fetch(text), SEARCH_DEBOUNCE_MS, true);

	constructor(
		app: App,
		private readonly deps: SearchModalDeps,
	) {
		super(app);
		this.setPlaceholder("Search arXiv: words of the title or abstract, or au:name, ti:, abs:, cat:cs.AI");
		this.setInstructions([
			{ command: "↑↓", purpose: "to navigate" },
			{ command: "↵", purpose: "to import (or open the note you have)" },
			{ command: "au: ti: abs: cat:", purpose: "to search one field" },
			{ command: "esc", purpose: "to dismiss" },
		]);
		this.emptyStateText = "Type words of a title, or au:name.";
	}

	onOpen(): void {
		this.notes = this.deps.notesById();
		void super.onOpen();
	}

	onClose(): void {
		this.ask.cancel();
		super.onClose();
	}

	private rows(papers: Paper[]): SearchRow[] {
		return papers.map((paper) => ({ paper, note: this.notes.get(paper.id) }));
	}

	/** Obsidian calls this on every keystroke: cached answers show at once, otherwise arXiv is asked once the typing stops. */
	getSuggestions(query: string): SearchRow[] {
		if (SearchCache.key(query) === "") {
			this.emptyStateText = "Type words of a title, or au:name.";
			return [];
		}
		const cached = this.deps.cache.get(query);
		if (cached !== undefined) {
			this.emptyStateText = "No papers found on arXiv.";
			return this.rows(cached);
		}
		const error = this.errors.get(query.trim());
		this.errors.delete(query.trim());
		if (error !== undefined) {
			this.emptyStateText = error;
			return [];
		}
		this.emptyStateText = "Searching arXiv…";
		this.ask(query);
		return [];
	}

	private async fetch(text: string): Promise<void> {
		try {
			await this.deps.cache.lookup(text, () => this.deps.search(text));
		} catch (error) {
			this.errors.set(text.trim(), `arXiv search failed: ${errorMessage(error)}`);
		}
		// Show the answer if the box still holds this query: Obsidian asks for suggestions again on input.
		if (this.inputEl.value === text) this.inputEl.dispatchEvent(new Event("input"));
	}

	renderSuggestion(row: SearchRow, el: HTMLElement): void {
		renderPaperSuggestion(el, row.paper, row.note !== undefined);
	}

	onChooseSuggestion(row: SearchRow): void {
		this.deps.choose(row);
	}
}
