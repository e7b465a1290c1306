import { describe, expect, it } from "vitest";
import {
	BROAD_ACRONYMS,
	BROAD_MIN_PAPERS,
	BROAD_TERMS,
	categorize,
	EVOLVED_ACRONYMS,
	EVOLVED_MARKERS,
	writtenAsProperName,
} from "../../../src/core/keywords/categorize";
import { extractKeywords } from "../../../src/core/keywords/extract";
import { EMPTY_VAULT, indexVaultKeywords } from "../../../src/core/keywords/vault-keywords";
import type { KeywordCategory } from "../../../src/core/model";

const none = { title: "", abstract: "" };

describe("categorize: clear cases", () => {
	const cases: [name: string, category: KeywordCategory][] = [
		// unique: named artefacts by form
		["LLaVA", "unique"],
		["GPT-4o", "unique"],
		["ResNet-50", "unique"],
		["VQ-VAE", "unique"],
		["Signal2Symbol", "unique"],
		["ODIN", "unique"],
		["ResNet-50 Backbone", "unique"],
		// broad: field-level list, broad acronyms, single general nouns
		["Large Language Models", "broad"],
		["large language model", "broad"],
		["Healthcare", "broad"],
		["Machine Learning", "broad"],
		["Quantum Computing", "broad"],
		["Number Theory", "broad"],
		["Epidemiology", "broad"],
		["Econometrics", "broad"],
		["LLMs", "broad"],
		["NLP", "broad"],
		["Trustworthiness", "broad"],
		["Decision-making", "broad"],
		// evolved: new paradigms
		["Multi-agent Collaboration", "evolved"],
		["Agentic Workflows", "evolved"],
		["Retrieval-Augmented Generation", "evolved"],
		["In-context Learning", "evolved"],
		["Zero-shot Classification", "evolved"],
		["Federated Optimization", "evolved"],
		["Prompting Strategies", "evolved"],
		["Diffusion Models", "evolved"],
		["Multi-modal Reasoning", "evolved"],
		["RAG", "evolved"],
		["Multi-agent LLM Framework", "evolved"],
		// specific: the remaining multi-word phrases
		["Ethical Deployment", "specific"],
		["Clinical Decision-making", "specific"],
		["Adjacency Matrices", "specific"],
		["Finite Element Method", "specific"],
	];
	it.each(cases)("%s → %s", (name, category) => {
		expect(categorize(name, none)).toBe(category);
	});

	it("matches evolved markers as whole words only", () => {
		expect(categorize("DiffusionNet", none)).toBe("unique");
		expect(categorize("Promptness Analysis", none)).toBe("specific");
	});
});

describe("categorize: acronyms with a long form", () => {
	it("follows the long form when it is broad or evolved, else unique", () => {
		expect(categorize("LLMs", { ...none, acronymOf: "Large Language Models" })).toBe("broad");
		expect(categorize("MAS", { ...none, acronymOf: "Multi-agent Systems" })).toBe("evolved");
		expect(categorize("MTA", { ...none, acronymOf: "Multi-touch Attribution" })).toBe("unique");
		expect(categorize("FOO", none)).toBe("unique");
	});
});

describe("categorize: proper names in the abstract", () => {
	const abstract =
		"Finally, we introduce a lattice based on Formal Concept Analysis (FCA). Tests of the Standard Model " +
		"use data from the UK Biobank. We review the Center for Philosophy and History of Science and the history of science.";

	it("treats a name capitalised in mid-sentence as unique", () => {
		expect(categorize("Formal Concept Analysis", { ...none, abstract })).toBe("unique");
		expect(categorize("Standard Model", { ...none, abstract })).toBe("unique");
		expect(categorize("Standard Model", none)).toBe("specific");
	});

	it("ignores capitals inside a longer name or at a sentence start, and names also written in lower case", () => {
		expect(writtenAsProperName("History", abstract)).toBe(false);
		expect(writtenAsProperName("Tests", abstract)).toBe(false);
		expect(writtenAsProperName("Science", abstract)).toBe(false);
		expect(categorize("History", { ...none, abstract })).toBe("broad");
	});
});

