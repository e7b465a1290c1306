import { describe, expect, it } from "vitest";
import fc from "fast-check";
import data from "../../fixtures/keywords/abstracts.json";
import { cleanText, extractKeywords } from "../../../src/core/keywords/extract";
import { keywordKey } from "../../../src/core/keywords/normalize";
import { isStopword, STOPWORDS } from "../../../src/core/keywords/stopwords";
import type { Keyword } from "../../../src/core/model";

interface Doc {
	id: string;
	title: string;
	abstract: string;
	keyphrases?: string[];
}

const arxiv: Doc[] = data.arxiv;
const inspec: Doc[] = data.inspec;

function doc(id: string): Doc {
	const found = [...arxiv, ...inspec].find((d) => d.id === id);
	if (found === undefined) throw new Error(`no fixture ${id}`);
	return found;
}

const names = (keywords: Keyword[]): string[] => keywords.map((k) => k.name);
const byName = (keywords: Keyword[], name: string): Keyword | undefined => keywords.find((k) => k.name === name);
const SAFE_NAME = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .+'-]*$/u;

describe("extractKeywords: the example note (2502.15871)", () => {
	const keywords = extractKeywords(doc("2502.15871"), { max: 10 });

	it("finds the paper's concepts as phrases in clean title case", () => {
		expect(names(keywords)).toEqual(
			expect.arrayContaining(["Large Language Models", "Healthcare", "Trustworthiness", "Multi-agent Collaboration", "Clinical Decision-making"]),
		);
		expect(names(keywords).slice(0, 3)).toEqual(["Large Language Models", "Healthcare", "Trustworthiness"]);
		expect(names(extractKeywords(doc("2502.15871"), { max: 20 }))).toContain("Ethical Deployment");
	});

	it("folds the acronym LLMs (and bare LLM) into Large Language Models", () => {
		expect(byName(keywords, "Large Language Models")?.aliases).toEqual(["LLMs", "LLM"]);
		const keys = keywords.map((k) => keywordKey(k.name));
		expect(keys).not.toContain("llm");
		expect(names(extractKeywords(doc("2502.15871"), { max: 50 })).filter((n) => /LLM/.test(n))).toEqual([]);
	});

	it("categorises as the example does", () => {
		expect(byName(keywords, "Large Language Models")?.category).toBe("broad");
		expect(byName(keywords, "Healthcare")?.category).toBe("broad");
		expect(byName(keywords, "Multi-agent Collaboration")?.category).toBe("evolved");
		expect(byName(keywords, "Clinical Decision-making")?.category).toBe("specific");
	});

	it("drops the RSS prefix and generic academic words", () => {
		const all = names(extractKeywords(doc("2502.15871"), { max: 100 })).map((n) => n.toLowerCase());
		for (const bad of ["arxiv", "announce type", "abstract", "survey", "approaches", "significant promise", "llms"]) expect(all).not.toContain(bad);
	});
});

describe("extractKeywords: other arXiv abstracts", () => {
	it("keeps named models as written and spells out defined acronyms (Signal2Symbol)", () => {
		const keywords = extractKeywords(doc("2609.26820"), { max: 10 });
		expect(byName(keywords, "Signal2Symbol")?.category).toBe("unique");
		expect(byName(keywords, "Vector Quantized Variational Autoencoder")?.aliases).toEqual(["VQ-VAE"]);
		expect(byName(keywords, "Formal Concept Analysis")).toMatchObject({ aliases: ["FCA"], category: "unique" });
		expect(byName(keywords, "Neuro-symbolic Temporal Reasoning")?.category).toBe("evolved");
	});

	it("counts Outlier DetectIon for Networks (ODIN) as Outlier Detection: one concept, no capital spelling out the acronym", () => {
		const keywords = extractKeywords(doc("2205.06398"), { max: 10 });
		expect(names(keywords)).toContain("Outlier Detection");
		expect(names(keywords).filter((n) => /outlier detection for/i.test(n))).toEqual([]);
		expect(names(keywords)).toContain("Adjacency Matrices");
	});

	it("handles an acronym in the title and long forms with small words (RDD, MoDs)", () => {
		const rdd = extractKeywords(doc("2510.14968"), { max: 10 });
		expect(rdd[0]).toMatchObject({ name: "Retrieval-based Demonstration Decomposer", aliases: ["RDD"] });
		expect(byName(rdd, "Vision-language Model")).toMatchObject({ aliases: ["VLM"], category: "evolved" });
		const mods = extractKeywords(doc("2510.14827"), { max: 10 });
		expect(byName(mods, "Maps of Dynamics")?.aliases).toEqual(["MoDs", "MoD"]);
		expect(byName(mods, "Semi-Wrapped Gaussian Mixture Model")?.category).toBe("unique");
	});

	it("gives every fixture abstract a keyword set in which every name is safe and every key unique", () => {
		for (const d of [...arxiv, ...inspec]) {
			const keywords = extractKeywords(d, { max: 10 });
			// A short abstract may have only two concepts (quant-ph/0210005: Quantum Information, Complex Quantum Systems).
			expect(keywords.length, d.id).toBeGreaterThanOrEqual(2);
			const keys = keywords.map((k) => keywordKey(k.name));
			expect(new Set(keys).size, d.id).toBe(keys.length);
			for (const k of keywords) {
				expect(k.name, d.id).toMatch(SAFE_NAME);
				expect(Array.from(k.name).length).toBeLessThanOrEqual(60);
				// An alias never names another keyword of the same paper (LLMs is not a second keyword).
				const others = keys.filter((key) => key !== keywordKey(k.name));
				for (const a of k.aliases) expect(others, `${d.id}: ${a}`).not.toContain(keywordKey(a));
			}
		}
	});
});

