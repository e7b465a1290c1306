import { Modal, Setting, type App } from "obsidian";
import { ListingSelection } from "../../core/feed/listing-selection";
import { preselected, scoreShares } from "../../core/feed/score-shares";
import type { Listing, ListingItem, SkippedItem } from "../../core/feed/rss";
import { plural } from "../../core/words";
import type { RadarScore } from "../radar/library-radar";
import type { Preselect } from "../../core/feed/feed-settings";

/** Authors shown in a row before "et al." (the full list is on hover). */
const AUTHORS_SHOWN = 3;

export interface ListingChoice {
	listing: Listing;
	/** The items the settings' announce types and filters keep, in feed order. */
	items: ListingItem[];
	/** IDs of papers the vault has notes for. */
	known: ReadonlySet<string>;
	skipped: SkippedItem[];
	/** How much each paper is like the vault's (the radar), when the vault has enough papers; `items` are then best first. */
	scores?: ReadonlyMap<string, RadarScore>;
	/** "liked": with scores, tick only the papers rated at least half as high as the day's best. */
	preselect?: Preselect;
	/** With several libraries in the settings: which one ranks the preview, and how to rank by another (a new preview). */
	rankBy?: { libraries: { line: string; label: string }[]; current: string; choose: (line: string) => void };
}

function authorsLine(authors: readonly string[]): string {
	return authors.length <= AUTHORS_SHOWN + 1 ? authors.join(", ") : `${authors.slice(0, AUTHORS_SHOWN).join(", ")} et al.`;
}

/**
 * The day's papers in a wide modal: the filter, Select all / none and the count stay on top, Import
 * at the bottom, the papers scroll between them. Import takes exactly the ticked papers the filter
 * shows (`ListingSelection`). Keyboard: arrows move between papers, space ticks, Enter on a paper
 * (or Ctrl/Cmd+Enter anywhere) imports; Enter in the filter goes to the first paper.
 */
export class ListingModal extends Modal {
	private readonly selection: ListingSelection;
	private readonly boxes = new Map<string, HTMLInputElement>();
	private readonly rows = new Map<string, HTMLElement>();
	private statusEl: HTMLElement | undefined;
	private emptyEl: HTMLElement | undefined;
	private importButton: HTMLButtonElement | undefined;

	constructor(
		app: App,
		private readonly choice: ListingChoice,
		/** `items`: what to import; `passedOver`: papers the user saw (shown, new) and left unticked. */
		private readonly onImport: (items: ListingItem[], passedOver: ListingItem[]) => void,
	) {
		super(app);
		this.selection = new ListingSelection(choice.items, choice.known);
		const ticked = preselected(choice.items, choice.known, choice.scores ?? new Map(), choice.preselect ?? "all");
		for (const { paper } of choice.items) if (!ticked.has(paper.id)) this.selection.set(paper.id, false);
	}

