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

describe("the first run in a Korean app", () => {
	it("writes Korean notes until a setting is saved; a vault with settings keeps its own", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_1601 } : { status: 404, text: "" }));
		const host = createHost({ files: { "papers/": "" }, language: "ko" });
		const plugin = await host.loadPlugin(ArxivAtlasPlugin);
		handler(plugin)({ action: "arxiv-atlas", import: "1601.00001" } as ObsidianProtocolData);
		await untilSummary(host);
		const path = host.listFiles("papers").find((p) => p.endsWith(".md")) ?? "";
		expect(host.readFile(path)).toContain("## 📄 Abstract (원문)");
		// Saved, so the command line writes the same notes into this vault.
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ noteLanguage: "ko", enrich: { targetLanguage: "Korean" } });

		const saved = createHost({ files: { "papers/": "" }, language: "ko", pluginData: { "arxiv-atlas": { noteLanguage: "en" } } });
		const other = await saved.loadPlugin(ArxivAtlasPlugin);
		await vi.advanceTimersByTimeAsync(3500);
		handler(other)({ action: "arxiv-atlas", import: "1601.00001" } as ObsidianProtocolData);
		await untilSummary(saved);
		const english = saved.listFiles("papers").find((p) => p.endsWith(".md")) ?? "";
		expect(saved.readFile(english)).not.toContain("원문");
	});
});
