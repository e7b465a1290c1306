/**
 * Which of the four keyword categories a keyword belongs to. Deterministic: the same name, text and
 * vault always give the same category. Names are compared by `keywordKey`; "the vault" is what the
 * importer passes (`VaultKeywords`: each keyword note with its aliases and how many papers link it).
 * Rules, first match wins:
 *
 * 1. Broad: the name is a field-level term of `BROAD_TERMS` (machine learning, large language
 *    models, healthcare, quantum computing, number theory, epidemiology, econometrics...).
 * 2. Broad by use: the vault's note for this concept is linked by at least `BROAD_MIN_PAPERS`
 *    papers and the name is short (at most `BROAD_MAX_WORDS` words) with no named form.
 * 3. Acronyms (`LLMs`, `NLP`, `RAG`, `CLIP`): an acronym of a broad term (the `acronymOf` long form,
 *    or `BROAD_ACRONYMS` when no long form is known) is broad, one of an evolved paradigm
 *    (`acronymOf` is evolved, or `EVOLVED_ACRONYMS`) is evolved, any other is unique.
 * 4. Evolved: the name contains a new-paradigm marker of `EVOLVED_MARKERS` (multi-agent, agentic,
 *    foundation model, in-context, retrieval-augmented, diffusion, self-supervised, zero-shot,
 *    few-shot, federated, prompt, chain-of-thought, multimodal...), as whole words
 *    ("prompting" and "prompts" count, "DiffusionNet" does not).
 * 5. Unique: a named artefact by form: a word with a digit next to letters (`GPT-4o`, `ResNet-50`)
 *    or a capital inside (`LLaVA`, `ResNet`, `VQ-VAE`); or a name the abstract writes as a proper
 *    name: every mid-sentence occurrence has each content word capitalised, and at least one is
 *    not part of a longer capitalised name (`Formal Concept Analysis`, `the Standard Model`; not
 *    "History" in "Center for Philosophy and History of Science").
 * 5b. Unique: a single word that is a proper name by its form (a capital after a hyphen:
 *    `al-Biruni`, `Jahn-Teller`) or a coinage the abstract introduces (`isCoinage`: "what we call
 *    *datanature*", a quoted name).
 * 6. Broad: any other single word ("Trustworthiness", "Robotics", "Decision-making").
 * 7. Evolved by the vault: a new variant of a concept the vault already has. The head of a phrase
 *    is its last word (English puts it there: "multi-agent *systems*"); the name (two words or
 *    more) is evolved when the vault has a different note of two words or more that
 *    a. has the same head, unless that head is a generic word such as "model", "system",
 *       "method" or "network" (`Sparse Attention` when `Linear Attention` exists), or
 *    b. ends in a generic head and its other words start the name (`Multi-agent Collaboration`
 *       when `Multi-agent Systems` exists, `Large Language Model Agents` when `Large Language
 *       Models` exists).
 * 8. Specific: every remaining multi-word technical phrase ("Ethical Deployment").
 */
import type { KeywordCategory } from "../model";
import { isAcronym, isNamedForm, keywordKey, SMALL_WORDS } from "./normalize";
import { isGenericWord } from "./stopwords";
import type { VaultKeywords } from "./vault-keywords";
import { escapeRegExp } from "../regexp";

export interface CategoryContext {
	title: string;
	abstract: string;
	/** When `name` is an acronym: the long form it stands for in this paper, if known. */
	acronymOf?: string;
	/** What the vault already has (rules 2 and 7); without it those rules never apply. */
	vault?: VaultKeywords;
}

/** Papers that must link a vault keyword before it counts as broad (rule 2). */
export const BROAD_MIN_PAPERS = 5;
/** Longest broad-by-use name, in words (rule 2). */
export const BROAD_MAX_WORDS = 3;

function keys(list: string): Set<string> {
	return new Set(
		list
			.split(/[,\n]/)
			.map((t) => keywordKey(t.trim()))
			.filter((k) => k !== ""),
	);
}

