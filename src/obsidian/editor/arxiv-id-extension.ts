import { RangeSetBuilder, type Extension } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type PluginValue, type ViewUpdate } from "@codemirror/view";
import { scanArxivIds } from "../../core/view/id-scan";

export interface IdActions {
	/** The path of the paper note holding this ID, if the vault has one. */
	pathOfId(id: string): string | undefined;
	/** Whether marks are on (a setting). */
	enabled(): boolean;
	/** Opens the paper's note, or imports it when the vault does not have it. */
	openOrImport(id: string, newTab: boolean): void;
}

const IN_VAULT_TITLE = "In your vault: Ctrl/Cmd-click to open the note";
const NEW_TITLE = "Not imported yet: Ctrl/Cmd-click to import it";

/** Marks for the arXiv IDs in the visible part of the document only. */
export function idDecorations(view: EditorView, actions: IdActions): DecorationSet {
	const builder = new RangeSetBuilder<Decoration>();
	if (!actions.enabled()) return builder.finish();
	for (const { from, to } of view.visibleRanges) {
		for (const found of scanArxivIds(view.state.doc.sliceString(from, to), from)) {
			const inVault = actions.pathOfId(found.id) !== undefined;
			builder.add(
				found.from,
				found.to,
				Decoration.mark({
					class: inVault ? "arxiv-atlas-id is-in-vault" : "arxiv-atlas-id is-new",
					attributes: { "data-arxiv-id": found.id, title: inVault ? IN_VAULT_TITLE : NEW_TITLE },
				}),
			);
		}
	}
	return builder.finish();
}

/** Ctrl/Cmd-click on a marked ID opens its note or imports it (with Shift: in a new tab). */
export function idMouseDown(event: MouseEvent, actions: IdActions): boolean {
	if (!(event.ctrlKey || event.metaKey)) return false;
	const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(".arxiv-atlas-id") : null;
	const id = target?.getAttribute("data-arxiv-id");
	if (!id) return false;
	event.preventDefault();
	actions.openOrImport(id, event.shiftKey);
	return true;
}

/** The editor extension: live preview and source mode, recomputed when the viewport or text changes. */
export function arxivIdExtension(actions: IdActions): Extension {
	class IdMarks implements PluginValue {
		decorations: DecorationSet;
		/** Made before the editor knew its viewport: compute again on the next update. */
		private early: boolean;
		constructor(view: EditorView) {
			this.decorations = idDecorations(view, actions);
			this.early = view.visibleRanges.length === 0;
		}
		update(update: ViewUpdate): void {
			if (this.early || update.docChanged || update.viewportChanged || update.geometryChanged) {
				this.decorations = idDecorations(update.view, actions);
				this.early = update.view.visibleRanges.length === 0;
			}
		}
	}
	return ViewPlugin.fromClass(IdMarks, {
		decorations: (v) => v.decorations,
		eventHandlers: { mousedown: (event) => idMouseDown(event, actions) },
	});
}