describe("extractKeywords: candidates", () => {
	it("returns phrases, not stop-word-filtered single tokens", () => {
		const keywords = extractKeywords(doc("2502.15871"), { max: 10 });
		expect(keywords.filter((k) => k.name.includes(" ")).length).toBeGreaterThanOrEqual(5);
		for (const k of keywords) for (const w of k.name.toLowerCase().split(" ")) expect(isStopword(w) && !["of", "for", "and"].includes(w), k.name).toBe(false);
	});

	it("matches most Inspec keyphrases of a well-formed abstract", () => {
		const d = doc("inspec-1512");
		const gold = new Set((d.keyphrases ?? []).map(keywordKey));
		const hits = extractKeywords(d, { max: 10 }).filter((k) => gold.has(keywordKey(k.name)));
		expect(hits.length).toBeGreaterThanOrEqual(5);
	});

	it("keeps hyphenated words and model names as one token", () => {
		const keywords = extractKeywords(
			{
				title: "Evaluating LLaVA and GPT-4o as multi-agent planners",
				abstract:
					"We compare LLaVA, GPT-4o and a ResNet-50 baseline on multi-agent planning. LLaVA follows instructions; GPT-4o-based agents plan better. ResNet-50 features are weak.",
			},
			{ max: 10 },
		);
		expect(byName(keywords, "LLaVA")?.category).toBe("unique");
		expect(byName(keywords, "GPT-4o")?.category).toBe("unique");
		expect(byName(keywords, "ResNet-50")?.category).toBe("unique");
		expect(names(keywords)).toContain("Multi-agent Planning");
	});

	it("keeps capitals the text writes inside a phrase, and lower-cases title capitals", () => {
		const keywords = extractKeywords(
			{
				title: "Retrieval-Augmented Generation for Multi-Agent Question Answering",
				abstract: "We study Retrieval-Augmented Generation in multi-agent question answering. Retrieval-Augmented Generation helps.",
			},
			{ max: 5 },
		);
		expect(names(keywords)).toContain("Retrieval-Augmented Generation");
		expect(names(keywords)).toContain("Multi-agent Question Answering");
	});

	it("merges singular/plural and case variants into one keyword", () => {
		const keywords = extractKeywords(
			{ title: "Graph kernels", abstract: "A graph kernel compares graphs. Graph Kernels are popular; graph-kernels scale." },
			{ max: 10 },
		);
		expect(keywords.filter((k) => keywordKey(k.name) === "graph kernel")).toHaveLength(1);
	});

	it("strips LaTeX math, commands and URLs", () => {
		expect(cleanText("energy $E = mc^2$ and \\emph{dark matter} at https://x.org/a?b=1 or www.example.com")).not.toMatch(/mc|emph|https|example/);
		const keywords = extractKeywords(
			{ title: "Dark matter halos", abstract: "We model dark matter halos with $\\rho(r) \\propto r^{-2}$ profiles; code at https://github.com/u/halo-code." },
			{ max: 10 },
		);
		for (const n of names(keywords)) expect(n).not.toMatch(/rho|propto|github|http/i);
		expect(names(keywords)).toContain("Dark Matter Halos");
	});

	it("ends a phrase at its noun, not at a verb or adjective after it", () => {
		const keywords = extractKeywords(
			{
				title: "Halo growth",
				abstract:
					"Dark matter halos form early. The discontinuity plays an important role in spectral methods capable of refinement. " +
					"Graduate students beginning research use spectral methods. Dark matter halos merge with each other.",
			},
			{ max: 10 },
		);
		expect(names(keywords)).toEqual(expect.arrayContaining(["Dark Matter Halos", "Spectral Methods", "Graduate Students"]));
		for (const n of names(keywords)) expect(n).not.toMatch(/\b(?:Form|Early|Plays|Capable|Beginning|Merge)\b/);
	});

	it("drops verb-like -ing and -ed words at phrase edges", () => {
		const keywords = extractKeywords(
			{ title: "A study", abstract: "This holds promise for enhancing clinical care. Demonstrations segmented by annotators help. Machine learning helps." },
			{ max: 10 },
		);
		expect(names(keywords)).toContain("Clinical Care");
		expect(names(keywords)).toContain("Machine Learning");
		for (const n of names(keywords)) expect(n).not.toMatch(/Enhancing|Segmented/);
	});
});