	onOpen(): void {
		const { listing, items } = this.choice;
		this.setTitle(`arXiv listing${listing.announced ? ` of ${listing.announced}` : ""}: ${listing.categories.join(", ")}`);
		this.modalEl.addClass("arxiv-atlas-listing-modal");
		const { contentEl } = this;
		contentEl.addClass("arxiv-atlas-listing");

		const head = contentEl.createDiv({ cls: "arxiv-atlas-listing-head" });
		const ranked = (this.choice.scores?.size ?? 0) > 0;
		head.createDiv({
			cls: "setting-item-description",
			text: `${plural(items.length, "paper")} match your announce types and filters, of ${listing.items.length} listed.${ranked ? " Sorted by how much each is like the papers in your vault." : ""}`,
		});
		const rankBy = this.choice.rankBy;
		if (rankBy) {
			new Setting(head)
				.setName("Rank by")
				.setDesc(ranked ? "" : "Fewer than 3 papers of the vault are in this library: arXiv's order.")
				.addDropdown((d) =>
					d
						.addOptions(Object.fromEntries(rankBy.libraries.map((l) => [l.line, l.label])))
						.setValue(rankBy.current)
						.onChange((line) => {
							// Another ranking is another preview: this one closes and records nothing as seen.
							this.close();
							rankBy.choose(line);
						}),
				);
		}
		const bar = head.createDiv({ cls: "arxiv-atlas-listing-bar" });
		const filterInput = bar.createEl("input", { type: "search", cls: "arxiv-atlas-listing-filter", attr: { placeholder: "Filter by word or phrase", "aria-label": "Filter the papers" } });
		const selectAll = bar.createEl("button", { text: "Select all" });
		const selectNone = bar.createEl("button", { text: "Select none" });
		this.statusEl = head.createDiv({ cls: "arxiv-atlas-listing-status", attr: { "aria-live": "polite" } });

		const list = contentEl.createDiv({ cls: "arxiv-atlas-listing-items" });
		this.renderProblems(list);
		items.forEach((item, index) => this.renderRow(list, item, index));
		this.emptyEl = list.createDiv({ cls: "arxiv-atlas-listing-empty" });
		this.emptyEl.hidden = true;

		const foot = new Setting(contentEl).setClass("arxiv-atlas-listing-foot");
		foot.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		foot.addButton((b) => {
			this.importButton = b.buttonEl;
			b.setCta().onClick(() => this.submit());
		});

		filterInput.addEventListener("input", () => {
			this.selection.setFilter(filterInput.value);
			this.refresh();
		});
		selectAll.addEventListener("click", () => {
			this.selection.setVisible(true);
			this.refresh();
		});
		selectNone.addEventListener("click", () => {
			this.selection.setVisible(false);
			this.refresh();
		});
		contentEl.addEventListener("keydown", (evt) => this.onKey(evt, filterInput));
		this.refresh();
		filterInput.focus();
	}

	private renderProblems(list: HTMLElement): void {
		const { listing, skipped } = this.choice;
		const problems = (summary: string, lines: string[]): void => {
			const details = list.createEl("details", { cls: "arxiv-atlas-listing-problems" });
			details.createEl("summary", { text: summary });
			const ul = details.createEl("ul");
			for (const line of lines) ul.createEl("li", { text: line });
		};
		if (listing.warnings && listing.warnings.length > 0) problems("Left out of the notes, as arXiv sent them", listing.warnings);
		if (skipped.length > 0) problems(`${plural(skipped.length, "item")} of the feed could not be read and will be skipped`, skipped.map((s) => (s.id === undefined ? s.reason : `${s.id}: ${s.reason}`)));
	}

	private renderRow(list: HTMLElement, item: ListingItem, index: number): void {
		const { paper } = item;
		const known = this.selection.isKnown(paper.id);
		const row = list.createDiv({ cls: "arxiv-atlas-listing-item" });
		const boxId = `arxiv-atlas-listing-${index}`;
		const box = row.createEl("input", { type: "checkbox", cls: "arxiv-atlas-listing-check", attr: { id: boxId, "data-id": paper.id } });
		box.addEventListener("change", () => {
			this.selection.set(paper.id, box.checked);
			this.refresh();
		});
		const body = row.createDiv({ cls: "arxiv-atlas-listing-body" });
		body.createEl("label", { cls: "arxiv-atlas-listing-title", text: paper.title, attr: { for: boxId } });
		const meta = body.createDiv({ cls: "arxiv-atlas-listing-meta" });
		meta.createSpan({ text: authorsLine(paper.authors), attr: { title: paper.authors.join(", ") } });
		meta.createSpan({ cls: "arxiv-atlas-listing-dot", text: " · " });
		meta.createSpan({ text: `${paper.id} · ${paper.categories.join(", ")}` });
		meta.createSpan({ cls: `arxiv-atlas-badge mod-${item.announceType}`, text: item.announceType });
		if (known) meta.createSpan({ cls: "arxiv-atlas-badge mod-known", text: "In vault", attr: { title: "Already in vault: left unticked" } });
		const score = this.choice.scores?.get(paper.id);
		if (score) this.renderScore(body, score, paper.id);
		const abstract = body.createDiv({ cls: "arxiv-atlas-listing-abstract is-clamped", text: paper.abstract });
		const more = body.createEl("button", { cls: "arxiv-atlas-listing-more", text: "More", attr: { "aria-expanded": "false" } });
		more.addEventListener("click", () => {
			const open = abstract.hasClass("is-clamped");
			abstract.toggleClass("is-clamped", !open);
			more.setText(open ? "Less" : "More");
			more.setAttribute("aria-expanded", String(open));
		});
		this.boxes.set(paper.id, box);
		this.rows.set(paper.id, row);
	}

