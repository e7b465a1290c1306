import type { Editor, EditorPosition, Plugin, View, WorkspaceLeaf } from "obsidian";
import type { Host } from "../host";
import { KEYWORD_VIEW_TYPE, type KeywordView } from "../../src/obsidian/view/keyword-view";

export { keywordNote, paperNote } from "./view-fixtures";

/**
 * Opens the keyword view the way Obsidian restores it: the plugin's registered view factory builds
 * it in a right-sidebar leaf (the host's setViewState does not create views).
 */
export async function openKeywordView(host: Host, plugin: Plugin): Promise<KeywordView> {
	const factories = (plugin as unknown as { views__: Map<string, (leaf: WorkspaceLeaf) => View> }).views__;
	const factory = factories.get(KEYWORD_VIEW_TYPE);
	if (!factory) throw new Error("the plugin registered no keyword view");
	const leaf = host.app.workspace.getRightLeaf(false);
	if (!leaf) throw new Error("no right leaf");
	const view = factory(leaf) as KeywordView;
	await leaf.open(view);
	document.body.appendChild(view.containerEl);
	await view.onOpen();
	return view;
}

/** Visible row texts of a part of the view. */
export function rows(root: Element, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((el) => (el.textContent ?? "").trim());
}

/** A Markdown editor holding `text`, with `selection` (offsets) selected. */
export function fakeEditor(initial: string, selection: [number, number] = [0, 0]): Editor {
	let text = initial;
	let sel = selection;
	const offsetToPos = (offset: number): EditorPosition => {
		const before = text.slice(0, offset).split("\n");
		return { line: before.length - 1, ch: (before.at(-1) ?? "").length };
	};
	const posToOffset = (pos: EditorPosition): number => {
		const lines = text.split("\n");
		let offset = 0;
		for (let i = 0; i < pos.line; i++) offset += (lines[i] ?? "").length + 1;
		return offset + pos.ch;
	};
	const editor = {
		getValue: () => text,
		getSelection: () => text.slice(sel[0], sel[1]),
		getCursor: (side?: string) => offsetToPos(side === "to" ? sel[1] : sel[0]),
		getLine: (line: number) => text.split("\n")[line] ?? "",
		offsetToPos,
		posToOffset,
		replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition) {
			const a = posToOffset(from);
			const b = to ? posToOffset(to) : a;
			text = text.slice(0, a) + replacement + text.slice(b);
			sel = [a, a];
		},
	};
	return editor as unknown as Editor;
}
