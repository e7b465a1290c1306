import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extendedConcept, LEADING_TRIM } from "../../../src/core/keywords/candidates";
import { cleanText, DASH_WORDS } from "../../../src/core/keywords/clean-text";
import { extractKeywords } from "../../../src/core/keywords/extract";
import { keywordKey } from "../../../src/core/keywords/normalize";
import { isGenericWord, isPlainWord, isVagueWord } from "../../../src/core/keywords/stopwords";
import { indexVaultKeywords } from "../../../src/core/keywords/vault-keywords";
import { isVerbOnlyForm } from "../../../src/core/keywords/verbs";
import type { Keyword } from "../../../src/core/model";

interface Doc {
	id: string;
	title: string;
	abstract: string;
}

// The judged set: real arXiv abstracts (sources in tests/fixtures/keywords/README.md).
const judged: Doc[] = readFileSync(new URL("../../fixtures/keywords/judged-abstracts.jsonl", import.meta.url), "utf8")
	.split("\n")
	.filter((l) => l.trim() !== "")
	.map((l) => JSON.parse(l) as Doc);

function doc(id: string): Doc {
	const found = judged.find((d) => d.id === id);
	if (found === undefined) throw new Error(`no judged abstract ${id}`);
	return found;
}

const names = (keywords: Keyword[]): string[] => keywords.map((k) => k.name);
const keywordsOf = (id: string): Keyword[] => extractKeywords(doc(id), { max: 8 });

describe("junk a researcher would delete is not a keyword (the demo vault's list)", () => {
	it.each([
		["1501.05039", ["Science", "Widespread Attention", "Consensus Viewpoint", "Scientific Issues"]],
		["1802.03292", ["Retraces", "Events", "Milestones", "Mutual Influences"]],
		["physics/0507092", ["Science", "Fast Advances", "Apparent Decrease", "Young Generation", "Society"]],
		["1312.7288", ["Science", "Scientists"]],
		["0705.1367", ["Books", "Science"]],
		["1503.01162", ["Contemporary", "Science Contribute", "History"]],
		["2009.13987", ["Tighter Description", "Constructions"]],
		["2510.14827", ["Continuous Spatio-temporal"]],
		["2205.06398", ["Resulting Adjacency Matrix", "Outlier Detection for Networks"]],
		["quant-ph/0210005", ["Quantum Information Science", "Science"]],
		["0704.0002", ["Received Increased Attention", "Colored Pebbles Generalize"]],
		["0704.0003", ["Earth-Moon System Agrees", "Dark", "Evolution"]],
		["0704.0007", ["Polymer Quantum Mechanics Starting"]],
		["0704.0011", ["Computing Genus"]],
		["0704.0013", ["Adic Limit"]],
		["0704.0019", ["Gr", "Obner Basis", "Note", "Series"]],
		["0704.0035", ["II", "Convergence"]],
		["0704.0042", ["Quantum Semantics Arising"]],
		["0704.0043", ["Limiters Erase Spurious Oscillations"]],
		["0704.0060", ["MeV"]],
		["0704.0064", ["1-form", "Non"]],
		["2307.11760", ["Large Language Models Understand"]],
	])("%s: none of %j", (id, junk) => {
		const got = names(keywordsOf(id)).map((n) => n.toLowerCase());
		for (const j of junk) expect(got, `${id}: ${j}`).not.toContain(j.toLowerCase());
	});

	it("keeps the concepts of those abstracts", () => {
		expect(names(keywordsOf("1501.05039"))).toEqual(expect.arrayContaining(["Data Science", "Datanature"]));
		expect(names(keywordsOf("0704.0019"))).toContain("Gröbner Basis");
		expect(names(keywordsOf("quant-ph/0210005"))).toEqual(expect.arrayContaining(["Quantum Information", "Complex Quantum Systems"]));
	});

	it("finds the attention mechanism of 'Attention Is All You Need', and neither 'Connect' nor 'Complex Recurrent'", () => {
		expect(names(keywordsOf("1706.03762"))).toContain("Attention Mechanism");
		// The later (v5) wording of the same abstract.
		const v5 = extractKeywords(
			{
				title: "Attention Is All You Need",
				abstract:
					"The dominant sequence transduction models are based on complex recurrent or convolutional neural networks that include an encoder and a decoder. The best performing models also connect the encoder and decoder through an attention mechanism.",
			},
			{ max: 10 },
		);
		expect(names(v5)).toContain("Attention Mechanism");
		for (const junk of ["Connect", "Complex Recurrent", "Complex"]) expect(names(v5)).not.toContain(junk);
	});
});

