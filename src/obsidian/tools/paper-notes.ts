import { TFile, type App } from "obsidian";
import type { Paper } from "../../core/model";
import { paperFromProperties } from "../../core/tools/paper-from-properties";
import type { NoteProperties } from "../note-properties";

/** The paper a note describes (from its properties), or undefined for any other note. */
export function paperOf(props: NoteProperties, file: TFile | null): Paper | undefined {
	if (!file || file.extension !== "md") return undefined;
	return paperFromProperties(props.of(file));
}

/** Every paper note in the vault with its paper. */
export function paperNotes(app: App, props: NoteProperties): { file: TFile; paper: Paper }[] {
	return app.vault.getMarkdownFiles().flatMap((file) => {
		const paper = paperOf(props, file);
		return paper ? [{ file, paper }] : [];
	});
}

/** Paper notes by arXiv ID. */
export function paperNotesById(app: App, props: NoteProperties): Map<string, TFile> {
	return new Map(paperNotes(app, props).map(({ file, paper }) => [paper.id, file]));
}
