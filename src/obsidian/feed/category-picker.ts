import { FuzzySuggestModal, type App } from "obsidian";
import { activeCategories, categoryLabel } from "../../core/arxiv/taxonomy";

/** "Add a category": arXiv's categories by name, searchable (`Computer Science › Machine Learning (cs.LG)`). */
export class CategoryPickerModal extends FuzzySuggestModal<string> {
	constructor(
		app: App,
		private readonly followed: readonly string[],
		private readonly onPick: (code: string) => void,
	) {
		super(app);
		this.setPlaceholder("Find a category by name or code, such as machine learning or cs.LG");
		this.emptyStateText = "No arXiv category matches.";
		this.setInstructions([
			{ command: "↑↓", purpose: "to navigate" },
			{ command: "↵", purpose: "to follow the category" },
			{ command: "esc", purpose: "to dismiss" },
		]);
	}

	getItems(): string[] {
		return activeCategories().filter((code) => !this.followed.includes(code));
	}

	getItemText(code: string): string {
		return categoryLabel(code);
	}

	onChooseItem(code: string): void {
		this.onPick(code);
	}
}