describe("categories: proper names, coinages and named artefacts are unique", () => {
	it.each([
		["1312.7288", "Al-Biruni", "unique"],
		["1501.05039", "Datanature", "unique"],
		["2005.14165", "GPT-3", "unique"],
		["1501.05039", "Data Science", "broad"],
		["2205.11916", "Zero-shot Reasoners", "evolved"],
	])("%s: %s is %s", (id, name, category) => {
		expect(keywordsOf(id).find((k) => k.name === name)?.category).toBe(category);
	});
});

describe("one note per concept: a concept plus a generic extension links the concept", () => {
	const vault = indexVaultKeywords([
		{ name: "Retrieval-Augmented Generation", aliases: ["RAG"], papers: 3 },
		{ name: "Quantum Information", papers: 2 },
	]);

	it.each([
		["We measure retrieval-augmented generation accuracy on five benchmarks. Retrieval-augmented generation accuracy is lower with noise.", "Retrieval-Augmented Generation"],
		["Quantum information science studies entanglement. We survey quantum information science and its tools.", "Quantum Information"],
	])("%s → links %s", (abstract, existing) => {
		const got = extractKeywords({ title: "", abstract }, { max: 5, vault });
		expect(names(got)).toContain(existing);
		expect(names(got).filter((n) => n !== existing && keywordKey(n).startsWith(keywordKey(existing)))).toEqual([]);
	});

	it("extendedConcept: the concept under an extension word, and nothing for a concept of its own", () => {
		fc.assert(
			fc.property(fc.constantFrom("quantum information", "outlier detection", "graph kernel", "retrieval augmented generation"), fc.constantFrom("accuracy", "science", "algorithm", "performance"), (concept, extension) => {
				expect(extendedConcept(`${concept} ${extension}`)).toBe(concept);
			}),
		);
		expect(extendedConcept("outlier detection for network")).toBe("outlier detection");
		expect(extendedConcept("quantum field theory")).toBeUndefined();
		expect(extendedConcept("hidden markov model")).toBeUndefined();
	});
});

describe("no hubs: a concept the vault links from most papers is demoted", () => {
	const abstract =
		"Graph kernels compare graphs. We propose spectral graph kernels for molecule classification and evaluate graph kernels against message passing networks on molecule classification.";
	it("ranks the hub lower than without the vault", () => {
		const alone = names(extractKeywords({ title: "", abstract }, { max: 3 }));
		expect(alone[0]).toBe("Graph Kernels");
		const vault = indexVaultKeywords([{ name: "Graph Kernels", papers: 9 }, { name: "Other", papers: 1 }], 10);
		const withVault = names(extractKeywords({ title: "", abstract }, { max: 3, vault }));
		expect(withVault.indexOf("Graph Kernels")).not.toBe(0);
	});
});

describe("the part-of-speech signal", () => {
	it.each([
		["agrees", true],
		["generalize", true],
		["understand", true],
		["arose", true],
		["retraces", true],
		["models", false],
		["learning", false],
		["generalized", false],
		["compute", false],
		["networks", false],
	])("isVerbOnlyForm(%s) is %s", (word, verb) => {
		expect(isVerbOnlyForm(word)).toBe(verb);
	});

	it("never writes a single ordinary word or a phrase with a verb-only word, whatever the text (fast-check)", () => {
		const vocabulary = ["science", "events", "agrees", "the", "model", "quantum", "information", "graph", "understand", "kernels", "issues", "scientific", "recurrent", "calculation", "of", "and", ".", "large", "language", "models"];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 40 }), (words) => {
				for (const k of extractKeywords({ title: "", abstract: words.join(" ") }, { max: 10 })) {
					const parts = k.name.toLowerCase().split(" ");
					if (parts.length === 1) expect(isGenericWord(parts[0] ?? "") || isPlainWord(parts[0] ?? "") || isVagueWord(parts[0] ?? ""), k.name).toBe(false);
					for (const p of parts) expect(isVerbOnlyForm(p), k.name).toBe(false);
				}
			}),
			{ numRuns: 200 },
		);
	});
});

