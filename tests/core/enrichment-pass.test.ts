import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { EnrichResult, EnrichRun } from "../../src/core/enrich/enricher";
import type { PaperEnricher } from "../../src/core/enrichment-pass";
import { Importer } from "../../src/core/importer";
import type { Paper } from "../../src/core/model";
import { MemoryVault } from "../support/memory-vault";
import { deps, FakeArxiv, paper, settings } from "../support/fakes";

const usage = { inputTokens: 1000, outputTokens: 200 };

/** Answers like the real Enricher: one result per paper, reported as each arrives. */
class ScriptedEnricher implements PaperEnricher {
	asked: string[] = [];
	constructor(private readonly answer: (p: Paper) => EnrichResult) {}
	async enrichAll(papers: readonly Paper[], onResult?: (p: Paper, r: EnrichResult, i: number) => void): Promise<EnrichRun> {
		const results = papers.map((p, i) => {
			this.asked.push(p.id);
			const r = this.answer(p);
			onResult?.(p, r, i);
			return r;
		});
		await Promise.resolve();
		return { results, usage: { inputTokens: 1000 * papers.length, outputTokens: 200 * papers.length }, succeeded: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length };
	}
}

const fm = (text: string): Record<string, unknown> => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;

describe("enrichment during an import", () => {
	it("fills the sections from the model's answer, links its keywords through the same matching, and reports tokens", async () => {
		const vault = new MemoryVault({
			"keywords/broad/Large Language Models.md": '---\ncategory: "broad"\naliases:\n  - "LLMs"\n---\n# Large Language Models\n\n## Papers\n',
		});
		const enricher = new ScriptedEnricher(() => ({
			ok: true,
			enrichment: { titleTranslated: "그래프 신경망 연구", abstractTranslated: "번역된 초록", summary: "A short summary.", keyPoints: ["First", "Second", "Third"] },
			keywords: { evolved: [], broad: ["LLMs"], specific: ["Molecular Property Prediction"], unique: [] },
			usage,
		}));
		const summary = await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010" })]))).importText("2401.00010", settings({ noteLanguage: "ko" }), { enricher });

		const path = [...vault.files.keys()].find((p) => p.startsWith("papers/")) ?? "";
		const text = vault.files.get(path) ?? "";
		expect(text).toContain("**Korean Title:** 그래프 신경망 연구");
		expect(text).toContain("## 🔍 Abstract (한글 번역)\n\n번역된 초록");
		expect(text).toContain("1. First\n2. Second\n3. Third");
		expect(fm(text)).toMatchObject({ enrichment: "done", title_translated: "그래프 신경망 연구" });
		// The model's "LLMs" links the existing note, and that note lists the paper.
		expect(fm(text)["keywords"]).toContain("[[keywords/broad/Large Language Models|Large Language Models]]");
		expect(vault.files.get("keywords/broad/Large Language Models.md")).toContain("arXiv:2401.00010");
		expect([...vault.files.keys()].some((p) => /LLMs\.md$/.test(p))).toBe(false);
		expect(summary.tokens).toBe("1,200 tokens (1,000 in, 200 out)");
		expect(summary.created).toContain(path);
	});

	it("keeps the local note and marks enrichment: failed when the model fails", async () => {
		const vault = new MemoryVault();
		const papers = [paper({ id: "2401.00001", title: "First" }), paper({ id: "2401.00002", title: "Second" })];
		const enricher = new ScriptedEnricher((p) =>
			p.id === "2401.00001"
				? { ok: false, reason: "the reply was cut off (max tokens)", kind: "truncated", usage }
				: { ok: true, enrichment: { summary: "Fine." }, usage },
		);
		const summary = await new Importer(deps(vault, new FakeArxiv(papers))).importText("2401.00001 2401.00002", settings(), { enricher });
		expect(summary.failed).toEqual([]);
		expect(fm(vault.files.get("papers/First.md") ?? "")).toMatchObject({ enrichment: "failed", arxiv_id: "2401.00001" });
		expect(vault.files.get("papers/First.md")).toContain("## 📄 Abstract");
		expect(fm(vault.files.get("papers/Second.md") ?? "")).toMatchObject({ enrichment: "done" });
		expect(summary.warnings?.join("\n")).toMatch(/2401\.00001: enrichment failed \(the reply was cut off/);
	});

	it("asks nothing when nothing could be written", async () => {
		const enricher = new ScriptedEnricher(() => ({ ok: true, enrichment: {}, usage }));
		const arxiv = new FakeArxiv([]);
		await new Importer(deps(new MemoryVault(), arxiv)).importText("2401.00001", settings(), { enricher });
		expect(enricher.asked).toEqual([]);
	});
});
