import { afterEach, describe, expect, test, vi } from "vitest";
import type { MarkdownView, TFile } from "obsidian";
import ArxivAtlasPlugin from "../../src/main";
import { click, createHost, findSetting, notices, pressKey, requests, setRequestHandler, topModal, typeInto, changeValue } from "../host";
import { ATOM_1601, untilSummary } from "./helpers";
import { BLOCK_END, BLOCK_START } from "../../src/core/notes/managed-block";
import { fakeEditor, keywordNote, openKeywordView, paperNote, rows } from "./view-helpers";

const LLM = "keywords/broad/Large Language Models";
const RAG = "keywords/evolved/Retrieval-Augmented Generation";
const GPT = "keywords/unique/GPT-4o";

function vaultFiles(): Record<string, string> {
	return {
		[`${LLM}.md`]: keywordNote("broad"),
		[`${RAG}.md`]: keywordNote("evolved"),
		[`${GPT}.md`]: keywordNote("unique"),
		"papers/Agents.md": paperNote("2502.15871", "Agents that retrieve", "2025-02-21", [LLM, RAG], "Grace Hopper"),
		"papers/Omni.md": paperNote("2410.21276", "GPT-4o system card", "2024-10-25", [LLM, GPT], "OpenAI"),
		"papers/Survey.md": paperNote("2303.18223", "A survey of large language models", "2023-03-31", [LLM, RAG], "Wayne Xin Zhao"),
		"notes/Ideas.md": "Read 2502.15871 and 1601.00001 later.\n",
	};
}

async function setup(files = vaultFiles()) {
	const host = createHost({ files });
	const plugin = await host.loadPlugin(ArxivAtlasPlugin);
	const view = await openKeywordView(host, plugin);
	return { host, plugin, view, el: view.contentEl };
}

afterEach(() => {
	vi.useRealTimers();
});

