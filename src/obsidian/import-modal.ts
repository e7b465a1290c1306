import { Modal, Setting, type App } from "obsidian";
import { parseInputs } from "../core/arxiv/identifiers";
import { plural } from "../core/words";

/**
 * Takes a paste of arXiv IDs or links. What it understands and every word it cannot read (with the
 * reason) are shown as the user types, before anything is fetched; only the papers it understood are.
 */
export class ImportModal extends Modal {
	private text = "";
	private pdf: boolean;

	constructor(
		app: App,
		private readonly onSubmit: (text: string, options: { pdf: boolean }) => void,
		/** Whether "Download the PDF" starts ticked (the PDF download setting). */
		pdfDefault = false,
	) {
		super(app);
		this.pdf = pdfDefault;
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Import arXiv papers");
		contentEl.addClass("arxiv-atlas-import");
		contentEl.createEl("p", {
			text: "Paste one or more arXiv identifiers or links, separated by spaces, commas or new lines.",
			cls: "setting-item-description",
		});
		const input = contentEl.createEl("textarea", {
			cls: "arxiv-atlas-import-input",
			attr: { rows: "5", placeholder: "2502.15871, hep-th/9901001, or a link to an abstract or PDF", "aria-label": "arXiv identifiers or links" },
		});
		const preview = contentEl.createDiv({ cls: "arxiv-atlas-import-preview", attr: { "aria-live": "polite" } });
		let button: HTMLButtonElement | undefined;

		const refresh = (): void => {
			const { ids, rejected } = parseInputs([this.text], new Date());
			preview.empty();
			if (ids.length > 0) {
				preview.createEl("p", {
					text: `${plural(ids.length, "paper")}: ${ids.map((i) => i.id).join(", ")}`,
					cls: "arxiv-atlas-import-ok",
				});
			}
			// What tries to be an ID (a digit, a slash, a dot) is listed with the reason; plain words
			// ("see", "and") are named on one line, so a pasted sentence does not bury the real mistakes.
			const attempts = rejected.filter((r) => /[\d/.:]/.test(r.input));
			const words = rejected.filter((r) => !/[\d/.:]/.test(r.input));
			if (this.text.trim() !== "" && attempts.length > 0) {
				preview.createEl("p", { text: "Not understood (nothing will be fetched for these):", cls: "arxiv-atlas-import-warning" });
				const list = preview.createEl("ul", { cls: "arxiv-atlas-import-rejected" });
				for (const r of attempts) list.createEl("li", { text: `${r.input}: ${r.reason}` });
			}
			if (this.text.trim() !== "" && words.length > 0) {
				preview.createEl("p", { cls: "arxiv-atlas-import-ignored", text: `Not identifiers, left out: ${words.map((r) => r.input).join(", ")}` });
			}
			if (button) {
				button.disabled = ids.length === 0;
				button.setText(ids.length === 0 ? "Import" : `Import ${plural(ids.length, "paper")}`);
			}
		};

		const submit = (): void => {
			const { ids } = parseInputs([this.text], new Date());
			if (ids.length === 0) return;
			this.close();
			// The papers understood, as the preview listed them; the words it could not read are not sent.
			this.onSubmit(ids.map((i) => i.id).join(" "), { pdf: this.pdf });
		};

		input.addEventListener("input", () => {
			this.text = input.value;
			refresh();
		});
		input.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
				event.preventDefault();
				submit();
			}
		});

		new Setting(contentEl)
			.setName("Download the PDF")
			.setDesc("Saves each paper's PDF in the vault and links it from the note.")
			.addToggle((t) => t.setValue(this.pdf).onChange((value) => (this.pdf = value)));
		new Setting(contentEl).addButton((b) => {
			button = b.buttonEl;
			b.setButtonText("Import").setCta().onClick(submit);
		});
		refresh();
		input.focus();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
