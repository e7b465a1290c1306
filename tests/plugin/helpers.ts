import { readFileSync } from "node:fs";
import { vi } from "vitest";
import type { ObsidianProtocolHandler } from "obsidian";
import { click, findButton, modalsOpened, notices, topModal, typeInto, type Host } from "../host";

export const ATOM_1601 = readFileSync("tests/fixtures/arxiv-api/idlist-1601.00001-doi-journalref.xml", "utf8");
export const ATOM_SCIENCE = readFileSync("tests/fixtures/arxiv-api/search-all-science-10-entries.xml", "utf8");

/** Types a paste into the open import modal and presses Import, as a user would. */
export function pasteAndImport(text: string): void {
	const modal = topModal();
	const input = modal.contentEl.querySelector("textarea");
	if (!input) throw new Error("the import modal has no text box");
	typeInto(input, text);
	click(findButton(modal.contentEl, /^Import( \d+ papers?)?$/));
}

const returned = new WeakSet<Element>();

function isFinishedProgress(content: HTMLElement): boolean {
	return content.hasClass("arxiv-atlas-progress") && content.parentElement?.hasClass("is-done") === true;
}

/** The summary lines a finished progress modal shows, as one text. */
function progressSummary(content: Element): string {
	const [status, , counts] = Array.from(content.children);
	return [status?.textContent ?? "", ...Array.from(counts?.children ?? []).map((c) => c.textContent ?? "")].join("\n");
}

/**
 * Every import summary shown so far, oldest first: a long run's in its progress modal when it
 * finished (no notice repeats an open modal), the others in a notice.
 */
export function importSummaries(): string[] {
	const fromModals = modalsOpened()
		.filter((m) => isFinishedProgress(m.contentEl))
		.map((m) => progressSummary(m.contentEl));
	return [...notices().map((n) => n.message).filter((m) => m.startsWith("arXiv import:")), ...fromModals];
}

/**
 * Lets the import run (fake timers skip the waits between arXiv requests) until its summary shows
 * (a notice, or a finished progress modal). `settle: false` for a server that never answers: settle() would wait for it forever.
 */
export async function untilSummary(host: Host, options: { settle?: boolean } = {}): Promise<string> {
	for (let i = 0; i < 200; i++) {
		if (options.settle !== false) await host.settle();
		const last = notices().at(-1)?.message ?? "";
		if (last.startsWith("arXiv import:")) return last;
		// A long run ends in its progress modal; each finished one is returned once.
		const modal = modalsOpened().find((m) => !returned.has(m.contentEl) && isFinishedProgress(m.contentEl));
		if (modal) {
			returned.add(modal.contentEl);
			return progressSummary(modal.contentEl);
		}
		await vi.advanceTimersByTimeAsync(5000);
	}
	throw new Error(`no summary notice; notices were: ${notices().map((n) => n.message).join(" | ")}`);
}

/** The handler the plugin registered for obsidian://arxiv-atlas (Obsidian calls it with the link's decoded query). */
export function protocolHandler(plugin: object): ObsidianProtocolHandler {
	const found = (plugin as { obsidianProtocolHandlers__: Map<string, ObsidianProtocolHandler> }).obsidianProtocolHandlers__.get("arxiv-atlas");
	if (!found) throw new Error("no obsidian://arxiv-atlas handler");
	return found;
}
