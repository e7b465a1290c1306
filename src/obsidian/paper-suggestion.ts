import type { Paper } from "../core/model";
import { paperYear } from "../core/paper-year";
import { firstAuthors } from "../core/words";

/**
 * A paper as a row of a picker, the way Obsidian's quick switcher shows a note: the title, a muted
 * line (first authors · year · category · arXiv ID), and an "In vault" badge when the vault has it.
 */
export function renderPaperSuggestion(el: HTMLElement, paper: Paper, inVault: boolean): void {
	el.addClass("mod-complex", "arxiv-atlas-suggestion");
	const content = el.createDiv({ cls: "suggestion-content" });
	content.createDiv({ cls: "suggestion-title", text: paper.title });
	const meta = [firstAuthors(paper.authors), paperYear(paper), paper.primaryCategory, paper.id].filter((s) => s !== "").join(" · ");
	content.createDiv({ cls: "suggestion-note", text: meta });
	if (inVault) el.createDiv({ cls: "suggestion-aux" }).createSpan({ cls: "arxiv-atlas-badge mod-known", text: "In vault" });
}