/** Field-level terms across arXiv (computer science, physics, mathematics, biology, economics...), as matching keys. */
export const BROAD_TERMS: Set<string> = keys(`
artificial intelligence, machine learning, deep learning, reinforcement learning, supervised learning,
unsupervised learning, semi-supervised learning, representation learning, transfer learning, statistical learning,
neural networks, deep neural networks, convolutional neural networks, recurrent neural networks,
graph neural networks, transformers, large language models, language models, natural language processing,
computer vision, speech recognition, information retrieval, recommender systems, data mining, data science,
big data, knowledge graphs, robotics, autonomous driving, autonomous vehicles, human-computer interaction,
healthcare, medicine, medical imaging, optimization, convex optimization, combinatorial optimization, control theory,
game theory, signal processing, image processing, cybersecurity, computer security, privacy, cryptography,
blockchain, software engineering, programming languages, formal verification, distributed systems, distributed computing,
cloud computing, edge computing, high-performance computing, internet of things, wireless communications,
computer networks, databases, operating systems, computer architecture, computational complexity, algorithms,
quantum computing, quantum information, quantum mechanics, quantum field theory, quantum physics, quantum optics,
condensed matter physics, statistical mechanics, thermodynamics, fluid dynamics, plasma physics, nuclear physics,
particle physics, high energy physics, astrophysics, cosmology, general relativity, gravitational waves,
string theory, superconductivity, optics, photonics, materials science, chemistry, biology, physics, mathematics,
statistics, probability theory, bayesian inference, causal inference, time series, numerical analysis, linear algebra,
algebraic geometry, number theory, combinatorics, graph theory, topology, differential geometry, functional analysis,
differential equations, partial differential equations, dynamical systems, stochastic processes, mathematical logic,
computer science, genomics, bioinformatics, computational biology, neuroscience, molecular biology, drug discovery,
epidemiology, ecology, evolution, economics, econometrics, finance, macroeconomics, microeconomics, mechanism design,
climate change, climate science, energy systems, education, social networks, network science
`);

/** Acronyms of broad terms, for when the paper does not spell them out. */
export const BROAD_ACRONYMS: Set<string> = keys(
	"AI, ML, DL, RL, NLP, CV, LLM, LM, GNN, DNN, CNN, RNN, IoT, HCI, PDE, ODE, QFT, QCD, HPC, IR",
);

/** Markers of new paradigms; a name containing one (as whole words, see rule 3) is evolved. */
export const EVOLVED_MARKERS: string[] = `
multi-agent, agentic, agent, foundation model, in-context, retrieval-augmented, diffusion, self-supervised, zero-shot,
few-shot, one-shot, federated, prompt, chain-of-thought, instruction tuning, instruction-tuned, multimodal, multi-modal,
vision-language, vision-language-action, mixture of experts, neuro-symbolic, contrastive learning, meta-learning,
continual learning, lifelong learning, test-time, world model, embodied, digital twin, explainable, hallucination,
jailbreak, red teaming, preference optimization, human feedback, reasoning model, tool use, tool learning,
generative ai, generative model, large multimodal model, parameter-efficient, low-rank adaptation, knowledge distillation,
quantum machine learning, physics-informed, neural operator, graph transformer, state space model, vibe coding,
machine unlearning, ai alignment, value alignment, preference alignment, self-improving, self-play
`
	.split(/[,\n]/)
	.map((t) => keywordKey(t.trim()))
	.filter((k) => k !== "");

/** Acronyms of evolved paradigms, for when the paper does not spell them out. */
export const EVOLVED_ACRONYMS: Set<string> = keys("RAG, RLHF, CoT, ICL, MoE, VLM, VLA, MLLM, LMM, PEFT, XAI, PINN, DPO");

const INFLECTIONS = /^(?:s|es|ing|ed|ic|al)?$/;

function hasEvolvedMarker(key: string): boolean {
	const words = key.split(" ");
	return EVOLVED_MARKERS.some((marker) => {
		const parts = marker.split(" ");
		if (!key.includes(parts[0] ?? "")) return false;
		for (let start = 0; start + parts.length <= words.length; start++) {
			const ok = parts.every((p, j) => {
				const w = words[start + j] ?? "";
				return j === parts.length - 1 ? w.startsWith(p) && INFLECTIONS.test(w.slice(p.length)) : w === p;
			});
			if (ok) return true;
		}
		return false;
	});
}

interface TextWord {
	key: string;
	capitalised: boolean;
	/** Mid-sentence, so a capital means a name rather than grammar. */
	midSentence: boolean;
	connector: boolean;
	/** Punctuation other than a sentence end: a proper name never runs across it. */
	gap: boolean;
}

const CONNECTORS = new Set(["and", "of", "for", "&", "de", "von", "van", "der", "la"]);
let lastText: string | undefined;
let lastWords: TextWord[] = [];

/** The words of a text with what the proper-name rule needs (the last text is memoised). */
function textWords(text: string): TextWord[] {
	if (text === lastText) return lastWords;
	const words: TextWord[] = [];
	let midSentence = false;
	for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
		const raw = match[0];
		if (!/[\p{L}\p{N}]/u.test(raw)) {
			words.push({ key: "", capitalised: false, midSentence, connector: false, gap: true });
			if (raw === "." || raw === "!" || raw === "?") midSentence = false;
			continue;
		}
		const lower = raw.toLowerCase();
		words.push({ key: keywordKey(raw), capitalised: /^\p{Lu}/u.test(raw), midSentence, connector: CONNECTORS.has(lower), gap: false });
		midSentence = true;
	}
	lastText = text;
	lastWords = words;
	return words;
}

