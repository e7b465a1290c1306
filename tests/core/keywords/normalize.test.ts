import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
	isAcronym,
	isNamedForm,
	KeywordIndex,
	keywordKey,
	MAX_KEYWORD_LENGTH,
	safeKeywordName,
	singularize,
	titleCase,
} from "../../../src/core/keywords/normalize";

describe("keywordKey", () => {
	it.each([
		["LLMs", "llm"],
		["LLM", "llm"],
		["Large Language Models", "large language model"],
		["large language model", "large language model"],
		["Multi-Agent collaboration", "multi agent collaboration"],
		["multi_agent   Collaboration", "multi agent collaboration"],
		["Multi‐agent Collaboration", "multi agent collaboration"], // U+2010 hyphen
		["Retrieval-Augmented Generation", "retrieval augmented generation"],
		["ＧＰＴ-4o", "gpt 4o"], // full-width letters (NFKC)
		["Alzheimer's disease", "alzheimer disease"],
		["Studies of Bias", "study of bias"],
		["Statistical Analyses", "statistical analysis"],
		["Quantum Physics", "quantum physics"],
		["Approaches", "approach"],
		["Classes", "class"],
		["Matrices", "matrix"],
		["Series", "series"],
		["Caches", "cache"],
		["Maps of Dynamics", "map of dynamics"],
		["  spaced   out  ", "spaced out"],
	])("%s → %s", (name, key) => {
		expect(keywordKey(name)).toBe(key);
	});

	it("gives singular and plural, case and hyphen variants one key", () => {
		const variants = ["Large Language Models", "large language model", "LARGE LANGUAGE MODELS", "large-language models"];
		expect(new Set(variants.map(keywordKey)).size).toBe(1);
	});
});

describe("singularize", () => {
	it.each([
		["models", "model"],
		["studies", "study"],
		["analyses", "analysis"],
		["hypotheses", "hypothesis"],
		["processes", "process"],
		["boxes", "box"],
		["approaches", "approach"],
		["criteria", "criterion"],
		["physics", "physics"],
		["robotics", "robotics"],
		["genomics", "genomics"],
		["corpus", "corpus"],
		["basis", "basis"],
		["gas", "gas"],
		["bias", "bias"],
		["its", "its"],
		["llms", "llm"],
		["metrics", "metric"],
	])("%s → %s", (word, singular) => {
		expect(singularize(word)).toBe(singular);
	});
});

describe("KeywordIndex", () => {
	const index = new KeywordIndex();
	index.add("keywords/broad/Large Language Models.md", "Large Language Models", ["LLMs"]);
	index.add("keywords/evolved/Multi-agent Collaboration.md", "Multi-agent Collaboration", []);
	index.add("keywords/unique/LLaVA.md", "LLaVA", []);

	it.each([
		["the same name", "Large Language Models", [], "keywords/broad/Large Language Models.md"],
		["singular", "Large Language Model", [], "keywords/broad/Large Language Models.md"],
		["case", "large language models", [], "keywords/broad/Large Language Models.md"],
		["the alias as a name", "LLMs", [], "keywords/broad/Large Language Models.md"],
		["the singular alias as a name", "LLM", [], "keywords/broad/Large Language Models.md"],
		["an alias of the new keyword", "Big Text Models", ["LLM"], "keywords/broad/Large Language Models.md"],
		["hyphen and case", "multi agent collaboration", [], "keywords/evolved/Multi-agent Collaboration.md"],
		["capitalised hyphen", "Multi-Agent Collaborations", [], "keywords/evolved/Multi-agent Collaboration.md"],
		["a mixed-case name", "llava", [], "keywords/unique/LLaVA.md"],
	])("matches by %s", (_what, name, aliases, path) => {
		expect(index.find(name, aliases)).toBe(path);
	});

	it("returns undefined for a new concept", () => {
		expect(index.find("Ethical Deployment", ["ED"])).toBeUndefined();
		expect(index.find("", [])).toBeUndefined();
	});

	it.each([
		["an acronym to an expansion with no alias", "RL", [], "rl.md"],
		["a plural acronym", "GNNs", [], "gnn.md"],
		["an expansion to an acronym note", "Vision Language Models", [], "vlm.md"],
		["an acronym alias to an expansion", "Some Long Form", ["RL"], "rl.md"],
		["an acronym with a small word", "MoD", [], "mod.md"],
		["an expansion with a hyphen", "MAS", [], "mas.md"],
	])("matches acronym and expansion: %s", (_what, name, aliases, path) => {
		const i = new KeywordIndex();
		i.add("rl.md", "Reinforcement Learning", []);
		i.add("gnn.md", "Graph Neural Networks", []);
		i.add("vlm.md", "VLMs", []);
		i.add("mod.md", "Maps of Dynamics", []);
		i.add("mas.md", "Multi-agent Systems", []);
		expect(i.find(name, aliases)).toBe(path);
	});

	it("does not match an ordinary word or a different long form by initials", () => {
		const i = new KeywordIndex();
		i.add("rl.md", "Reinforcement Learning", []);
		i.add("vlm.md", "VLMs", []);
		expect(i.find("Rl")).toBeUndefined();
		expect(i.find("Robot Learning Platforms")).toBeUndefined();
		expect(i.find("Very Large Memories Here")).toBeUndefined();
		expect(i.find("Reinforcement")).toBeUndefined();
	});

	it("prefers a name match over an alias match, and the first note added for a key", () => {
		const i = new KeywordIndex();
		i.add("a.md", "Reinforcement Learning", ["RL"]);
		i.add("b.md", "RL", []);
		i.add("c.md", "Reinforcement Learning", []);
		expect(i.find("RL")).toBe("b.md");
		expect(i.find("Reinforcement Learning")).toBe("a.md");
		expect(i.find("Something Else", ["RL"])).toBe("b.md");
		expect(i.size).toBe(2);
	});
});