describe("extractKeywords: scoring", () => {
	const abstract =
		"Sparse attention reduces the cost of transformers. We study kernel regression on long sequences. " +
		"Sparse attention and kernel regression both appear in our experiments with graph signals.";

	it("boosts phrases in the title", () => {
		const a = extractKeywords({ title: "Kernel regression for long sequences", abstract }, { max: 3 });
		const b = extractKeywords({ title: "Sparse attention for transformers", abstract }, { max: 3 });
		expect(a[0]?.name).toBe("Kernel Regression");
		expect(b[0]?.name).toBe("Sparse Attention");
	});

	it("counts acronym mentions toward their concept", () => {
		const text =
			"We train graph neural networks (GNNs) on molecules and study message passing. GNNs scale; GNN depth matters; GNN-based models win.";
		const keywords = extractKeywords({ title: "Molecules", abstract: text }, { max: 5 });
		expect(keywords[0]).toMatchObject({ name: "Graph Neural Networks", aliases: ["GNNs", "GNN"], category: "broad" });
		expect(names(keywords)).not.toContain("GNN");
	});

	it("respects max, returns best first, and is deterministic", () => {
		const d = doc("2609.26820");
		expect(extractKeywords(d, { max: 3 })).toHaveLength(3);
		expect(extractKeywords(d, { max: 0 })).toEqual([]);
		expect(extractKeywords(d, { max: 3 })).toEqual(extractKeywords(d, { max: 10 }).slice(0, 3));
		expect(extractKeywords(d, { max: 10 })).toEqual(extractKeywords(d, { max: 10 }));
	});

	it("copes with empty and punctuation-only input", () => {
		expect(extractKeywords({ title: "", abstract: "" }, { max: 10 })).toEqual([]);
		expect(extractKeywords({ title: "?!", abstract: "(( )) -- 12 34 $x$" }, { max: 10 })).toEqual([]);
	});
});

describe("extractKeywords: name safety", () => {
	const nasty = [
		"[[x]]",
		"../../etc",
		"#tag",
		"<script>alert(1)</script>",
		"[[Wiki|link]] and ../../etc/passwd with #hashtag",
		'<img src=x onerror="alert(1)"> | pipes | ]] [[',
		"C:\\Windows\\system32 and \\\\server\\share",
		".hidden .. ... ./relative",
		"`code` *bold* _under_ ~strike~ ^caret ==mark== %%comment%% {{template}}",
		"Ω-categories, naïve café, 大規模言語モデル, Ελληνικά, русский текст, عربى",
		"a".repeat(300) + " " + "verylongword ".repeat(20),
	];

	it.each(nasty)("only safe names from %s", (text) => {
		for (const k of extractKeywords({ title: text, abstract: `${text}. ${text}` }, { max: 20 })) {
			expect(k.name).toMatch(SAFE_NAME);
			expect(k.name).not.toMatch(/[[\]|#/\\:]/);
			expect(Array.from(k.name).length).toBeLessThanOrEqual(60);
			for (const a of k.aliases) expect(a).toMatch(SAFE_NAME);
		}
	});

	it("only safe names from random text (property)", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ maxLength: 200 }), (title, abstract) => {
				for (const k of extractKeywords({ title, abstract }, { max: 10 })) {
					expect(k.name).toMatch(SAFE_NAME);
					expect(Array.from(k.name).length).toBeLessThanOrEqual(60);
				}
			}),
			{ numRuns: 300 },
		);
	});
});

describe("stopwords", () => {
	it("covers function words and generic academic words", () => {
		for (const w of ["the", "of", "paper", "approach", "results", "propose", "show", "novel", "based", "using", "however", "via", "existing", "various"]) {
			expect(STOPWORDS.has(w), w).toBe(true);
		}
	});
});
