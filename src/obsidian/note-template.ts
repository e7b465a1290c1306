import { Modal, Notice, Setting, type App } from "obsidian";
import { resolveTemplate, TemplateNoteError, type TemplateChoice } from "../core/layout/note-template";
import type { LayoutSettings } from "../core/layout/layout-settings";
import type { VaultPort } from "../core/ports";

/**
 * Shown when the template note cannot be used, before anything is fetched or written: what is
 * wrong (with its line and a fix) and a choice. The built-in layout is used only when the user
 * asks for it, for this import only.
 */
export class TemplateErrorModal extends Modal {
	private chosen = false;

	constructor(
		app: App,
		private readonly error: TemplateNoteError,
		private readonly onChoose: (useBuiltIn: boolean) => void,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("The template note cannot be used");
		// One paragraph per mistake (the check reports them all at once).
		for (const line of this.error.message.split("\n")) contentEl.createEl("p", { text: line, cls: "arxiv-atlas-template-error" });
		contentEl.createEl("p", {
			text: "Nothing has been written. Fix the template note and import again, or import with the built-in layout this time.",
			cls: "setting-item-description",
		});
		new Setting(contentEl)
			.addButton((b) => b.setButtonText("Cancel import").onClick(() => this.choose(false)))
			.addButton((b) => b.setButtonText("Use the built-in layout this time").setCta().onClick(() => this.choose(true)));
	}

	private choose(useBuiltIn: boolean): void {
		this.chosen = true;
		this.close();
		this.onChoose(useBuiltIn);
	}

	onClose(): void {
		this.contentEl.empty();
		// Escape or the close button: the import does not run.
		if (!this.chosen) {
			this.chosen = true;
			this.onChoose(false);
		}
	}
}

/**
 * The template for an import, read and checked now: the parsed template note, "built-in" when there
 * is none or the user chose the built-in layout after seeing what is wrong, or "cancel".
 */
export async function templateForImport(app: App, vault: VaultPort, layout: LayoutSettings): Promise<TemplateChoice | "cancel"> {
	try {
		return (await resolveTemplate(vault, layout.templatePath, undefined)) ?? "built-in";
	} catch (error) {
		if (!(error instanceof TemplateNoteError)) throw error;
		new Notice(error.message, 10_000);
		return new Promise((resolve) => {
			new TemplateErrorModal(app, error, (useBuiltIn) => resolve(useBuiltIn ? "built-in" : "cancel")).open();
		});
	}
}
