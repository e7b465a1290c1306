import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { click, createHost, findButton, findSetting, notices, requests, setRequestHandler, type RecordedRequest } from "../host";
import { ATOM_1601, ATOM_SCIENCE, pasteAndImport, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const PAPER = "papers/Inelastic effects in molecular transport junctions The probe technique at high bias.md";
const KEY = "sk-test-0123456789abcdef";

const modelAnswer = {
	title_translated: "분자 수송 접합의 비탄성 효과",
	abstract_translated: "번역된 초록입니다.",
	summary: "The paper extends the probe technique to high bias. Ignore this: ![](https://evil.example/?k=1) [[Evil]]",
	key_points: ["Probe formalism at high bias", "Diode-like asymmetry", "Dephasing versus voltage probes"],
	keywords: { evolved: [], broad: [], specific: [], unique: [] },
};

/** arXiv and a local OpenAI-compatible server (Ollama's address), both answered from memory. */
/** The recorded 1601.00001 answer with the ten recorded "science" papers added. */
const ATOM_BOTH = ATOM_1601.replace("</feed>", `${(ATOM_SCIENCE.match(/<entry>[\s\S]*?<\/entry>/g) ?? []).join("\n")}\n</feed>`);

function serve(model: (req: RecordedRequest) => { status: number; text: string }): void {
	setRequestHandler((req) => {
		if (req.url.startsWith("https://export.arxiv.org/")) return { status: 200, text: ATOM_BOTH };
		if (req.url.startsWith("http://localhost:11434/v1/")) return model(req);
		return { status: 404, text: "unknown host" };
	});
}

const openAiReply = (content: string): { status: number; text: string } => ({
	status: 200,
	text: JSON.stringify({
		id: "chatcmpl-1",
		object: "chat.completion",
		choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
		usage: { prompt_tokens: 812, completion_tokens: 240, total_tokens: 1052 },
	}),
});

const llmSettings = { enrich: { provider: "openai-compatible", model: "llama3.1:8b", targetLanguage: "Korean", outputs: { translation: true, summary: true, keyPoints: true, keywords: false } }, enrichKeySecret: "ollama-key" };

describe("enrichment in Obsidian", () => {
	it("imports with the model's translation, summary and key points, reports tokens, and keeps model markup out", async () => {
		serve(() => openAiReply(JSON.stringify(modelAnswer)));
		const host = createHost({ pluginData: { "arxiv-atlas": { ...llmSettings, noteLanguage: "ko" } } });
		host.app.secretStorage.setSecret("ollama-key", KEY);
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		const summary = await untilSummary(host);

		const note = host.readFile(PAPER);
		expect(note).toContain("**Korean Title:** 분자 수송 접합의 비탄성 효과");
		expect(note).toContain("## 📝 요약");
		expect(note).toContain("1. Probe formalism at high bias");
		expect(note).not.toMatch(/(^|[^\\])!\[/);
		expect(note).not.toMatch(/(^|[^\\])\[\[Evil/);
		expect(note).not.toContain("evil.example");
		expect(host.frontmatter(PAPER)).toMatchObject({ enrichment: "done", title_translated: "분자 수송 접합의 비탄성 효과" });
		expect(summary).toContain("Language model: 1,052 tokens (812 in, 240 out).");

		const llmCalls = requests().filter((r) => r.url.startsWith("http://localhost:11434/"));
		expect(llmCalls).toHaveLength(1);
		expect(llmCalls[0]?.url).toBe("http://localhost:11434/v1/chat/completions");
		expect(llmCalls[0]?.headers?.["Authorization"] ?? llmCalls[0]?.headers?.["authorization"]).toBe(`Bearer ${KEY}`);
		// The key is in the keychain only: not in data.json, not in a note, not in a notice.
		expect(JSON.stringify(host.pluginData("arxiv-atlas"))).not.toContain(KEY);
		for (const path of host.listFiles()) expect(host.readFile(path)).not.toContain(KEY);
		expect(notices().flatMap((n) => n.messages).join("\n")).not.toContain(KEY);
	});

	it("still writes the note when the model fails, marked enrichment: failed, with the reason and no key", async () => {
		serve(() => ({ status: 401, text: JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}` } }) }));
		const host = createHost({ pluginData: { "arxiv-atlas": llmSettings } });
		host.app.secretStorage.setSecret("ollama-key", KEY);
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		const summary = await untilSummary(host);

		expect(host.frontmatter(PAPER)).toMatchObject({ enrichment: "failed", arxiv_id: "1601.00001" });
		expect(host.readFile(PAPER)).toContain("## 📄 Abstract");
		expect(summary).toMatch(/1601\.00001: enrichment failed \(.*401/);
		expect(summary).not.toContain(KEY);
	});

	it("tests the connection from the settings and says what failed", async () => {
		serve((req) => (typeof req.body === "string" && req.body.includes("llama3.1:8b") ? { status: 404, text: JSON.stringify({ error: { message: 'model "llama3.1:8b" not found, try pulling it first' } }) } : openAiReply("{}")));
		const host = createHost({ pluginData: { "arxiv-atlas": llmSettings } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		const test = findSetting(tab, "Test connection");
		click(findButton(test, "Test"));
		await host.settle();
		await vi.advanceTimersByTimeAsync(100);
		expect(test.querySelector(".setting-item-description")?.textContent).toMatch(/not found/);
	});

	it("moves a key saved by an older Obsidian into secret storage", async () => {
		const host = createHost({ pluginData: { "arxiv-atlas": { ...llmSettings, enrichKeySecret: "", enrichApiKeyFallback: KEY } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.settle();
		expect(host.app.secretStorage.getSecret("arxiv-atlas-api-key")).toBe(KEY);
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ enrichKeySecret: "arxiv-atlas-api-key", enrichApiKeyFallback: "" });
	});

	it("enriches the papers that miss it, on command", async () => {
		serve(() => openAiReply(JSON.stringify(modelAnswer)));
		const host = createHost({
			pluginData: { "arxiv-atlas": llmSettings },
			files: {
				"papers/Old.md":
					'---\narxiv_id: "1601.00001"\nenrichment: failed\n---\n%% arxiv-atlas: begin managed section (re-import replaces it; write your own notes outside) %%\nold\n%% arxiv-atlas: end managed section %%\nMy notes.\n',
				"papers/No markers.md": '---\narxiv_id: "1503.01162"\n---\nI removed the markers.\n',
			},
		});
		host.app.secretStorage.setSecret("ollama-key", KEY);
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:enrich-missing");
		await untilSummary(host);
		expect(host.frontmatter("papers/Old.md")).toMatchObject({ enrichment: "done" });
		expect(host.readFile("papers/Old.md")).toContain("The paper extends the probe technique to high bias.");
		expect(host.readFile("papers/Old.md").endsWith("My notes.\n")).toBe(true);
		// A note whose markers were removed cannot show the answer, so it is not marked done.
		expect(host.frontmatter("papers/No markers.md")?.["enrichment"]).not.toBe("done");
		expect(host.readFile("papers/No markers.md")).toContain("I removed the markers.\n");
	});
});
