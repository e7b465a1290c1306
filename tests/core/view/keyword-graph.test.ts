import { describe, expect, test } from "vitest";
import { KeywordGraph, type PaperRecord } from "../../../src/core/view/keyword-graph";

const paper = (path: string, keywords: string[], published = "2024-01-01", title = path): PaperRecord => ({
	path,
	arxivId: path.replace(/\D/g, ""),
	title,
	firstAuthor: "Ada Lovelace",
	year: published.slice(0, 4),
	published,
	keywords,
});
const LLM = "keywords/broad/Large Language Models.md";
const RAG = "keywords/evolved/Retrieval-Augmented Generation.md";
const GPT = "keywords/unique/GPT-4o.md";

function graph(): KeywordGraph {
	const g = new KeywordGraph("keywords");
	g.setKeywordNote(LLM, { path: LLM, name: "Large Language Models", category: "broad" });
	g.setKeywordNote(RAG, { path: RAG, name: "Retrieval-Augmented Generation", category: "evolved" });
	g.setKeywordNote(GPT, { path: GPT, name: "GPT-4o" });
	g.setPaper("papers/p1.md", paper("papers/p1.md", [LLM, RAG], "2023-05-01"));
	g.setPaper("papers/p2.md", paper("papers/p2.md", [LLM, RAG, GPT], "2025-02-01"));
	g.setPaper("papers/p3.md", paper("papers/p3.md", [LLM], "2024-03-01"));
	return g;
}

describe("keyword graph", () => {
	test("groups keywords by category with the number of papers linking each", () => {
		const groups = graph().grouped("count", "");
		expect(groups.broad.map((k) => [k.name, k.count])).toEqual([["Large Language Models", 3]]);
		expect(groups.evolved.map((k) => [k.name, k.count])).toEqual([["Retrieval-Augmented Generation", 2]]);
		// No category property: the folder tells.
		expect(groups.unique.map((k) => k.name)).toEqual(["GPT-4o"]);
	});

	test("sorts by count, name and most recent paper", () => {
		const g = graph();
		expect(g.keywords("count").map((k) => k.name)).toEqual(["Large Language Models", "Retrieval-Augmented Generation", "GPT-4o"]);
		expect(g.keywords("name").map((k) => k.name)).toEqual(["GPT-4o", "Large Language Models", "Retrieval-Augmented Generation"]);
		g.setPaper("papers/p4.md", paper("papers/p4.md", [RAG], "2026-01-01"));
		expect(g.keywords("recent").map((k) => k.name)).toEqual(["Retrieval-Augmented Generation", "Large Language Models", "GPT-4o"]);
		expect(g.keyword(GPT)?.latest).toBe("2025-02-01");
	});

	test("the filter narrows by name, case-insensitively", () => {
		const groups = graph().grouped("name", "  gen ");
		expect(Object.values(groups).flat().map((k) => k.name)).toEqual(["Retrieval-Augmented Generation"]);
	});

	test("a keyword lists its papers newest first", () => {
		expect(graph().papersOf(LLM).map((p) => p.path)).toEqual(["papers/p2.md", "papers/p3.md", "papers/p1.md"]);
	});

	test("this paper: its keywords, and each other paper once with the keywords it shares, the most connected first", () => {
		const view = graph().thisPaper("papers/p1.md");
		expect(view?.keywords.map((k) => k.name)).toEqual(["Large Language Models", "Retrieval-Augmented Generation"]);
		expect(view?.related.map((r) => [r.paper.path, r.shared.map((k) => k.name)])).toEqual([
			["papers/p2.md", ["Large Language Models", "Retrieval-Augmented Generation"]],
			["papers/p3.md", ["Large Language Models"]],
		]);
		expect(graph().thisPaper("papers/none.md")).toBeUndefined();
	});

	test("this paper: a shared rare keyword counts for more than a shared common one", () => {
		const g = new KeywordGraph("keywords");
		const common = "keywords/broad/Common.md";
		const rare = "keywords/specific/Rare.md";
		g.setPaper("papers/a.md", paper("papers/a.md", [common, rare], "2024-01-01"));
		g.setPaper("papers/b.md", paper("papers/b.md", [common], "2025-01-01"));
		g.setPaper("papers/c.md", paper("papers/c.md", [rare], "2020-01-01"));
		for (let i = 0; i < 6; i++) g.setPaper(`papers/x${i}.md`, paper(`papers/x${i}.md`, [common], "2021-01-01"));
		expect(g.thisPaper("papers/a.md")?.related[0]?.paper.path).toBe("papers/c.md");
		// Papers related through the same keywords: the newer first.
		expect(g.thisPaper("papers/a.md")?.related.slice(1, 3).map((r) => r.paper.path)).toEqual(["papers/b.md", "papers/x0.md"]);
	});

	test("updates one paper at a time: changed keywords, deletion, rename", () => {
		const g = graph();
		g.setPaper("papers/p3.md", paper("papers/p3.md", [GPT], "2024-03-01"));
		expect(g.keyword(LLM)?.count).toBe(2);
		expect(g.keyword(GPT)?.count).toBe(2);
		g.remove("papers/p2.md");
		expect(g.keyword(RAG)?.count).toBe(1);
		expect(g.pathOfId("2")).toBeUndefined();
		g.rename("papers/p1.md", "papers/renamed.md");
		expect(g.papersOf(LLM).map((p) => p.path)).toEqual(["papers/renamed.md"]);
		g.rename(GPT, "keywords/unique/GPT-4 omni.md");
		expect(g.keyword("keywords/unique/GPT-4 omni.md")).toMatchObject({ name: "GPT-4 omni", count: 1, category: "unique" });
		expect(g.keyword(GPT)).toBeUndefined();
	});

	test("finds the note of an arXiv ID", () => {
		expect(graph().pathOfId("2")).toBe("papers/p2.md");
	});

	test("an unresolved link still counts, under the link's name", () => {
		const g = new KeywordGraph();
		g.setPaper("a.md", paper("a.md", ["keywords/specific/Graph Neural Networks"]));
		expect(g.grouped("count", "").specific.map((k) => [k.name, k.count, k.path])).toEqual([["Graph Neural Networks", 1, undefined]]);
	});
});
