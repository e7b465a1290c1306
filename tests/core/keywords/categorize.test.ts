import { describe, expect, it } from "vitest";
import {
	BROAD_ACRONYMS,
	BROAD_TERMS,
	categorize,
	EVOLVED_ACRONYMS,
	EVOLVED_MARKERS,
	writtenAsProperName,
} from "../../../src/core/keywords/categorize";
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
