import { Modal, Setting, type App } from "obsidian";
import { matchesTerm } from "../../core/feed/filter";
import type { RunProgress, RunResult } from "../../core/feed/feed-run";
import type { Listing, ListingItem, SkippedItem } from "../../core/feed/rss";
import { plural } from "../../core/words";

const SHORT_ABSTRACT = 280;

function shortText(text: string): string {
	return text.length <= SHORT_ABSTRACT ? text : `${text.slice(0, SHORT_ABSTRACT).replace(/\s+\S*$/, "")}…`;
}


export interface ListingChoice {
	listing: Listing;
	/** The items the settings' announce types and filters keep, in feed order. */
	items: ListingItem[];
	/** IDs of papers the vault has notes for. */
	known: ReadonlySet<string>;
	skipped: SkippedItem[];
}

/** The day's papers with checkboxes, a filter box and select all / none; Import hands the checked ones on. */
export class ListingModal extends Modal {
	private readonly checked = new Set<string>();
	private filter = "";

	constructor(
		app: App,
		private readonly choice: ListingChoice,
		private readonly onImport: (items: ListingItem[]) => void,
	) {
		super(app);
		for (const item of choice.items) if (!choice.known.has(item.paper.id)) this.checked.add(item.paper.id);
	}

	private visible(): ListingItem[] {
		const term = this.filter.trim();
		if (term === "") return this.choice.items;
		return this.choice.items.filter(({ paper }) => [paper.title, paper.abstract, paper.authors.join(", "), paper.categories.join(" ")].some((t) => matchesTerm(t, term)));
	}

