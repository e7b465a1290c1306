import { TFile, type App } from "obsidian";
import type { Paper } from "../../core/model";
import { paperFromProperties } from "../../core/tools/paper-from-properties";

/** The paper a note describes (from its properties), or undefined for any other note. */
export function paperOf(app: App, file: TFile | null): Paper | undefined {
	if (!file || file.extension !== "md") return undefined;
	return paperFromProperties(app.metadataCache.getFileCache(file)?.frontmatter);
}

/** Every paper note in the vault with its paper. */
export function paperNotes(app: App): { file: TFile; paper: Paper }[] {
	return app.vault.getMarkdownFiles().flatMap((file) => {
		const paper = paperOf(app, file);
		return paper ? [{ file, paper }] : [];
	});
}

/** Paper notes by arXiv ID. */
export function paperNotesById(app: App): Map<string, TFile> {
	return new Map(paperNotes(app).map(({ file, paper }) => [paper.id, file]));
}

/** The paper notes among the paths an import wrote. */
export function paperFilesAt(app: App, paths: readonly string[]): TFile[] {
	return paths.flatMap((path) => {
		const file = app.vault.getFileByPath(path);
		return file instanceof TFile && paperOf(app, file) ? [file] : [];
	});
}