describe("junk classes of the judged set that are not keywords", () => {
	it.each([
		// generic: methodological adjective on a generic head, general adjectives and ordinary nouns only
		["0704.0033", ["Numerical Simulations", "Theoretical Convergence Analysis"]],
		["0704.0017", ["Spectroscopic Observations"]],
		["0704.0008", ["General Material Properties"]],
		// fragment: the tail of a run too long for one phrase, a participle without its adverb, a LaTeX en dash split
		["0704.0003", ["Matter Field Fluid Model", "Matter Field Fluid Constant"]],
		["0704.0033", ["Shaped Particles"]],
		["0704.0022", ["Gaines Methods"]],
		// verb: after a modal with an adverb between, a third-person form, a verb before a number, a participle before "by"
		["2307.11760", ["Grasp Psychological Emotional Stimuli"]],
		["0704.0046", ["System Size Goes"]],
		["0704.0031", ["Accelerator Lattice Traps"]],
		["0704.0016", ["Upper Limit Set"]],
		// markup and number: a function of notation, an indexed symbol, algebra
		["0704.0020", ["BR", "q2"]],
		["0704.0036", ["2n-1", "2n-1 Steady States"]],
		// extension: one-word concept plus an instance word, an -ical adjective on a title concept, a title's numbered name on a concept
		["0704.0028", ["Hafnian Versions"]],
		["2205.11916", ["Reasoning Tasks"]],
		["2307.11760", ["Psychological Emotional Stimuli"]],
		["0704.0063", ["76Ge Neutrinoless Double Beta Decay"]],
		["2609.26811", ["CIFAR-10 MLP Benchmarks"]],
		// verb: an -s word after a numbered model name, after "also", between a plural noun and "to" or an adjective; measure after "to"
		["2005.14165", ["GPT-3 Faces Methodological Issues"]],
		["0704.0002", ["Exposes Connections"]],
		["0704.0046", ["Proofs Lead"]],
		["2307.11760", ["Tasks Span"]],
		["2205.06398", ["Measure Brain Networks"]],
		// fragment: a lone word after hyphenated math, a law named with "of", the noun after a signed particle symbol
		["0704.0002", ["Game"]],
		["0704.0046", ["Quantum Law"]],
		["0704.0020", ["Nue Decays", "Decays", "RD"]],
		// generic: an open compound adjective on a generic head, a kind of article, a lone word heading an of/that phrase
		["0704.0020", ["Model Independent Analysis"]],
		["0705.1367", ["Book Review", "Logic Column"]],
		["0704.0058", ["Proposition", "Founders"]],
	])("%s: none of %j", (id, junk) => {
		const got = names(keywordsOf(id));
		for (const name of junk) expect(got).not.toContain(name);
	});

	it("keeps the concepts and names next to those phrases", () => {
		expect(names(keywordsOf("0704.0028"))).toContain("Hafnians");
		expect(names(keywordsOf("2609.26811"))).toContain("CIFAR-10");
		expect(names(keywordsOf("2307.11760"))).toContain("Emotional Stimuli");
		expect(names(keywordsOf("0704.0063"))).toEqual(expect.arrayContaining(["76Ge", "Neutrinoless Double Beta Decay"]));
		expect(names(keywordsOf("2205.06398"))).toContain("Brain Networks");
		expect(names(keywordsOf("0704.0046"))).toContain("Channel Capacity");
		expect(names(keywordsOf("0704.0058"))).toContain("Modern Synthesis");
		expect(names(keywordsOf("hep-ex/0307015"))).toContain("Electron Pair Invariant Masses");
	});

	it("keeps the concepts those phrases came from", () => {
		expect(names(keywordsOf("0704.0022"))).toContain("Castell-Gaines Methods");
		expect(names(keywordsOf("0704.0003"))).toContain("Dark Matter Field Fluid Model");
		expect(names(keywordsOf("0704.0061"))).toContain("Generalized Cosine Transforms");
	});
});

