import { Notice, TFile, type Editor, type Plugin } from "obsidian";
import type { ImportSummary, WrittenPaper } from "../../core/model";
import type { NoteProperties } from "../note-properties";
import type { AtlasSettings } from "../../core/settings";
import { distinctIds, scanArxivIds } from "../../core/view/id-scan";
import type { ImportService } from "../import-service";
import type { KeywordIndexService } from "../view/keyword-index";
import { arxivIdExtension } from "./arxiv-id-extension";

export interface EditorDeps {
	imports: ImportService;
	properties: NoteProperties;
	index: KeywordIndexService;
	settings: () => AtlasSettings;
}

/** The paper note of an ID: from the keyword index, or the note properties when the index has not caught up. */
function paperPath(deps: EditorDeps, id: string): string | undefined {
	return deps.index.graph.pathOfId(id) ?? deps.properties.pathOf(id);
}

/**
 * Imports every ID of `text` (one batch through the import pipeline); `base` is the editor offset
 * of the text. With the setting on, each imported ID is then replaced with a link to the note the
 * import wrote for it.
 */
export async function importIdsFromEditor(plugin: Plugin, deps: EditorDeps, editor: Editor, text: string, base: number, sourcePath: string): Promise<ImportSummary | undefined> {
	const ids = distinctIds(text);
	if (ids.length === 0) {
		new Notice("No arXiv ID found here.");
		return undefined;
	}
	const replace = (written: readonly WrittenPaper[]): void => {
		if (!deps.settings().editor.replaceWithLinks) return;
		// Only if the text did not change meanwhile; from the end, so earlier offsets stay valid.
		if (editor.getValue().slice(base, base + text.length) !== text) return;
		const pathOf = new Map(written.map((w) => [w.paper.id, w.path]));
		for (const f of [...scanArxivIds(text, base)].reverse()) {
			const path = pathOf.get(f.id);
			const file = path === undefined ? null : plugin.app.vault.getFileByPath(path);
			if (!(file instanceof TFile)) continue;
			editor.replaceRange(plugin.app.fileManager.generateMarkdownLink(file, sourcePath), editor.offsetToPos(f.from), editor.offsetToPos(f.to));
		}
	};
	return deps.imports.importText(ids.join("\n"), deps.imports.defaults({ open: false, replace }));
}

/** Marks arXiv IDs in the editor, the two import commands and the editor context-menu item. */
export function registerEditorIntegration(plugin: Plugin, deps: EditorDeps): void {
	const { app } = plugin;
	const openOrImport = (id: string, newTab: boolean): void => {
		const path = paperPath(deps, id);
		const file = path === undefined ? null : app.vault.getFileByPath(path);
		if (file instanceof TFile) void app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
		else void deps.imports.importText(id);
	};
	plugin.registerEditorExtension(
		arxivIdExtension({ pathOfId: (id) => deps.index.graph.pathOfId(id), enabled: () => deps.settings().editor.markIds, openOrImport }),
	);
	// Marks follow the vault: a paper imported or deleted changes how its ID looks.
	let refresh: number | undefined;
	plugin.register(
		deps.index.onChange(() => {
			if (refresh !== undefined) return;
			refresh = window.setTimeout(() => {
				refresh = undefined;
				app.workspace.updateOptions();
			}, 500);
		}),
	);
	plugin.register(() => window.clearTimeout(refresh));

	plugin.addCommand({
		id: "import-selection",
		name: "Import arXiv papers in selection",
		editorCheckCallback: (checking, editor, view) => {
			const selection = editor.getSelection();
			if (distinctIds(selection).length === 0) return false;
			if (!checking) {
				const base = editor.posToOffset(editor.getCursor("from"));
				return void importIdsFromEditor(plugin, deps, editor, selection, base, view.file?.path ?? "");
			}
			return true;
		},
	});
	plugin.addCommand({
		id: "import-note",
		name: "Import arXiv papers in this note",
		editorCallback: (editor, view) => importIdsFromEditor(plugin, deps, editor, editor.getValue(), 0, view.file?.path ?? ""),
	});
	plugin.registerEvent(
		app.workspace.on("editor-menu", (menu, editor) => {
			const cursor = editor.getCursor();
			const found = scanArxivIds(editor.getLine(cursor.line)).find((f) => f.from <= cursor.ch && cursor.ch <= f.to);
			if (!found) return;
			const inVault = paperPath(deps, found.id) !== undefined;
			menu.addItem((item) =>
				item
					.setTitle(inVault ? `Open note of arXiv:${found.id}` : `Import arXiv:${found.id}`)
					.setIcon(inVault ? "file-text" : "download")
					.onClick(() => openOrImport(found.id, false)),
			);
		}),
	);
}
