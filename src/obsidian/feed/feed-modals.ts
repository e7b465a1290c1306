import { Modal, Setting, type App } from "obsidian";
import type { RunProgress, RunResult } from "../../core/feed/feed-run";
import { plural } from "../../core/words";

/**
 * A long import: a progress bar with counts and Cancel; at the end a title that says how it ended,
 * the summary, failures and Retry failed.
 */
export class ProgressModal extends Modal {
	private readonly status: HTMLElement;
	private readonly counts: HTMLElement;
	private readonly bar: HTMLProgressElement;
	private readonly buttons: HTMLElement;
	/** The user closed it before the end: the summary goes to a notice instead. */
	closed = false;

	constructor(
		app: App,
		private readonly title: string,
		private readonly total: number,
		controller: AbortController,
	) {
		super(app);
		this.setTitle(`${title}…`);
		this.modalEl.addClass("arxiv-atlas-progress-modal");
		this.contentEl.addClass("arxiv-atlas-progress");
		this.status = this.contentEl.createEl("p", { text: "Starting…" });
		this.bar = this.contentEl.createEl("progress", { cls: "arxiv-atlas-progress-bar", attr: { max: String(Math.max(total, 1)), value: "0" } });
		this.counts = this.contentEl.createEl("p", { cls: "setting-item-description", text: `0 of ${plural(total, "paper")} done` });
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
		this.bar.max = Math.max(progress.total, 1);
		this.bar.value = progress.done + progress.failed;
		this.counts.setText(`${progress.done} of ${plural(progress.total, "paper")} done, ${progress.failed} failed`);
	}

	finish(result: RunResult, lines: string[], onRetry: (() => void) | undefined): void {
		const failed = result.run.queue.failed.length;
		const ending = result.summary.cancelled ? "cancelled" : result.stopped !== undefined ? "stopped" : failed > 0 ? `finished, ${failed} failed` : "finished";
		this.setTitle(`${this.title}: ${ending}`);
		this.modalEl.toggleClass("is-done", true);
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

	onClose(): void {
		this.closed = true;
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

/** "Import a past arXiv listing": the first and last day (the last may stay empty for one day). */
export class PastListingModal extends Modal {
	private from = "";
	private to = "";

	constructor(
		app: App,
		private readonly yesterday: string,
		private readonly onTake: (from: string, to: string | undefined) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle("Import a past arXiv listing");
		this.from = this.yesterday;
		this.contentEl.createEl("p", { cls: "setting-item-description", text: "The papers of the categories you follow submitted on a day or a few days (at most seven), in the listing preview." });
		new Setting(this.contentEl).setName("First day").addText((t) => {
			t.inputEl.type = "date";
			t.setValue(this.from).onChange((value) => (this.from = value));
		});
		new Setting(this.contentEl)
			.setName("Last day")
			.setDesc("Empty: the first day alone.")
			.addText((t) => {
				t.inputEl.type = "date";
				t.onChange((value) => (this.to = value));
			});
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Show the papers")
					.setCta()
					.onClick(() => {
						this.close();
						this.onTake(this.from, this.to === "" ? undefined : this.to);
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
