import { readFileSync } from "node:fs";
import type { FuzzyMatch, TFile } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import type { Reference } from "../../src/core/citations/s2-records";
import { createHost, findButton, notices, openModals, requests, setRequestHandler, topModal, type Host } from "../host";
import { openNote, paperNote } from "./tools-helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

/** Real paper objects, from the recorded reference pages of CorpusID:1033682 (tests/fixtures/semantic-scholar). */
const CITED = [0, 1].flatMap((n) => (JSON.parse(readFileSync(`tests/fixtures/semantic-scholar/references-CorpusID-1033682.${n}.body.json`, "utf8")) as { data: { citedPaper: Record<string, unknown> }[] }).data.map((d) => d.citedPaper));
const recorded = (id: string): Record<string, unknown> | null => CITED.find((p) => (p["externalIds"] as { ArXiv?: string } | null)?.ArXiv === id) ?? null;

/**
 * Semantic Scholar as the host's request handler: a batch answer built from the recorded paper
 * objects (the citing paper 2301.00001 carries the recorded references; unknown papers are null),
 * and one page of citing papers for 2301.00001.
 */
function answerSemanticScholar(): void {
	setRequestHandler((req) => {
		if (req.url.startsWith("https://api.semanticscholar.org/graph/v1/paper/batch")) {
			const ids = (JSON.parse(String(req.body)) as { ids: string[] }).ids.map((i) => i.replace(/^ARXIV:/, ""));
			return { status: 200, text: JSON.stringify(ids.map((id) => (id === "2301.00001" ? { externalIds: { ArXiv: id }, venue: "arXiv.org", citationCount: 12, references: CITED } : recorded(id)))) };
		}
		if (req.url.startsWith("https://api.semanticscholar.org/graph/v1/paper/arXiv:2301.00001/citations")) return { status: 200, text: JSON.stringify({ offset: 0, data: [{ citingPaper: recorded("2208.04425") }] }) };
		return { status: 404, text: '{"error":"Paper with id 0 not found"}\n' };
	});
}

async function vaultHost(): Promise<Host> {
	answerSemanticScholar();
	const host = createHost({ files: { "papers/Citing.md": paperNote("2301.00001", "Citing"), "papers/Sparsity.md": paperNote("2208.04425", "Sparsity"), "papers/Other.md": paperNote("2401.00009", "Other") } });
	await host.loadPlugin(ArxivAtlasPlugin);
	return host;
}

async function until(host: Host, done: () => boolean): Promise<void> {
	for (let i = 0; i < 50 && !done(); i++) {
		await host.settle();
		await vi.advanceTimersByTimeAsync(1200);
	}
}