describe("grammar classes found on the keyphrase benchmarks (generated cases)", () => {
	const nouns = ["hydrogen", "surface", "lattice", "spinor", "graph", "crystal", "network", "kernel", "membrane", "plasma"];
	const heads = ["diffusion", "reactivity", "dynamics", "spectra", "estimator", "channels", "dispersion", "growth"];
	const lower = (ks: Keyword[]): string[] => ks.map((k) => k.name.toLowerCase());
	const concepts = ["hydrogen diffusion", "surface reactivity", "spinor superspace", "plasma dispersion", "lattice dynamics", "crystal channeling", "kernel density estimator", "membrane potential"];

	it("a hyphen typed for a dash next to a function word splits the words; a compound of two words stays one", () => {
		fc.assert(
			fc.property(fc.constantFrom(...nouns), fc.constantFrom(...heads), fc.constantFrom(...DASH_WORDS), fc.boolean(), (noun, head, dash, after) => {
				const typed = after ? `${noun} ${head}s-${dash}` : `${dash}-${noun} ${head}s`;
				const text = cleanText(`We study ${typed} new results, and the ${noun}-${head} model of state-of-the-art ${head}s.`);
				expect(text).not.toContain(after ? `${head}s-${dash}` : `${dash}-${noun}`);
				expect(text).toContain(`${noun}-${head}`);
				expect(text).toContain("state-of-the-art");
				for (const k of lower(extractKeywords({ title: "", abstract: text }, { max: 10 }))) expect(k.split(/[\s-]/)).not.toContain(dash);
			}),
		);
	});

	it("a run of 200 characters or more without a space is no prose: dropped, the text around it kept (hostile fields)", () => {
		fc.assert(
			fc.property(fc.constantFrom("a-", "the-", "x.", "a@", "aaaa", "é-", "/sub "), fc.integer({ min: 100, max: 60_000 }), (unit, times) => {
				const run = unit.trim() === unit ? unit.repeat(times) : unit.replace(" ", "").repeat(times);
				const abstract = `Graph neural networks predict molecular properties. ${run} Graph neural networks scale.`;
				const cleaned = cleanText(abstract);
				expect(cleaned).not.toContain(run.slice(0, 200));
				expect(lower(extractKeywords({ title: "", abstract }, { max: 5 }))).toContain("graph neural networks");
			}),
			{ numRuns: 20 },
		);
	});

	it("a long run dropped keeps the prose around it: math still pairs, a long link keeps its text, &nbsp; is a space", () => {
		const formula = `T(n)=\\sum_{i=1}^{n}${"\\binom{n}{i}x_i^{2}".repeat(12)}`;
		const math = `We prove that $${formula}$ holds for all sparse random graphs, and we show $k$-colorings of planar graphs exist.`;
		expect(lower(extractKeywords({ title: "", abstract: math }, { max: 6 }))).toEqual(expect.arrayContaining(["sparse random graphs", "planar graphs"]));
		const link = `Code: <a href="https://github.com/${"x".repeat(230)}">ProteinBench</a> dataset. </p>`;
		expect(cleanText(link)).toContain("ProteinBench dataset");
		const spaced = `<p>quantum&nbsp;error&nbsp;correction&nbsp;codes&nbsp;${"with&nbsp;surface&nbsp;codes&nbsp;".repeat(10)}</p>`;
		expect(lower(extractKeywords({ title: "", abstract: spaced }, { max: 6 }))).toContain("quantum error correction codes");
		expect(cleanText("x\\footnote{see the quantum chromodynamics \\emph{lattice} paper} here")).not.toContain("lattice");
	});

	it("names and terms with a function word in them stay whole: Ben-Or, AND-OR graphs, is-a", () => {
		for (const term of ["Ben-Or's consensus", "AND-OR graphs", "an is-a hierarchy", "NOT-gates", "which-path information", "an and-or tree", "or-parallelism", "but-for causation", "that-clauses"]) expect(cleanText(`We use ${term} here.`)).toContain(term);
		expect(cleanText("Information systems-and their users-are studied.")).not.toContain("systems-and");
	});

	it("sub- and superscripts written as /sub …/ and /sup …/ are notation, never a keyword", () => {
		fc.assert(
			// Content that starts like prose ("pub/sub and/or …") is read as words: not generated here, tested below.
			fc.property(fc.constantFrom(...nouns), fc.stringMatching(/^[a-z0-9,]{1,4}$/).filter((s) => !/^(?:and|or|for|via)\b/.test(s)), fc.stringMatching(/^[a-z0-9]{1,3}$/).filter((s) => !/^(?:and|or|for|via)$/.test(s)), (noun, sub, sup) => {
				const abstract = `Each ${noun} c/sub ${sub}/ chooses a place p/sub ${sub}/ and the size B/sub 1//sup ${sup}/ of the largest ${noun} block grows.`;
				for (const k of lower(extractKeywords({ title: "", abstract }, { max: 10 }))) expect(k.split(/[\s-]/).some((w) => w === "sub" || w === "sup")).toBe(false);
			}),
		);
		expect(cleanText("The input V/sub in/ and the on-resistance R/sub on/ of the switch.")).not.toMatch(/\/su[bp]/);
		expect(cleanText("Brokers for pub/sub systems with/without replication.")).toContain("pub/sub systems with/without replication");
		expect(cleanText("Brokers for pub/sub via MQTT/CoAP and pub/sub and/or polling.")).toContain("pub/sub via MQTT/CoAP and pub/sub and/or polling");
	});

	it("a Greek letter's name is never a keyword by itself, and stays inside a phrase", () => {
		const greek = ["alpha", "beta", "gamma", "delta", "theta", "lambda", "sigma", "omega"];
		fc.assert(
			fc.property(fc.constantFrom(...greek), fc.constantFrom(...heads), (letter, head) => {
				const abstract = `We bound ${letter} for all ${letter} > 0. The ${letter} ${head} depends on ${letter}. ${letter[0]?.toUpperCase()}${letter.slice(1)} controls the ${letter} ${head}.`;
				const got = lower(extractKeywords({ title: "", abstract }, { max: 10 }));
				expect(got).not.toContain(letter);
				expect(got).toContain(`${letter} ${head}`);
			}),
		);
	});

	it("a word that judges or relates is cut off the start of a phrase; the concept stays", () => {
		fc.assert(
			fc.property(fc.constantFrom(...LEADING_TRIM), fc.constantFrom(...concepts), (word, concept) => {
				const abstract = `We measure the ${word} ${concept} in zirconium alloys. The ${word} ${concept} is fast.`;
				const got = lower(extractKeywords({ title: "", abstract }, { max: 10 }));
				expect(got).toContain(concept);
				for (const k of got) expect(k.startsWith(`${word} `), k).toBe(false);
			}),
		);
	});

	it("keeps the adjectives that classify as well as judge: pure spinors, complete graphs", () => {
		expect(names(keywordsOf("0704.0015"))).toContain("Pure Spinor Formalism");
		expect(lower(extractKeywords({ title: "", abstract: "Every complete graph is regular. We colour the complete graph with two colours." }, { max: 5 }))).toContain("complete graph");
	});

	it("a lone word each time followed by a participle is a stranded modifier, not a concept", () => {
		const abstract = "This paper presents uniform supersaturated designs. Constructing uniform supersaturated designs is hard; lossy correlated networks need uniform weighting schemes.";
		const got = lower(extractKeywords({ title: "", abstract }, { max: 10 }));
		expect(got).not.toContain("uniform");
		expect(got).not.toContain("lossy");
	});

	it("keeps a lone concept that is the subject of a verb or stands before a preposition", () => {
		const cases: [string, string, string][] = [
			["", "Graphene exhibits a large mobility. Graphene shows ballistic transport at room temperature.", "graphene"],
			["", "Transformers dominate sequence modelling. Transformers outperform recurrent networks on long inputs.", "transformers"],
			["", "Hafnians appear in boson sampling. Hafnians count perfect matchings of weighted graphs.", "hafnians"],
			["", "Entanglement between distant qubits is fragile; entanglement between photons lasts longer.", "entanglement"],
			["Magnetism under pressure", "We measure the magnetic order of iron at high pressure.", "magnetism"],
			["", "Entanglement generated by the quench spreads. Entanglement produced in this way saturates.", "entanglement"],
			["", "Graphene doped with nitrogen conducts. Graphene doped with boron does not.", "graphene"],
			["", "We study entanglement during the quench, and entanglement following a local quench.", "entanglement"],
			["", "Diosi, Feldmann and Kosloff arrived at the same bound. Kosloff arrived at it first.", "kosloff"],
		];
		for (const [title, abstract, concept] of cases) expect(lower(extractKeywords({ title, abstract }, { max: 10 })), concept).toContain(concept);
	});

	it("a lone word only ever after a copula, with nothing after it, is a predicate adjective", () => {
		fc.assert(
			fc.property(fc.constantFrom("hard", "cheaper", "safer", "simpler", "slow", "cheap"), fc.constantFrom("is", "are", "was", "remains", "becomes"), (adjective, copula) => {
				const abstract = `Optimal control of flexible wings ${copula} ${adjective}. We show that robust control of flexible wings ${copula} ${adjective}, and optimal control ${copula} ${adjective} too.`;
				expect(lower(extractKeywords({ title: "", abstract }, { max: 10 }))).not.toContain(adjective);
			}),
		);
	});

	it("keeps an abstract noun after a copula: the limiting factor is decoherence", () => {
		const abstract = "The key mechanism of the burst is superradiance. The observed emission is superradiance, and the limiting factor is decoherence.";
		expect(lower(extractKeywords({ title: "", abstract }, { max: 10 }))).toEqual(expect.arrayContaining(["superradiance", "decoherence"]));
		const more = "The charge carriers are electrons. In the dimer the dominant excitations are magnons, and the quantity that grows is entropy.";
		expect(lower(extractKeywords({ title: "", abstract: more }, { max: 10 }))).toEqual(expect.arrayContaining(["electrons", "magnons", "entropy"]));
	});

	it("WHO and IT in capitals are names, not the pronouns before a verb", () => {
		const abstract = "We compare the WHO growth standards with national charts. The WHO growth standards fit breastfed infants.";
		expect(lower(extractKeywords({ title: "", abstract }, { max: 10 }))).toContain("growth standards");
		const it = "Firms adopt IT governance frameworks slowly. Where IT governance frameworks exist, audits are shorter.";
		expect(lower(extractKeywords({ title: "", abstract: it }, { max: 10 }))).toContain("governance frameworks");
	});

	it("a lone word that heads the paper's longer concepts ranks below them", () => {
		const abstract = "Control of flexible wings is hard. We compare optimal control with robust control, and find that robust control keeps the wings steady in storms, where control fails.";
		const got = lower(extractKeywords({ title: "Robust control of flexible wings", abstract }, { max: 10 }));
		expect(got).toEqual(expect.arrayContaining(["robust control", "optimal control", "control"]));
		expect(got.indexOf("control")).toBeGreaterThan(got.indexOf("optimal control"));
	});

	it("an ordinal joins 'order' before a noun; 'of the second order' alone is no keyword", () => {
		expect(lower(extractKeywords({ title: "", abstract: "The model exhibits a first order phase transition. A first order phase transition is rare." }, { max: 5 }))).toContain("first order phase transition");
		expect(lower(extractKeywords({ title: "", abstract: "Spaces that are recurrent of the second order, and recurrent spaces of the second order." }, { max: 10 }))).not.toContain("second order");
	});

	it("the verb after 'who' and the noun of 'into account' are not part of a phrase", () => {
		const got = lower(extractKeywords({ title: "", abstract: "Kussin and Sommerfeld, who study spherical particles, built a model that takes into account geometrical factors of spherical particles." }, { max: 10 }));
		expect(got).toContain("spherical particles");
		expect(got).toContain("geometrical factors");
		for (const k of got) expect(k.startsWith("study ") || k.startsWith("account "), k).toBe(false);
	});
});