	onOpen(): void {
		const { listing, items, skipped } = this.choice;
		this.setTitle(`arXiv listing${listing.announced ? ` of ${listing.announced}` : ""}: ${listing.categories.join(", ")}`);
		const { contentEl } = this;
		contentEl.addClass("arxiv-atlas-listing");
		contentEl.createEl("p", {
			cls: "setting-item-description",
			text: `${plural(items.length, "paper")} match your announce types and filters, of ${listing.items.length} listed.`,
		});
		const filterInput = contentEl.createEl("input", { type: "search", attr: { placeholder: "Filter by word or phrase", "aria-label": "Filter the papers" } });
		const buttons = new Setting(contentEl);
		const list = contentEl.createDiv({ cls: "arxiv-atlas-listing-items" });
		let importButton: HTMLButtonElement | undefined;
		const updateButton = (): void => {
			if (!importButton) return;
			importButton.textContent = `Import ${plural(this.checked.size, "paper")}`;
			importButton.disabled = this.checked.size === 0;
		};
		const render = (): void => {
			list.empty();
			for (const item of this.visible()) {
				const { paper } = item;
				const row = list.createDiv({ cls: "arxiv-atlas-listing-item" });
				const label = row.createEl("label");
				const box = label.createEl("input", { type: "checkbox", attr: { "data-id": paper.id } });
				box.checked = this.checked.has(paper.id);
				box.addEventListener("change", () => {
					if (box.checked) this.checked.add(paper.id);
					else this.checked.delete(paper.id);
					updateButton();
				});
				label.createEl("strong", { text: paper.title });
				const meta = [paper.authors.join(", "), paper.categories.join(", "), item.announceType];
				row.createDiv({ cls: "arxiv-atlas-listing-meta", text: meta.filter((m) => m !== "").join(" · ") });
				if (this.choice.known.has(paper.id)) row.createDiv({ cls: "arxiv-atlas-listing-known", text: "Already in vault" });
				row.createDiv({ cls: "arxiv-atlas-listing-abstract", text: shortText(paper.abstract) });
			}
			updateButton();
		};
		buttons
			.addButton((b) =>
				b.setButtonText("Select all").onClick(() => {
					for (const item of this.visible()) this.checked.add(item.paper.id);
					render();
				}),
			)
			.addButton((b) =>
				b.setButtonText("Select none").onClick(() => {
					for (const item of this.visible()) this.checked.delete(item.paper.id);
					render();
				}),
			);
		filterInput.addEventListener("input", () => {
			this.filter = filterInput.value;
			render();
		});
		if (listing.warnings && listing.warnings.length > 0) {
			const box = contentEl.createDiv({ cls: "arxiv-atlas-listing-skipped" });
			box.createEl("p", { text: "Left out of the notes, as arXiv sent them:" });
			const ul = box.createEl("ul");
			for (const w of listing.warnings) ul.createEl("li", { text: w });
		}
		if (skipped.length > 0) {
			const box = contentEl.createDiv({ cls: "arxiv-atlas-listing-skipped" });
			box.createEl("p", { text: `${plural(skipped.length, "item")} of the feed could not be read and will be skipped:` });
			const ul = box.createEl("ul");
			for (const s of skipped) ul.createEl("li", { text: s.id === undefined ? s.reason : `${s.id}: ${s.reason}` });
		}
		new Setting(contentEl).addButton((b) => {
			importButton = b.buttonEl;
			b.setCta().onClick(() => {
				const chosen = items.filter((i) => this.checked.has(i.paper.id));
				if (chosen.length === 0) return;
				this.close();
				this.onImport(chosen);
			});
		});
		render();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** A long import: a progress bar with counts and Cancel; at the end the summary, failures and Retry failed. */
export class ProgressModal extends Modal {
	private readonly status: HTMLElement;
	private readonly counts: HTMLElement;
	private readonly bar: HTMLProgressElement;
	private readonly buttons: HTMLElement;

	constructor(app: App, title: string, total: number, controller: AbortController) {
		super(app);
		this.setTitle(title);
		this.contentEl.addClass("arxiv-atlas-progress");
		this.status = this.contentEl.createEl("p", { text: "Starting…" });
		this.bar = this.contentEl.createEl("progress", { attr: { max: String(Math.max(total, 1)), value: "0" } });
		this.counts = this.contentEl.createEl("p", { cls: "setting-item-description", text: `0 of ${total} done` });
		this.buttons = this.contentEl.createDiv();
		new Setting(this.buttons).addButton((b) =>
			b.setButtonText("Cancel").onClick(() => {
				controller.abort();
				this.status.setText("Stopping after this paper…");
			}),
		);
	}

	update(progress: RunProgress): void {
		this.status.setText(progress.message);
		this.bar.value = progress.done + progress.failed;
		this.counts.setText(`${progress.done} of ${progress.total} done, ${progress.failed} failed`);
	}

	finish(result: RunResult, lines: string[], onRetry: (() => void) | undefined): void {
		this.status.setText(lines[0] ?? "");
		this.bar.value = result.run.queue.done.length + result.run.queue.failed.length;
		this.counts.empty();
		for (const line of lines.slice(1)) this.counts.createDiv({ text: line });
		if (result.run.queue.failed.length > 0) {
			const ul = this.contentEl.createEl("ul", { cls: "arxiv-atlas-progress-failures" });
			for (const f of result.run.queue.failed) ul.createEl("li", { text: `${f.id}: ${f.reason}` });
		}
		this.buttons.empty();
		const setting = new Setting(this.buttons);
		if (onRetry) {
			setting.addButton((b) =>
				b
					.setButtonText("Retry failed")
					.setCta()
					.onClick(() => {
						this.close();
						onRetry();
					}),
			);
		}
		setting.addButton((b) => b.setButtonText("Close").onClick(() => this.close()));
	}
}

/** Offered at start when a long import stopped before its end. */
export class ResumeModal extends Modal {
	constructor(
		app: App,
		private readonly message: string,
		private readonly onContinue: () => void,
		private readonly onDiscard: () => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle("Continue the arXiv import?");
		this.contentEl.createEl("p", { text: this.message });
		new Setting(this.contentEl)
			.addButton((b) =>
				b
					.setButtonText("Continue")
					.setCta()
					.onClick(() => {
						this.close();
						this.onContinue();
					}),
			)
			.addButton((b) =>
				b.setButtonText("Discard").onClick(() => {
					this.close();
					this.onDiscard();
				}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** Paste a list of IDs and links, or take the active note's text. */
export class IdListModal extends Modal {
	constructor(
		app: App,
		private readonly activeNoteText: (() => Promise<string>) | undefined,
		private readonly onSubmit: (text: string) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle("Import arXiv IDs from a list");
		const { contentEl } = this;
		contentEl.createEl("p", {
			cls: "setting-item-description",
			text: "Paste identifiers or links, as many as you like: each paper is fetched once, 100 to a request.",
		});
		const input = contentEl.createEl("textarea", { attr: { rows: "8", "aria-label": "arXiv identifiers or links" } });
		const setting = new Setting(contentEl);
		const read = this.activeNoteText;
		if (read) {
			setting.addButton((b) =>
				b.setButtonText("Use the active note").onClick(async () => {
					input.value = await read();
				}),
			);
		}
		setting.addButton((b) =>
			b
				.setButtonText("Import")
				.setCta()
				.onClick(() => {
					if (input.value.trim() === "") return;
					this.close();
					this.onSubmit(input.value);
				}),
		);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