describe("categorize: lists", () => {
	it("exports extendable lists of keys", () => {
		expect(BROAD_TERMS.size).toBeGreaterThanOrEqual(60);
		expect(BROAD_TERMS.has("large language model")).toBe(true);
		expect(BROAD_ACRONYMS.has("llm")).toBe(true);
		expect(EVOLVED_ACRONYMS.has("rag")).toBe(true);
		expect(EVOLVED_MARKERS).toContain("multi agent");
		BROAD_TERMS.add("origami");
		expect(categorize("Origami", none)).toBe("broad");
		BROAD_TERMS.delete("origami");
	});

	it("is deterministic", () => {
		const names = ["LLaVA", "Healthcare", "Multi-agent Collaboration", "Ethical Deployment", "Standard Model"];
		const first = names.map((n) => categorize(n, none));
		for (let i = 0; i < 3; i++) expect(names.map((n) => categorize(n, none))).toEqual(first);
	});
});

describe("categorize: with what the vault already has", () => {
	const vault = indexVaultKeywords([
		{ name: "Multi-agent Systems", aliases: ["MAS"], category: "evolved", papers: 2 },
		{ name: "Linear Regression", category: "specific", papers: 1 },
		{ name: "Large Language Models", aliases: ["LLMs"], category: "broad", papers: 40 },
		{ name: "Recommender Systems", category: "broad", papers: 3 },
		{ name: "Graph Kernels", category: "specific", papers: 12 },
		{ name: "Spiking Neural Network Hardware Accelerators", category: "specific", papers: 9 },
		{ name: "GPT-4o", category: "unique", papers: 30 },
		{ name: "Clinical Decision-making", category: "specific", papers: 4 },
	]);
	const cases: [name: string, category: KeywordCategory, why: string][] = [
		["Graph Kernels", "broad", "short and linked by 12 papers (≥ BROAD_MIN_PAPERS)"],
		["graph kernel", "broad", "the same note by its matching key"],
		["Clinical Decision-making", "specific", "linked by only 4 papers"],
		["Spiking Neural Network Hardware Accelerators", "specific", "linked by 9 papers but longer than 3 words"],
		["GPT-4o", "unique", "a named artefact stays unique however many papers link it"],
		["Multi-agent Collaboration", "evolved", "Multi-agent Systems exists (same words before a generic head)"],
		["Kernel Regression", "evolved", "Linear Regression exists (same head, not generic)"],
		["Linear Regression", "specific", "the note itself is not a variant of itself"],
		["Large Language Model Agents", "evolved", "Large Language Models exists (same words before a generic head)"],
		["Bayesian Systems", "specific", "same head as Recommender Systems, but 'system' is generic"],
		["Recommender Engines", "evolved", "Recommender Systems exists (same words before a generic head)"],
		["Ethical Deployment", "specific", "nothing like it in the vault"],
		["Shared Decision-making", "evolved", "Clinical Decision-making exists (same head)"],
		["Healthcare", "broad", "single words stay broad"],
		["LLMs", "broad", "a broad acronym"],
	];
	it.each(cases)("%s → %s (%s)", (name, category) => {
		expect(categorize(name, { ...none, vault })).toBe(category);
	});

	it("without a vault, or with an empty one, only the built-in rules apply", () => {
		for (const v of [undefined, EMPTY_VAULT]) {
			expect(categorize("Kernel Regression", { ...none, vault: v })).toBe("specific");
			expect(categorize("Graph Kernels", { ...none, vault: v })).toBe("specific");
		}
	});

	it("reaches the vault through extractKeywords, the same way every time", () => {
		const doc = {
			title: "Kernel regression on graph kernels",
			abstract: "We study kernel regression for molecules. Kernel regression with graph kernels scales. Graph kernels help.",
		};
		const run = (): [string, KeywordCategory][] => extractKeywords(doc, { max: 10, vault }).map((k) => [k.name, k.category]);
		const first = run();
		expect(first).toEqual(expect.arrayContaining([["Kernel Regression", "evolved"], ["Graph Kernels", "broad"]]));
		expect(run()).toEqual(first);
		expect(extractKeywords(doc, { max: 10 }).find((k) => k.name === "Kernel Regression")?.category).toBe("specific");
	});

	it("finds notes by name, alias and matching key", () => {
		expect(vault.find("multi agent systems")?.name).toBe("Multi-agent Systems");
		expect(vault.find("MAS")?.name).toBe("Multi-agent Systems");
		expect(vault.find("LLM")?.papers).toBe(40);
		expect(vault.find("Something New")).toBeUndefined();
		expect(vault.withHead("regression").map((n) => n.name)).toEqual(["Linear Regression"]);
		expect(vault.withModifier("multi agent").map((n) => n.name)).toEqual(["Multi-agent Systems"]);
		expect(BROAD_MIN_PAPERS).toBe(5);
	});
});
