import { Notice, type App, type TFile } from "obsidian";
import { errorMessage } from "../../core/words";
import { bibtexEntry } from "../../core/cite/bibtex";
import { citeKey } from "../../core/cite/cite-key";
import { removeBibtexBlock, upsertBibtexBlock } from "../../core/tools/bibtex-block";
import type { ToolsSettings } from "../../core/tools/tools-settings";
import type { Paper } from "../../core/model";
import type { NoteProperties } from "../note-properties";
import { paperNotes, paperOf } from "../tools/paper-notes";
import { PAPER_PROPERTIES } from "../../core/notes/paper-schema";
import { setProperties } from "../../core/notes/frontmatter-edit";
import { processNote } from "../process-note";

/**
 * Citation keys (kept in each paper note's `citekey` property, unique in the vault, so copying again
 * gives the same key), BibTeX entries and the optional ```bibtex block in the note.
 */
export class Citations {
	constructor(
		private readonly app: App,
		private readonly props: NoteProperties,
		private readonly settings: () => ToolsSettings,
	) {}

	/** The note's citation key: its `citekey` property, or a new key (stored) unique among the vault's papers. */
	async key(note: TFile, paper: Paper | undefined = paperOf(this.props, note)): Promise<string> {
		const saved: unknown = this.props.of(note)?.[PAPER_PROPERTIES.citekey];
		if (typeof saved === "string" && saved.trim() !== "") return saved.trim();
		if (!paper) throw new Error(`${note.basename} is not a paper note`);
		// Read through NoteProperties: a key given a moment ago to another paper of this import counts.
		const taken = new Set<string>();
		for (const other of paperNotes(this.app, this.props)) {
			if (other.file.path === note.path) continue;
			const k: unknown = this.props.of(other.file)?.[PAPER_PROPERTIES.citekey];
			if (typeof k === "string") taken.add(k);
		}
		const key = citeKey(paper, this.settings().citeKeyTemplate, taken);
		// Only the citekey line is written: the note's other properties stay byte for byte.
		await processNote(this.app.vault, this.props, note, (text) => setProperties(text, [[PAPER_PROPERTIES.citekey, key]]));
		return key;
	}

	/** The paper note's BibTeX entry, in arXiv's style; `paper` when the caller has it (just imported). */
	async entry(note: TFile, paper: Paper | undefined = paperOf(this.props, note)): Promise<string> {
		if (!paper) throw new Error(`${note.basename} is not a paper note`);
		return bibtexEntry(paper, await this.key(note, paper));
	}

	/** Copies the entry to the clipboard and says so. */
	async copy(note: TFile): Promise<void> {
		try {
			const entry = await this.entry(note);
			await navigator.clipboard.writeText(entry);
			new Notice(`BibTeX copied: ${/^@misc\{([^,]*),/.exec(entry)?.[1] ?? note.basename}`);
		} catch (error) {
			new Notice(`Could not copy BibTeX: ${errorMessage(error)}`);
		}
	}

	/** Sets (or, with the setting off, removes) the ```bibtex block of each paper note. */
	async updateBlocks(notes: readonly { file: TFile; paper?: Paper }[]): Promise<void> {
		const on = this.settings().bibtexBlock;
		for (const { file, paper } of notes) {
			if (on) {
				const entry = await this.entry(file, paper);
				await processNote(this.app.vault, this.props, file, (t) => upsertBibtexBlock(t, entry));
			} else {
				await processNote(this.app.vault, this.props, file, removeBibtexBlock);
			}
		}
	}
}
