import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ObsidianProtocolData } from "obsidian";
import ArxivAtlasPlugin from "../../src/main";
import { createHost, findSetting, notices, requests, setRequestHandler } from "../host";
import { ATOM_1601, protocolHandler as handler, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});


describe("obsidian://arxiv-atlas", () => {
	it("imports the paper a link names through the usual import, and its PDF only when asked", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_1601 } : { status: 404, text: "" }));
		const host = createHost({ files: { "papers/": "" } });
		const plugin = await host.loadPlugin(ArxivAtlasPlugin);
		handler(plugin)({ action: "arxiv-atlas", import: "https://arxiv.org/html/1601.00001v1" } as ObsidianProtocolData);
		expect(await untilSummary(host)).toMatch(/1 new paper/);
		expect(host.listFiles("papers").some((p) => p.endsWith(".md"))).toBe(true);
		expect(requests().filter((r) => r.url.startsWith("https://arxiv.org/pdf/"))).toHaveLength(0);
		// With pdf=1 the after-import steps fetch its PDF too.
		handler(plugin)({ action: "arxiv-atlas", import: "1601.00001", pdf: "1" } as ObsidianProtocolData);
		for (let i = 0; i < 20 && !requests().some((r) => r.url.startsWith("https://arxiv.org/pdf/1601.00001")); i++) {
			await host.settle();
			await vi.advanceTimersByTimeAsync(3500);
		}
		expect(requests().some((r) => r.url.startsWith("https://arxiv.org/pdf/1601.00001"))).toBe(true);
	});

	it("says what is wrong with a link that names no paper, and imports nothing", async () => {
		const host = createHost({ files: { "papers/": "" } });
		const plugin = await host.loadPlugin(ArxivAtlasPlugin);
		handler(plugin)({ action: "arxiv-atlas", import: "banana" } as ObsidianProtocolData);
		await host.settle();
		expect(notices().at(-1)?.message).toMatch(/names no arXiv paper \("banana"\)/);
		expect(requests()).toHaveLength(0);
	});

	it("offers the bookmarklet in the settings, for this vault", async () => {
		const host = createHost({ vaultName: "Research" });
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		const writes: string[] = [];
		Object.defineProperty(navigator, "clipboard", { value: { writeText: (t: string) => (writes.push(t), Promise.resolve()) }, configurable: true });
		(findSetting(tab, "Bookmarklet").querySelector("button") as HTMLButtonElement).click();
		await host.settle();
		expect(writes[0]).toMatch(/^javascript:location\.href="obsidian:\/\/arxiv-atlas\?vault=Research&import="\+encodeURIComponent\(location\.href\)$/);
		expect(notices().at(-1)?.message).toMatch(/Bookmarklet copied/);
	});
});

describe("Open the web version of this paper", () => {
	it("opens arXiv's HTML version of the open paper (window.open: the Web viewer or the browser, as the user set), and is offered only on a paper", async () => {
		const { openNote, paperNote } = await import("./tools-helpers");
		const host = createHost({ files: { "papers/K.md": paperNote("1601.00001", "Inelastic effects"), "Plain.md": "not a paper\n" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const opened: string[] = [];
		const open = vi.spyOn(window, "open").mockImplementation((url) => (opened.push(String(url)), null));
		await openNote(host, "Plain.md");
		expect(await host.runCommand("arxiv-atlas:open-html-version")).toBe(false);
		await openNote(host, "papers/K.md");
		expect(await host.runCommand("arxiv-atlas:open-html-version")).toBe(true);
		expect(opened).toEqual(["https://arxiv.org/html/1601.00001"]);
		open.mockRestore();
	});
});

describe("obsidian arxiv-atlas:import (Obsidian's command line, 1.12.2+)", () => {
	it("imports the papers named, answers with the summary, and says what is wrong", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_1601 } : { status: 404, text: "" }));
		const host = createHost({ files: { "papers/": "" } });
		const plugin = await host.loadPlugin(ArxivAtlasPlugin);
		const cli = (plugin as unknown as { cliHandlers__: Map<string, (p: Record<string, string>) => Promise<string>> }).cliHandlers__.get("arxiv-atlas:import");
		if (!cli) throw new Error("no arxiv-atlas:import handler");
		const answer = cli({ ids: "1601.00001" });
		for (let i = 0; i < 20 && !host.listFiles("papers").some((p) => p.endsWith(".md")); i++) {
			await host.settle();
			await vi.advanceTimersByTimeAsync(3500);
		}
		expect(await answer).toMatch(/^arXiv import: 1 new paper, 0 updated, 0 failed/);
		expect(await cli({})).toMatch(/^arxiv-atlas:import names no paper: it needs ids=<arXiv IDs or links>/);
	});
});