/** The nearest word before (step -1) or after (step 1) a position, skipping name connectors ("of", "and"). */
function neighbour(words: readonly TextWord[], from: number, step: number): TextWord | undefined {
	for (let i = from + step; i >= 0 && i < words.length; i += step) {
		const w = words[i];
		if (w?.gap === true) return undefined;
		if (w !== undefined && !w.connector) return w;
	}
	return undefined;
}

/**
 * Whether the abstract writes `name` as a proper name: it occurs in mid-sentence, every
 * mid-sentence occurrence has each content word capitalised, and at least one such occurrence is
 * the whole name (not part of a longer capitalised name such as "Center for History of Science").
 */
export function writtenAsProperName(name: string, abstract: string): boolean {
	const nameKeys = name.split(/\s+/).filter((w) => w !== "").map(keywordKey);
	if (nameKeys.length === 0) return false;
	const words = textWords(abstract);
	let standalone = false;
	let seen = false;
	for (let i = 0; i + nameKeys.length <= words.length; i++) {
		if (!nameKeys.every((k, j) => words[i + j]?.key === k)) continue;
		const first = words[i];
		if (first === undefined || !first.midSentence) continue;
		seen = true;
		const span = words.slice(i, i + nameKeys.length);
		if (!span.every((w) => w.capitalised || SMALL_WORDS.has(w.key))) return false;
		const before = neighbour(words, i, -1);
		const after = neighbour(words, i + nameKeys.length - 1, 1);
		const embedded = (before?.capitalised === true && before.midSentence) || after?.capitalised === true;
		if (!embedded) standalone = true;
	}
	return seen && standalone;
}

/** Rule 2: short, no named form, and linked by many papers in the vault. */
function broadByUse(key: string, words: readonly string[], vault: VaultKeywords | undefined): boolean {
	if (vault === undefined || words.length > BROAD_MAX_WORDS || words.some(isNamedForm)) return false;
	const note = vault.find(key);
	return note !== undefined && note.papers >= BROAD_MIN_PAPERS;
}

/** Rule 7: a variant of a multi-word concept the vault already has (see the top of this file). */
function evolvedByVault(key: string, vault: VaultKeywords | undefined): boolean {
	const words = key.split(" ");
	if (vault === undefined || words.length < 2) return false;
	const other = (note: { name: string }): boolean => keywordKey(note.name) !== key;
	const head = words[words.length - 1] ?? "";
	if (!isGenericWord(head) && vault.withHead(head).some(other)) return true;
	for (let n = 1; n < words.length; n++) {
		const modifier = words.slice(0, n).join(" ");
		const family = vault.withModifier(modifier).filter((note) => other(note) && isGenericWord(keywordKey(note.name).split(" ").pop() ?? ""));
		if (family.length > 0) return true;
	}
	return false;
}

/** A name with a capitalised part after a hyphen: `al-Biruni`, `Jahn-Teller`, `Littlewood-Richardson`. */
const HYPHENATED_NAME = /^\p{L}+(?:-\p{Lu}\p{Ll}+)+$/u;


/**
 * A coinage: the abstract introduces the name ("what we call *datanature*", "a method called
 * *Signal2Symbol*", "termed", "dubbed", "coined", "named", or the name in quotes).
 */
export function isCoinage(name: string, abstract: string): boolean {
	const words = name.split(/\s+/).filter((w) => w !== "").map(escapeRegExp).join("[\\s-]+");
	if (words === "" || !/["\u201c\u2018]|\b(?:call|term|dub|coin|named)/i.test(abstract)) return false;
	const intro = new RegExp(`(?:\\b(?:call|calls|called|term|termed|dub|dubbed|coin|coined|named)\\s+(?:(?:the|a|an|it|them|this|these|such|as)\\s+)*["\u201c'\u2018]?|["\u201c\u2018])${words}\\b`, "iu");
	return intro.test(abstract);
}

export function categorize(name: string, context: CategoryContext): KeywordCategory {
	const key = keywordKey(name);
	if (BROAD_TERMS.has(key)) return "broad";

	const words = name.split(/\s+/).filter((w) => w !== "");
	if (broadByUse(key, words, context.vault)) return "broad";
	if (words.length === 1 && isAcronym(name)) {
		if (context.acronymOf !== undefined && context.acronymOf.trim() !== "") {
			const longForm = categorize(context.acronymOf, { title: context.title, abstract: context.abstract, vault: context.vault });
			return longForm === "broad" || longForm === "evolved" ? longForm : "unique";
		}
		if (BROAD_ACRONYMS.has(key)) return "broad";
		if (EVOLVED_ACRONYMS.has(key)) return "evolved";
		return "unique";
	}

	if (hasEvolvedMarker(key)) return "evolved";
	if (words.some(isNamedForm)) return "unique";
	if (writtenAsProperName(name, context.abstract)) return "unique";
	if (words.length === 1 && (HYPHENATED_NAME.test(name) || isCoinage(name, context.abstract))) return "unique";
	if (words.length === 1) return "broad";
	if (evolvedByVault(key, context.vault)) return "evolved";
	return "specific";
}