describe("keyword view", () => {
	test("is opened by a command and a ribbon action, with no default hotkey", async () => {
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		expect(host.commandIds()).toContain("arxiv-atlas:open-keyword-view");
		expect(host.ribbonIcons().map((r) => r.title)).toContain("Open keyword view");
		expect(await host.runCommand("arxiv-atlas:open-keyword-view")).toBe(true);
		expect(host.app.workspace.getLeavesOfType("arxiv-atlas-keywords")).toHaveLength(1);
		// A second time reveals the same leaf instead of opening another.
		host.clickRibbonIcon("Open keyword view");
		await host.settle();
		expect(host.app.workspace.getLeavesOfType("arxiv-atlas-keywords")).toHaveLength(1);
	});

	test("reads the keyword folder setting however it is typed, and rebuilds at once when it changes", async () => {
		const { host, el } = await setup();
		const tab = host.openSettingTab();
		const input = findSetting(tab, "Keyword notes").querySelector("input");
		if (!input) throw new Error("no folder field");
		// Before folders were normalised, "keywords/" or "./keywords" emptied the view.
		typeInto(input, "./keywords/");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ keywordsFolder: "keywords" });
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword")).toEqual(["Large Language Models3", "Retrieval-Augmented Generation2", "GPT-4o1"]);
		typeInto(input, "elsewhere");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ keywordsFolder: "elsewhere" });
		// Notes outside the folder are keywords only as far as papers link them: their groups come from their own category.
		expect(rows(el, ".arxiv-atlas-group-title")).toEqual(["🔬 Broad technical1", "🚀 Evolved concepts1", "⭐ Unique technical1"]);
	});

	test("lists keywords by category with their paper counts", async () => {
		const { el } = await setup();
		expect(rows(el, ".arxiv-atlas-group-title")).toEqual(["🔬 Broad technical1", "🚀 Evolved concepts1", "⭐ Unique technical1"]);
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword")).toEqual(["Large Language Models3", "Retrieval-Augmented Generation2", "GPT-4o1"]);
		expect(el.querySelector(".arxiv-atlas-keyword")?.getAttribute("aria-label")).toBe("Large Language Models, 3 papers");
	});

	test("the filter narrows as you type, and sorting changes the order", async () => {
		const { el } = await setup();
		const filter = el.querySelector<HTMLInputElement>(".arxiv-atlas-filter");
		if (!filter) throw new Error("no filter box");
		typeInto(filter, "gpt");
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword")).toEqual(["GPT-4o1"]);
		typeInto(filter, "zzz");
		expect(el.querySelector(".arxiv-atlas-empty")?.textContent).toBe('No keyword matches "zzz".');
		typeInto(filter, "");
		const sort = el.querySelector<HTMLSelectElement>(".arxiv-atlas-sort");
		if (!sort) throw new Error("no sort");
		changeValue(sort, "recent");
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword")).toEqual(["Large Language Models3", "Retrieval-Augmented Generation2", "GPT-4o1"]);
		changeValue(sort, "name");
		const broadFirst = rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword");
		expect(broadFirst[0]).toBe("Large Language Models3");
	});

	test("a keyword expands to its papers; clicking one opens its note, Ctrl/Cmd-click in a new tab", async () => {
		const { host, el } = await setup();
		const llm = el.querySelector<HTMLElement>('.arxiv-atlas-keyword-tree [data-key="keywords/broad/Large Language Models.md"]');
		if (!llm) throw new Error("no keyword row");
		click(llm);
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-paper")).toEqual([
			"Agents that retrieveGrace Hopper · 2025",
			"GPT-4o system cardOpenAI · 2024",
			"A survey of large language modelsWayne Xin Zhao · 2023",
		]);
		const leavesBefore = host.app.workspace.getLeavesOfType("").length;
		const paper = el.querySelector<HTMLElement>('.arxiv-atlas-keyword-tree [data-path="papers/Omni.md"]');
		if (!paper) throw new Error("no paper row");
		click(paper);
		await host.settle();
		expect(host.openedFiles()).toEqual(["papers/Omni.md"]);
		paper.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		await host.settle();
		expect(host.openedFiles()).toEqual(["papers/Omni.md", "papers/Omni.md"]);
		expect(host.app.workspace.getLeavesOfType("").length).toBeGreaterThan(leavesBefore);
	});

	test("keyboard: arrows move and expand, Enter opens", async () => {
		const { host, el } = await setup();
		const first = el.querySelector<HTMLElement>(".arxiv-atlas-keyword-tree .arxiv-atlas-keyword");
		if (!first) throw new Error("no keyword row");
		first.focus();
		pressKey(first, "ArrowRight");
		const focused = document.activeElement as HTMLElement;
		expect(focused.getAttribute("aria-expanded")).toBe("true");
		pressKey(focused, "ArrowDown");
		const paperRow = document.activeElement as HTMLElement;
		expect(paperRow.getAttribute("data-path")).toBe("papers/Agents.md");
		pressKey(paperRow, "Enter");
		await host.settle();
		expect(host.openedFiles()).toEqual(["papers/Agents.md"]);
	});

	test("shows 'this paper' for the active paper note: its title and keywords, each related paper once with what it shares", async () => {
		const files = vaultFiles();
		// A fourth paper shares only the keyword every paper has: it ranks below those that share a rarer one too.
		files["papers/Other.md"] = paperNote("2401.00002", "Another model paper", "2024-01-02", [LLM], "Alan Turing");
		const { host, el } = await setup(files);
		await host.app.workspace.getLeaf(false).openFile(host.app.vault.getFileByPath("papers/Survey.md") as TFile);
		const section = el.querySelector(".arxiv-atlas-this-paper");
		if (!section) throw new Error("no section");
		expect(section.querySelector(".arxiv-atlas-this-title")?.textContent).toBe("A survey of large language models");
		expect(rows(section, ":scope > .arxiv-atlas-chips .arxiv-atlas-chip")).toEqual(["Large Language Models", "Retrieval-Augmented Generation"]);
		// Each other paper once (Agents shares two keywords and is not listed twice), with its shared keywords as chips.
		const related = [...section.querySelectorAll<HTMLElement>(".arxiv-atlas-paper")];
		expect(related.map((r) => r.querySelector(".arxiv-atlas-paper-title")?.textContent)).toEqual(["Agents that retrieve", "GPT-4o system card", "Another model paper"]);
		expect(rows(related[0] as HTMLElement, ".arxiv-atlas-chip")).toEqual(["Large Language Models", "Retrieval-Augmented Generation"]);
		expect(section.querySelector(".arxiv-atlas-section-subtitle")?.textContent).toBe("Related papers (3)");
		// A chip opens its keyword note, not the paper of its row.
		click(related[0]?.querySelector(".arxiv-atlas-chip") as HTMLElement);
		await host.settle();
		expect(host.openedFiles().at(-1)).toBe(`${LLM}.md`);
		await host.app.workspace.getLeaf(false).openFile(host.app.vault.getFileByPath("notes/Ideas.md") as TFile);
		expect(section.textContent).toBe("");
	});

	test("'this paper' ranks related papers by the radar once it has read the vault: the most alike first, with what they share", async () => {
		// Hand-made notes with their abstracts in the generated part, as an import writes them.
		const withAbstract = (id: string, title: string, abstract: string, keywords: string[]): string =>
			paperNote(id, title, "2024-01-01", keywords).replace("Body", `${BLOCK_START}\n## 📄 Abstract\n\n${abstract}\n${BLOCK_END}`);
		const files = vaultFiles();
		files["papers/Agents.md"] = withAbstract("2502.15871", "Agents that retrieve", "Agents retrieve documents for a language model.", [LLM, RAG]);
		files["papers/Survey.md"] = withAbstract("2303.18223", "A survey of large language models", "We survey large language models: pretraining, tuning, alignment, evaluation of large language models.", [LLM, RAG]);
		files["papers/Omni.md"] = withAbstract("2410.21276", "GPT-4o system card", "We survey GPT-4o among large language models: its pretraining, tuning, alignment and the evaluation of large language models.", [LLM, GPT]);
		const { host, el } = await setup(files);
		await host.app.workspace.getLeaf(false).openFile(host.app.vault.getFileByPath("papers/Survey.md") as TFile);
		await host.settle();
		await vi.waitFor(() => expect(el.querySelector(".arxiv-atlas-paper-why")).not.toBeNull());
		const related = [...el.querySelectorAll<HTMLElement>(".arxiv-atlas-this-paper .arxiv-atlas-paper")];
		// Omni shares one keyword but most of its abstract; Agents shares two keywords and little else.
		expect(related.map((r) => r.querySelector(".arxiv-atlas-paper-title")?.textContent)).toEqual(["GPT-4o system card", "Agents that retrieve"]);
		expect(related[0]?.querySelector(".arxiv-atlas-paper-why")?.textContent).toMatch(/^Also on .*(pretraining|alignment|language|model)/);
		expect(rows(related[0] as HTMLElement, ".arxiv-atlas-chip")).toEqual(["Large Language Models"]);
	});

	test("'this paper' with no related paper says so, and a long list of related papers grows in place", async () => {
		const files = vaultFiles();
		files["papers/Lonely.md"] = paperNote("2401.00009", "A paper alone", "2024-01-09", ["keywords/specific/Nothing Shared"]);
		for (let i = 0; i < 12; i++) files[`papers/Many ${i}.md`] = paperNote(`2402.000${String(10 + i)}`, `Paper ${i}`, "2024-02-01", [GPT]);
		const { host, el } = await setup(files);
		await host.app.workspace.getLeaf(false).openFile(host.app.vault.getFileByPath("papers/Lonely.md") as TFile);
		const section = el.querySelector(".arxiv-atlas-this-paper") as HTMLElement;
		expect(section.textContent).toContain("No other paper shares a keyword with this one yet.");
		await host.app.workspace.getLeaf(false).openFile(host.app.vault.getFileByPath("papers/Omni.md") as TFile);
		const papers = (): number => section.querySelectorAll(".arxiv-atlas-paper").length;
		expect(papers()).toBe(5);
		const more = section.querySelector<HTMLElement>(".arxiv-atlas-more");
		// Omni shares a keyword with the 12 papers and with Agents and Survey: 14, 5 shown.
		expect(more?.textContent).toBe("Show 9 more");
		click(more as HTMLElement);
		expect(papers()).toBe(14);
		expect(section.querySelector(".arxiv-atlas-more")).toBeNull();
	});

	test("folds a group's keywords of one paper under one row, unfolds them on click, and shows them all while filtering", async () => {
		const files = vaultFiles();
		const tail = ["Alpha Decay", "Beta Decay", "Gamma Rays", "Delta Functions", "Epsilon Machines"].map((n) => `keywords/specific/${n}`);
		for (const [i, k] of tail.entries()) {
			files[`${k}.md`] = keywordNote("specific");
			files[`papers/Tail ${i}.md`] = paperNote(`2403.0000${i}`, `Tail ${i}`, "2024-03-01", [k]);
		}
		files["keywords/specific/Shared Idea.md"] = keywordNote("specific");
		files["papers/Shared 1.md"] = paperNote("2403.00011", "Shared 1", "2024-03-01", ["keywords/specific/Shared Idea"]);
		files["papers/Shared 2.md"] = paperNote("2403.00012", "Shared 2", "2024-03-01", ["keywords/specific/Shared Idea"]);
		const { el } = await setup(files);
		const group = (): HTMLElement => el.querySelector<HTMLElement>('.arxiv-atlas-group-title[data-category="specific"]')?.closest(".arxiv-atlas-group") as HTMLElement;
		const names = (): string[] => rows(group(), ".arxiv-atlas-keyword .tree-item-inner");
		expect(names()).toEqual(["Shared Idea"]);
		const rare = group().querySelector<HTMLElement>(".arxiv-atlas-rare");
		expect(rare?.textContent).toBe("and 5 keywords of one paper");
		expect(group().querySelector(".arxiv-atlas-group-title")?.getAttribute("title")).toMatch(/Multi-word technical concepts/);
		click(rare as HTMLElement);
		expect(names()).toEqual(["Shared Idea", "Alpha Decay", "Beta Decay", "Delta Functions", "Epsilon Machines", "Gamma Rays"]);
		expect(group().querySelector(".arxiv-atlas-rare")?.textContent).toBe("Fold the keywords of one paper");
		click(group().querySelector(".arxiv-atlas-rare") as HTMLElement);
		expect(names()).toEqual(["Shared Idea"]);
		typeInto(el.querySelector<HTMLInputElement>(".arxiv-atlas-filter") as HTMLInputElement, "decay");
		expect(names()).toEqual(["Alpha Decay", "Beta Decay"]);
		expect(group().querySelector(".arxiv-atlas-rare")).toBeNull();
	});

	test("the empty state explains how to import a first paper", async () => {
		const { el } = await setup({});
		expect(el.querySelector(".arxiv-atlas-empty")?.textContent).toMatch(/No papers in this vault yet.*paste an arXiv identifier such as 2502\.15871/);
		const button = el.querySelector<HTMLElement>(".arxiv-atlas-empty button");
		if (!button) throw new Error("no button");
		click(button);
		expect(topModal().contentEl.querySelector("textarea")).not.toBeNull();
	});

	test("stays current: a new paper, edited keywords, a rename and a deletion show without reopening", async () => {
		const { host, el, view } = await setup();
		const counts = (): string[] => rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword");
		await host.writeFile("papers/New.md", paperNote("2501.00001", "New paper", "2025-01-02", [GPT, RAG]));
		await vi.waitFor(() => expect(counts()).toEqual(["Large Language Models3", "Retrieval-Augmented Generation3", "GPT-4o2"]));
		// The user edits the keywords property of a paper.
		await host.writeFile("papers/Omni.md", paperNote("2410.21276", "GPT-4o system card", "2024-10-25", [GPT], "OpenAI"));
		await vi.waitFor(() => expect(counts()).toEqual(["Large Language Models2", "Retrieval-Augmented Generation3", "GPT-4o2"]));
		// Rename: the paper keeps its keywords under its new path.
		const agents = host.app.vault.getFileByPath("papers/Agents.md") as TFile;
		await host.app.vault.rename(agents, "papers/Agents (renamed).md");
		click(el.querySelector<HTMLElement>('[data-key="keywords/broad/Large Language Models.md"]') as HTMLElement);
		await vi.waitFor(() => expect(el.querySelector('.arxiv-atlas-keyword-tree [data-path="papers/Agents (renamed).md"]')).not.toBeNull());
		// Deletion (Obsidian's metadata cache fires "deleted").
		const survey = host.app.vault.getFileByPath("papers/Survey.md") as TFile;
		await host.app.vault.delete(survey);
		host.app.metadataCache.trigger("deleted", survey, null);
		await vi.waitFor(() => expect(counts()).toEqual(["Large Language Models1", "Retrieval-Augmented Generation2", "GPT-4o2"]));
		expect(view.isCurrent()).toBe(true);
	});
});

