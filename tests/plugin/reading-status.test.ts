import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ObsidianProtocolData } from "obsidian";
import ArxivAtlasPlugin from "../../src/main";
import { createHost, setRequestHandler } from "../host";
import { ATOM_1601, protocolHandler as handler, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

describe("reading status", () => {
	it("starts a new paper note at to-read when the setting is on, leaves a re-import's status alone, and the commands change it", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_1601 } : { status: 404, text: "" }));
		const { openNote } = await import("./tools-helpers");
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { readingStatus: true } } });
		const plugin = await host.loadPlugin(ArxivAtlasPlugin);
		handler(plugin)({ action: "arxiv-atlas", import: "1601.00001" } as ObsidianProtocolData);
		await untilSummary(host);
		const path = host.listFiles("papers").find((p) => p.endsWith(".md")) ?? "";
		expect(host.frontmatter(path)?.["status"]).toBe("to-read");
		await openNote(host, path);
		expect(await host.runCommand("arxiv-atlas:mark-reading")).toBe(true);
		await host.settle();
		expect(host.frontmatter(path)?.["status"]).toBe("reading");
		// Imported again: the status is the user's.
		handler(plugin)({ action: "arxiv-atlas", import: "1601.00001" } as ObsidianProtocolData);
		await vi.advanceTimersByTimeAsync(3500);
		await untilSummary(host);
		await host.settle();
		expect(host.frontmatter(path)?.["status"]).toBe("reading");
		await host.runCommand("arxiv-atlas:mark-read");
		await host.settle();
		expect(host.readFile(path)).toMatch(/^status: "?read"?$/m);
	});

	it("is not written when the setting is off (the default), and the commands are offered only on a paper", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_1601 } : { status: 404, text: "" }));
		const { openNote } = await import("./tools-helpers");
		const host = createHost({ files: { "papers/": "", "Plain.md": "x\n" } });
		const plugin = await host.loadPlugin(ArxivAtlasPlugin);
		handler(plugin)({ action: "arxiv-atlas", import: "1601.00001" } as ObsidianProtocolData);
		await untilSummary(host);
		const path = host.listFiles("papers").find((p) => p.endsWith(".md")) ?? "";
		expect(host.frontmatter(path)?.["status"]).toBeUndefined();
		await openNote(host, "Plain.md");
		expect(await host.runCommand("arxiv-atlas:mark-to-read")).toBe(false);
	});
});

describe("the keyword view by reading status", () => {
	it("shows the keywords of the papers with one status, each counting only those, and their papers", async () => {
		const { keywordNote, openKeywordView, paperNote, rows } = await import("./view-helpers");
		const { changeValue, click } = await import("../host");
		const LLM = "keywords/broad/Large Language Models";
		const RAG = "keywords/evolved/Retrieval-Augmented Generation";
		const GPT = "keywords/unique/GPT-4o";
		const withStatus = (note: string, status: string): string => note.replace("---\ntitle", `---\nstatus: ${status}\ntitle`);
		const host = createHost({
			files: {
				[`${LLM}.md`]: keywordNote("broad"),
				[`${RAG}.md`]: keywordNote("evolved"),
				[`${GPT}.md`]: keywordNote("unique"),
				"papers/Agents.md": withStatus(paperNote("2502.15871", "Agents that retrieve", "2025-02-21", [LLM, RAG]), "to-read"),
				"papers/Omni.md": withStatus(paperNote("2410.21276", "GPT-4o system card", "2024-10-25", [LLM, GPT]), "read"),
				"papers/Survey.md": paperNote("2303.18223", "A survey of large language models", "2023-03-31", [LLM, RAG]),
			},
		});
		const plugin = await host.loadPlugin(ArxivAtlasPlugin);
		const view = await openKeywordView(host, plugin);
		const el = view.contentEl;
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword")).toEqual(["Large Language Models3", "Retrieval-Augmented Generation2", "GPT-4o1"]);
		const menu = el.querySelector("select.arxiv-atlas-status") as HTMLSelectElement;
		changeValue(menu, "to-read");
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword")).toEqual(["Large Language Models1", "Retrieval-Augmented Generation1"]);
		click(el.querySelector(".arxiv-atlas-keyword-tree .arxiv-atlas-keyword") as HTMLElement);
		expect(el.querySelector(".arxiv-atlas-keyword-tree")?.textContent).toContain("Agents that retrieve");
		expect(el.querySelector(".arxiv-atlas-keyword-tree")?.textContent).not.toContain("A survey of large language models");
		changeValue(menu, "reading");
		expect(el.querySelector(".arxiv-atlas-keyword-tree")?.textContent).toContain("No paper has this reading status yet.");
		changeValue(menu, "");
		expect(rows(el, ".arxiv-atlas-keyword-tree .arxiv-atlas-keyword")).toEqual(["Large Language Models3", "Retrieval-Augmented Generation2", "GPT-4o1"]);
	});
});