	/** Each paper's place between the day's lowest score and its best, found once. */
	private shares: Map<string, number> | undefined = undefined;

	private share(id: string): number {
		this.shares ??= scoreShares(this.choice.scores ?? new Map());
		return this.shares.get(id) ?? 0;
	}

	/** A bar for how much the paper is like the vault's (from the day's lowest to its best), and why. */
	private renderScore(body: HTMLElement, score: RadarScore, id: string): void {
		const share = this.share(id);
		const line = body.createDiv({ cls: "arxiv-atlas-listing-radar" });
		const bar = line.createDiv({ cls: "arxiv-atlas-score-bar", attr: { role: "meter", "aria-label": "Like your papers", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(Math.round(100 * share)) } });
		bar.createDiv({ cls: "arxiv-atlas-score-fill" }).setCssProps({ "--arxiv-atlas-score": `${Math.round(100 * share)}%` });
		if (score.why.length > 0) line.createSpan({ cls: "arxiv-atlas-listing-why", text: `Like your papers on ${score.why.join(", ")}` });
	}

	/** Rows shown and ticked as the selection says; the count, the empty message and the button follow. */
	private refresh(): void {
		const s = this.selection;
		for (const [id, row] of this.rows) {
			row.hidden = !s.isVisible(id);
			const box = this.boxes.get(id);
			if (box) box.checked = s.isChecked(id);
		}
		const shown = s.visible().length;
		const total = s.items.length;
		const taken = s.toImport().length;
		const hidden = s.hiddenChecked();
		const parts = [shown === total ? `${taken} of ${plural(total, "paper")} selected` : `${taken} selected of ${shown} shown (${total} in all)`];
		if (hidden > 0) parts.push(`${plural(hidden, "ticked paper")} hidden by the filter ${hidden === 1 ? "is" : "are"} not imported`);
		this.statusEl?.setText(parts.join(" · "));
		if (this.emptyEl) {
			this.emptyEl.hidden = shown > 0;
			this.emptyEl.setText(total === 0 ? "No paper to offer." : `No paper matches "${s.filter.trim()}".`);
		}
		if (this.importButton) {
			this.importButton.setText(`Import ${plural(taken, "paper")}`);
			this.importButton.disabled = taken === 0;
		}
	}

	private submit(): void {
		const chosen = this.selection.toImport();
		if (chosen.length === 0) return;
		const passedOver = this.selection.visible().filter((i) => !this.selection.isChecked(i.paper.id) && !this.selection.isKnown(i.paper.id));
		this.close();
		this.onImport(chosen, passedOver);
	}

	private onKey(evt: KeyboardEvent, filterInput: HTMLInputElement): void {
		if (evt.key !== "Enter" && evt.key !== "ArrowDown" && evt.key !== "ArrowUp") return;
		const target = evt.target;
		const boxes = this.selection.visible().flatMap((i) => this.boxes.get(i.paper.id) ?? []);
		if (evt.key === "Enter") {
			// Enter in the filter ends the typing (to the first paper), as in a search box; on a paper,
			// or with Ctrl/Cmd anywhere, it imports.
			if (target === filterInput && !(evt.ctrlKey || evt.metaKey)) {
				evt.preventDefault();
				boxes[0]?.focus();
				return;
			}
			if (target instanceof HTMLButtonElement || (target instanceof HTMLElement && target.tagName === "SUMMARY")) return;
			evt.preventDefault();
			this.submit();
			return;
		}
		const at = target instanceof HTMLInputElement ? boxes.indexOf(target) : -1;
		evt.preventDefault();
		if (evt.key === "ArrowUp" && at <= 0) {
			filterInput.focus();
			return;
		}
		const next = boxes[evt.key === "ArrowDown" ? Math.min(at + 1, boxes.length - 1) : at - 1];
		next?.focus();
		next?.scrollIntoView({ block: "nearest" });
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