describe("editor integration", () => {
	test("Import arXiv papers in this note imports every ID in one request and can replace IDs with links", async () => {
		vi.useFakeTimers({ shouldAdvanceTime: true });
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { "notes/Ideas.md": "x", "papers/": "" }, pluginData: { "arxiv-atlas": { editor: { replaceWithLinks: true } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const editor = fakeEditor("Read arXiv:1601.00001 today.\nAlso https://arxiv.org/abs/1601.00001v1.\n");
		const view = { file: host.app.vault.getFileByPath("notes/Ideas.md") } as unknown as MarkdownView;
		await host.runCommand("arxiv-atlas:import-note", { editor, view });
		await untilSummary(host);
		expect(requests()).toHaveLength(1);
		const paper = host.listFiles("papers")[0];
		expect(paper).toBeDefined();
		const name = (paper ?? "").replace(/^papers\//, "").replace(/\.md$/, "");
		expect(editor.getValue()).toBe(`Read [[${name}]] today.\nAlso [[${name}]].\n`);
		expect(notices().at(-1)?.message).toMatch(/arXiv import:/);
	});

	test("Import arXiv papers in selection is offered only when the selection has an ID; IDs stay as text by default", async () => {
		vi.useFakeTimers({ shouldAdvanceTime: true });
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { "papers/": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const text = "see 1601.00001 here";
		const view = { file: null } as unknown as MarkdownView;
		expect(await host.runCommand("arxiv-atlas:import-selection", { editor: fakeEditor(text, [0, 3]), view })).toBe(false);
		const editor = fakeEditor(text, [4, 14]);
		expect(await host.runCommand("arxiv-atlas:import-selection", { editor, view })).toBe(true);
		await untilSummary(host);
		expect(host.listFiles("papers")).toHaveLength(1);
		expect(editor.getValue()).toBe(text);
	});

	test("the settings have the editor section, link replacement off by default", async () => {
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		expect(tab.textContent).toContain("Replace imported identifiers with links");
		const toggles = Array.from(tab.querySelectorAll(".setting-item")).filter((s) => s.textContent?.includes("Replace imported identifiers"));
		const toggle = toggles[0]?.querySelector<HTMLElement>(".checkbox-container");
		expect(toggle?.classList.contains("is-enabled")).toBe(false);
		if (toggle) click(toggle);
		await host.settle();
		expect((host.pluginData("arxiv-atlas") as { editor: { replaceWithLinks: boolean } }).editor.replaceWithLinks).toBe(true);
	});
});
