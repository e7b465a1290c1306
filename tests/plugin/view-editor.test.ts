import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { describe, expect, test } from "vitest";
import { idDecorations, idMouseDown } from "../../src/obsidian/editor/arxiv-id-extension";

const inVault = new Set(["2502.15871"]);
const actions = (opened: string[] = []) => ({
	pathOfId: (id: string) => (inVault.has(id) ? `papers/${id}.md` : undefined),
	enabled: () => true,
	openOrImport: (id: string) => void opened.push(id),
});

function marks(view: EditorView, actionsValue = actions()): { text: string; cls: string }[] {
	const out: { text: string; cls: string }[] = [];
	idDecorations(view, actionsValue).between(0, view.state.doc.length, (from, to, value) => {
		out.push({ text: view.state.doc.sliceString(from, to), cls: String(value.spec.class) });
	});
	return out;
}

describe("arXiv IDs in the editor", () => {
	test("marks IDs and links: in the vault or not", () => {
		const parent = document.body.createDiv();
		const view = new EditorView({ state: EditorState.create({ doc: "Read 2502.15871 and https://arxiv.org/abs/1706.03762v5 today." }), parent });
		expect(marks(view)).toEqual([
			{ text: "2502.15871", cls: "arxiv-atlas-id is-in-vault" },
			{ text: "https://arxiv.org/abs/1706.03762v5", cls: "arxiv-atlas-id is-new" },
		]);
		view.destroy();
	});

	test("only the visible ranges are decorated", () => {
		const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} cites 2502.15871`);
		const state = EditorState.create({ doc: lines.join("\n") });
		const first = state.doc.line(100);
		const last = state.doc.line(139);
		const view = { state, visibleRanges: [{ from: first.from, to: last.to }] } as unknown as EditorView;
		expect(marks(view)).toHaveLength(40);
	});

	test("Ctrl/Cmd-click on a marked ID opens or imports it; a plain click is left to the editor", () => {
		const opened: string[] = [];
		const parent = document.body.createDiv();
		const view = new EditorView({ state: EditorState.create({ doc: "See 1706.03762 now" }), parent });
		const set = idDecorations(view, actions(opened));
		let attrs: Record<string, string> = {};
		set.between(0, view.state.doc.length, (_f, _t, value) => {
			attrs = (value.spec as { attributes: Record<string, string> }).attributes;
		});
		const mark = parent.createSpan({ cls: "arxiv-atlas-id", attr: attrs });
		const down = (init: MouseEventInit): boolean => {
			const event = new MouseEvent("mousedown", { bubbles: true, ...init });
			mark.dispatchEvent(event);
			return idMouseDown(event, actions(opened));
		};
		expect(down({})).toBe(false);
		expect(down({ ctrlKey: true })).toBe(true);
		expect(opened).toEqual(["1706.03762"]);
		expect(attrs["title"]).toMatch(/import/);
		view.destroy();
	});
});