describe("display names", () => {
	it.each([
		[["large", "language", "models"], "Large Language Models"],
		[["multi-agent", "collaboration"], "Multi-agent Collaboration"],
		[["Retrieval-Augmented", "Generation"], "Retrieval-Augmented Generation"],
		[["maps", "of", "dynamics"], "Maps of Dynamics"],
		[["of", "mice", "and", "men"], "Of Mice and Men"],
		[["LLaVA"], "LLaVA"],
		[["GPT-4o", "evaluation"], "GPT-4o Evaluation"],
		[["ResNet-50", "backbone"], "ResNet-50 Backbone"],
		[["clinical", "decision-making"], "Clinical Decision-making"],
		[["3D", "reconstruction"], "3D Reconstruction"],
	])("%j → %s", (words, name) => {
		expect(titleCase(words)).toBe(name);
	});

	it("recognises named forms and acronyms", () => {
		for (const w of ["LLaVA", "GPT-4o", "ResNet-50", "LLMs", "VQ-VAE", "word2vec", "K-16"]) expect(isNamedForm(w)).toBe(true);
		for (const w of ["Multi-Agent", "Retrieval-Augmented", "3D", "Healthcare", "decision-making", "2005"]) expect(isNamedForm(w)).toBe(false);
		for (const w of ["LLM", "LLMs", "VQ-VAE", "MoDs", "mMAS"]) expect(isAcronym(w)).toBe(true);
		for (const w of ["Healthcare", "GPT 4", "A"]) expect(isAcronym(w)).toBe(false);
	});
});

describe("safeKeywordName", () => {
	const SAFE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .+'-]*$/u;

	it.each([
		["[[x]]", "x"],
		["../../etc", "etc"],
		["#tag", "tag"],
		["<script>alert(1)</script>", "script alert 1 script"],
		["a|b", "a b"],
		["C:\\Windows\\System32", "C Windows System32"],
		[".hidden", "hidden"],
		["C++", "C++"],
		["Alzheimer’s Disease", "Alzheimer's Disease"],
		["GPT-3.5", "GPT-3.5"],
		["大規模言語モデル", "大規模言語モデル"],
		["...", ""],
	])("%s → %s", (raw, safe) => {
		expect(safeKeywordName(raw)).toBe(safe);
	});

	it("caps the length at a word boundary", () => {
		const name = safeKeywordName("word ".repeat(40));
		expect(Array.from(name).length).toBeLessThanOrEqual(MAX_KEYWORD_LENGTH);
		expect(name.endsWith("word")).toBe(true);
	});

	it("never lets a forbidden character or a leading dot through (property)", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (raw) => {
				const name = safeKeywordName(raw);
				expect(name === "" || SAFE.test(name)).toBe(true);
				expect(Array.from(name).length).toBeLessThanOrEqual(MAX_KEYWORD_LENGTH);
				expect(name).not.toMatch(/[[\]|#/\\:]/);
			}),
			{ numRuns: 500 },
		);
	});
});