describe("citations in the plugin", () => {
	it("Update citations for all papers: one batch, progress with Cancel, both sides linked, the user's text kept", async () => {
		const host = await vaultHost();
		await host.runCommand("arxiv-atlas:update-all-citations");
		expect(findButton(topModal().contentEl, "Cancel")).toBeTruthy();
		await until(host, () => notices().some((n) => n.message.startsWith("Citations of")));
		expect(openModals()).toHaveLength(0);
		expect(notices().at(-1)?.message).toMatch(/^Citations of 2 papers found, 1 unknown; 2 notes written\./);
		// The paper Semantic Scholar does not know was asked of OpenAlex (which does not know it either here).
		expect(requests().some((r) => r.url === "https://api.openalex.org/works/https://doi.org/10.48550/arXiv.2401.00009")).toBe(true);
		expect(requests().filter((r) => r.url.includes("/paper/batch"))).toHaveLength(1);
		const citing = host.readFile("papers/Citing.md");
		expect(citing).toMatch(/^cites:\n {2}- "\[\[Sparsity\]\]"$/m);
		expect(citing).toContain("### Most-cited references not in your vault");
		expect(citing).toContain("My notes above.");
		expect(citing.indexOf("%% arxiv-atlas: end managed section %%")).toBeLessThan(citing.indexOf("%% arxiv-atlas: begin citations"));
		expect(host.readFile("papers/Sparsity.md")).toMatch(/^cited_by:\n {2}- "\[\[Citing\]\]"$/m);
		expect(host.readFile("papers/Other.md")).not.toMatch(/cited_by|cites/);
		expect(await host.app.vault.adapter.exists(".obsidian/plugins/arxiv-atlas/citations.json")).toBe(true);

		// A cited paper renamed: the citing note links it by its new name.
		await host.app.fileManager.renameFile(host.app.vault.getFileByPath("papers/Sparsity.md") as TFile, "papers/Sparse.md");
		await until(host, () => /^cites:\n {2}- "\[\[Sparse\]\]"$/m.test(host.readFile("papers/Citing.md")));
		expect(host.readFile("papers/Citing.md")).toMatch(/^cites:\n {2}- "\[\[Sparse\]\]"$/m);
		expect(host.readFile("papers/Citing.md")).toContain("### Cites in your vault\n\n- [[Sparse]]");
		// Deleted: no note links it any more, in the properties or the citations part.
		await host.app.vault.delete(host.app.vault.getFileByPath("papers/Sparse.md") as TFile);
		await until(host, () => /^cites: \[\]$/m.test(host.readFile("papers/Citing.md")));
		expect(host.readFile("papers/Citing.md")).toMatch(/^cites: \[\]$/m);
		expect(host.readFile("papers/Citing.md")).not.toContain("[[Sparse]]");
	});

	it("says once, in words, when the service cannot be reached, and writes nothing", async () => {
		const host = createHost({ files: { "papers/Citing.md": paperNote("2301.00001", "Citing") } });
		setRequestHandler(() => {
			throw new Error("net::ERR_NAME_NOT_RESOLVED");
		});
		await host.loadPlugin(ArxivAtlasPlugin);
		await openNote(host, "papers/Citing.md");
		await host.runCommand("arxiv-atlas:update-paper-citations");
		await until(host, () => notices().some((n) => n.message.startsWith("Citations:")));
		const shown = notices().filter((n) => !n.hidden).map((n) => n.message);
		expect(shown).toEqual([expect.stringMatching(/^Citations: Semantic Scholar could not be reached .*try again\.$/) as string]);
		expect(host.readFile("papers/Citing.md")).toBe(paperNote("2301.00001", "Citing"));
	});

	it("links the copy left when one of two notes of a paper is deleted", async () => {
		const host = await vaultHost();
		await host.app.vault.create("papers/Sparsity copy.md", paperNote("2208.04425", "Sparsity"));
		await host.settle();
		await host.runCommand("arxiv-atlas:update-all-citations");
		await until(host, () => notices().some((n) => n.message.startsWith("Citations of")));
		const linked = /^cites:\n {2}- "\[\[(Sparsity(?: copy)?)\]\]"$/m.exec(host.readFile("papers/Citing.md"))?.[1];
		expect(linked).toBeDefined();
		const other = linked === "Sparsity" ? "Sparsity copy" : "Sparsity";
		await host.app.vault.delete(host.app.vault.getFileByPath(`papers/${linked ?? ""}.md`) as TFile);
		await until(host, () => host.readFile("papers/Citing.md").includes(`[[${other}]]`));
		expect(host.readFile("papers/Citing.md")).toMatch(new RegExp(`^cites:\\n {2}- "\\[\\[${other}\\]\\]"$`, "m"));
		expect(host.readFile(`papers/${other}.md`)).toMatch(/^cited_by:\n {2}- "\[\[Citing\]\]"$/m);
	});

	it("sends the API key kept in secret storage, when the settings name one", async () => {
		answerSemanticScholar();
		const host = createHost({ files: { "papers/Citing.md": paperNote("2301.00001", "Citing") }, pluginData: { "arxiv-atlas": { tools: { citationsKeySecret: "s2-key" } } } });
		host.app.secretStorage.setSecret("s2-key", "k-123");
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:update-all-citations");
		await until(host, () => notices().some((n) => n.message.startsWith("Citations of")));
		const batch = requests().find((r) => r.url.includes("/paper/batch"));
		expect(batch?.headers?.["x-api-key"]).toBe("k-123");
		// The key is in no file of the vault.
		expect(JSON.stringify(host.pluginData("arxiv-atlas"))).not.toContain("k-123");
	});

	it("Update citations for this paper asks who cites it; Import references of this paper offers the ones not in the vault", async () => {
		const host = await vaultHost();
		expect(await host.runCommand("arxiv-atlas:update-paper-citations")).toBe(false);
		await openNote(host, "papers/Citing.md");
		expect(await host.runCommand("arxiv-atlas:import-references")).toBe(true);
		await host.settle();
		expect(notices().at(-1)?.message).toMatch(/No citations of this paper yet/);

		await host.runCommand("arxiv-atlas:update-paper-citations");
		await until(host, () => notices().some((n) => n.message.startsWith("Citations of")));
		expect(requests().some((r) => r.url.startsWith("https://api.semanticscholar.org/graph/v1/paper/arXiv:2301.00001/citations?"))).toBe(true);
		// The Sparsity paper cites the citing one back (it is among its citing papers).
		expect(host.readFile("papers/Citing.md")).toMatch(/^cited_by:\n {2}- "\[\[Sparsity\]\]"$/m);
		expect(host.readFile("papers/Sparsity.md")).toMatch(/^cites:\n {2}- "\[\[Citing\]\]"$/m);

		await host.runCommand("arxiv-atlas:import-references");
		await until(host, () => openModals().length > 0);
		const picker = topModal().modal as unknown as { getItems(): Reference[]; selectSuggestion(v: FuzzyMatch<Reference>, e: MouseEvent): void };
		const items = picker.getItems();
		expect(items.map((r) => r.id)).not.toContain("2208.04425");
		expect(items.every((r) => r.id !== undefined)).toBe(true);
		expect(items.map((r) => r.citationCount ?? 0)).toEqual([...items.map((r) => r.citationCount ?? 0)].sort((a, b) => b - a));
		const first = items[0] as Reference;
		picker.selectSuggestion({ item: first, match: { score: 0, matches: [] } }, new MouseEvent("click"));
		await until(host, () => requests().some((r) => r.url.startsWith("https://export.arxiv.org/api/query")));
		expect(requests().find((r) => r.url.startsWith("https://export.arxiv.org/api/query"))?.url).toContain(first.id ?? "-");
	});
});
