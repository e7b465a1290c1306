import { Notice, type App, type TFile } from "obsidian";
import { bibtexEntry } from "../../core/cite/bibtex";
import { citeKey } from "../../core/cite/cite-key";
import { removeBibtexBlock, upsertBibtexBlock } from "../../core/tools/bibtex-block";
import type { ToolsSettings } from "../../core/tools/tools-settings";
import { paperNotes, paperOf } from "../tools/paper-notes";

/**
 * Citation keys (kept in each paper note's `citekey` property, unique in the vault, so copying again
 * gives the same key), BibTeX entries and the optional ```bibtex block in the note.
 */
export class Citations {
	constructor(
		private readonly app: App,
		private readonly settings: () => ToolsSettings,
	) {}

	/** The note's citation key: its `citekey` property, or a new key (stored) unique among the vault's papers. */
	async key(note: TFile): Promise<string> {
		const saved: unknown = this.app.metadataCache.getFileCache(note)?.frontmatter?.["citekey"];
		if (typeof saved === "string" && saved.trim() !== "") return saved.trim();
		const paper = paperOf(this.app, note);
		if (!paper) throw new Error(`${note.basename} is not a paper note`);
		const taken = new Set<string>();
		for (const other of paperNotes(this.app)) {
			if (other.file.path === note.path) continue;
			const k: unknown = this.app.metadataCache.getFileCache(other.file)?.frontmatter?.["citekey"];
			if (typeof k === "string") taken.add(k);
		}
		const key = citeKey(paper, this.settings().citeKeyTemplate, taken);
		await this.app.fileManager.processFrontMatter(note, (fm: Record<string, unknown>) => {
			fm["citekey"] = key;
		});
		return key;
	}

	/** The paper note's BibTeX entry, in arXiv's style. */
	async entry(note: TFile): Promise<string> {
		const paper = paperOf(this.app, note);
		if (!paper) throw new Error(`${note.basename} is not a paper note`);
		return bibtexEntry(paper, await this.key(note));
	}

	/** Copies the entry to the clipboard and says so. */
	async copy(note: TFile): Promise<void> {
		try {
			const entry = await this.entry(note);
			await navigator.clipboard.writeText(entry);
			new Notice(`BibTeX copied: ${/^@misc\{([^,]*),/.exec(entry)?.[1] ?? note.basename}`);
		} catch (error) {
			new Notice(`Could not copy BibTeX: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	/** Sets (or, with the setting off, removes) the ```bibtex block of each paper note. */
	async updateBlocks(notes: readonly TFile[]): Promise<void> {
		const on = this.settings().bibtexBlock;
		for (const note of notes) {
			if (on) {
				const entry = await this.entry(note);
				await this.app.vault.process(note, (text) => upsertBibtexBlock(text, entry));
			} else {
				await this.app.vault.process(note, removeBibtexBlock);
			}
		}
	}
}
