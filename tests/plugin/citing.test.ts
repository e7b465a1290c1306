import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Editor, FuzzyMatch, MarkdownView, TFile } from "obsidian";
import ArxivAtlasPlugin from "../../src/main";
import type { InsertPaperLinkModal } from "../../src/obsidian/cite/insert-link-modal";
import { createHost, findSetting, notices, setRequestHandler, topModal, typeInto } from "../host";
import { ATOM_1601, pasteAndImport, untilSummary } from "./helpers";
import { openNote, paperNote } from "./tools-helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const KILGOUR = "papers/Kilgour.md";
const GOLDEN = readFileSync("tests/expected/bibtex/1601.00001-doi-journalref.bib", "utf8").trim();

function editorStub(): { editor: Editor; inserted: string[] } {
	const inserted: string[] = [];
	return { editor: { replaceSelection: (text: string) => void inserted.push(text) } as unknown as Editor, inserted };
}

describe("Insert link to paper", () => {
	it("finds paper notes by title, author, ID or keyword and inserts a link that follows the link settings", async () => {
		const host = createHost({
			files: {
				[KILGOUR]: paperNote("1601.00001", "Inelastic effects in molecular transport junctions"),
				"Draft.md": "My draft\n",
				"Plain.md": "not a paper\n",
			},
		});
		await host.loadPlugin(ArxivAtlasPlugin);
		const { editor, inserted } = editorStub();
		const view = { file: host.app.vault.getFileByPath("Draft.md") } as unknown as MarkdownView;
		await host.runCommand("arxiv-atlas:insert-paper-link", { editor, view });
		const modal = topModal().modal as InsertPaperLinkModal;
		const items = modal.getItems();
		expect(items.map((i) => i.file.path)).toEqual([KILGOUR]);
		const text = modal.getItemText(items[0] as (typeof items)[number]);
		for (const term of ["Inelastic effects", "Dvira Segal", "1601.00001", "Transport"]) expect(text).toContain(term);
		// Shown as two lines, like the quick switcher: the title, then authors · year · category · ID.
		const row = document.createElement("div");
		modal.renderSuggestion({ item: items[0], match: { score: 0, matches: [] } } as FuzzyMatch<(typeof items)[number]>, row);
		expect(row.querySelector(".suggestion-title")?.textContent).toBe("Inelastic effects in molecular transport junctions");
		expect(row.querySelector(".suggestion-note")?.textContent).toMatch(/Dvira Segal.* · \d{4} · [a-z-]+(\.[A-Za-z-]+)? · 1601\.00001$/);

		modal.selectSuggestion({ item: items[0], match: { score: 0, matches: [] } } as FuzzyMatch<(typeof items)[number]>, new MouseEvent("click"));
		expect(inserted).toEqual(["[[Kilgour|Inelastic effects in molecular transport junctions]]"]);

		host.setLinkSettings({ useMarkdownLinks: true });
		await host.runCommand("arxiv-atlas:insert-paper-link", { editor, view });
		const second = topModal().modal as InsertPaperLinkModal;
		second.selectSuggestion({ item: second.getItems()[0], match: { score: 0, matches: [] } } as FuzzyMatch<(typeof items)[number]>, new MouseEvent("click"));
		expect(inserted[1]).toBe("[Inelastic effects in molecular transport junctions](Kilgour.md)");
	});
});

describe("Copy BibTeX", () => {
	it("copies arXiv's entry for the active paper note and keeps its key in citekey, unique in the vault", async () => {
		const host = createHost({
			files: {
				[KILGOUR]: paperNote("1601.00001", "Inelastic effects in molecular transport junctions: The probe technique at high bias"),
				"papers/Other.md": paperNote("1601.00002", "Another one", 'citekey: "Kilgour2015Inelastic"'),
			},
		});
		await host.loadPlugin(ArxivAtlasPlugin);
		await openNote(host, KILGOUR);
		expect(await host.runCommand("arxiv-atlas:copy-bibtex")).toBe(true);
		await host.settle();
		const copied = await navigator.clipboard.readText();
		expect(copied).toMatch(/^@misc\{Kilgour2015Inelastica,\n/);
		expect(copied).toContain("  doi = {10.1063/1.4944470}");
		expect(copied).toContain("  archivePrefix = {arXiv}");
		expect(host.frontmatter(KILGOUR)?.["citekey"]).toBe("Kilgour2015Inelastica");
		expect(notices().at(-1)?.message).toBe("BibTeX copied: Kilgour2015Inelastica");

		// Copying again gives the same key, even once the other paper's key is gone.
		await host.app.fileManager.processFrontMatter(host.app.vault.getFileByPath("papers/Other.md") as TFile, (fm: Record<string, unknown>) => {
			delete fm["citekey"];
		});
		await host.runCommand("arxiv-atlas:copy-bibtex");
		await host.settle();
		expect(await navigator.clipboard.readText()).toBe(copied);
	});

	it("is not offered on a note that is not a paper", async () => {
		const host = createHost({ files: { "Plain.md": "text" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await openNote(host, "Plain.md");
		expect(await host.runCommand("arxiv-atlas:copy-bibtex")).toBe(false);
	});

	it("with the setting on, an import adds the bibtex block below the managed section, and a re-import replaces it", async () => {
		setRequestHandler(() => ({ text: ATOM_1601 }));
		const host = createHost({ pluginData: { "arxiv-atlas": { tools: { bibtexBlock: true } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		await host.settle();
		const path = host.listFiles("papers")[0] ?? "";
		const text = host.readFile(path);
		expect(text).toContain(`%% arxiv-atlas: end managed section %%\n\n\`\`\`bibtex\n% arxiv-atlas: citation (replaced on re-import)\n${GOLDEN}\n\`\`\``);

		await host.writeFile(path, `${host.readFile(path)}\nMy own line.\n`);
		await vi.advanceTimersByTimeAsync(4000);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		await host.settle();
		const again = host.readFile(path);
		expect(again.match(/```bibtex/g)).toHaveLength(1);
		expect(again).toContain("My own line.");
	});
});

describe("Citing settings", () => {
	it("explains a bad citation key template and keeps the last good one; a good one is used for new keys", async () => {
		const host = createHost({ files: { [KILGOUR]: paperNote("1601.00001", "Inelastic effects") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		const setting = findSetting(tab, "Citation key template");
		const input = setting.querySelector("input");
		if (!input) throw new Error("no text box");
		typeInto(input, "{{firstAuthor}}{{year}}");
		await host.settle();
		expect(setting.querySelector(".setting-item-description")?.textContent).toMatch(/unknown variable \{\{firstAuthor\}\}.*did you mean \{\{firstAuthorLastName\}\}/);
		expect((host.pluginData("arxiv-atlas") as Record<string, unknown> | null)?.["tools"]).toBeUndefined();
		typeInto(input, "{{firstAuthorLastName|lower}}{{year}}");
		await host.settle();
		await openNote(host, KILGOUR);
		await host.runCommand("arxiv-atlas:copy-bibtex");
		await host.settle();
		expect(host.frontmatter(KILGOUR)?.["citekey"]).toBe("kilgour2015");
	});
});
