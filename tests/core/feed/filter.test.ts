import { describe, expect, it } from "vitest";
import { filterListing, matchesTerm, parseFilterTerms } from "../../../src/core/feed/filter";
import { ANNOUNCE_TYPES, parseListingFeed, type AnnounceType } from "../../../src/core/feed/rss";
import { RSS_FILE, recordedListing } from "./listing-fixtures";

// The recorded listing: Drift Contract (new), Signal2Symbol (new), Outlier Detection (cross), Random Polytope (replace).
const items = parseListingFeed(recordedListing(RSS_FILE)).items;
const ids = (kept: typeof items): string[] => kept.map((i) => i.paper.id);
const DRIFT = "2609.26811";
const SIGNAL = "2609.26820";
const OUTLIER = "2205.06398";
const POLYTOPE = "2009.13987";

describe("filterListing on the recorded listing", () => {
	const all = new Set<AnnounceType>(ANNOUNCE_TYPES);
	const cases: { name: string; types?: AnnounceType[]; include?: string[]; exclude?: string[]; kept: string[] }[] = [
		{ name: "no filter keeps everything", kept: [DRIFT, SIGNAL, OUTLIER, POLYTOPE] },
		{ name: "the default types (replacements off) drop the v3 replacement", types: ["new", "cross"], kept: [DRIFT, SIGNAL, OUTLIER] },
		{ name: "only new", types: ["new"], kept: [DRIFT, SIGNAL] },
		{ name: "no type chosen keeps nothing", types: [], kept: [] },
		{ name: "an include word in the title", include: ["outlier"], kept: [OUTLIER] },
		{ name: "an include word only in the abstract", include: ["CIFAR"], kept: [DRIFT] },
		{ name: "any include term is enough", include: ["polytopes", "ECG"], kept: [SIGNAL, POLYTOPE] },
		{ name: "whole words: `imaging` does not find `neuroimaging`", include: ["imaging"], kept: [] },
		{ name: "whole words: `neuro` finds Neuro-Symbolic, not neuroscience", include: ["neuro"], kept: [SIGNAL] },
		{ name: "a trailing * takes every word it starts", include: ["neuro*"], kept: [SIGNAL, OUTLIER] },
		{ name: "a phrase matches its words in order", include: ["local learning"], kept: [DRIFT] },
		{ name: "a phrase out of order does not match", include: ["learning local"], kept: [] },
		{ name: "hyphens count as spaces", include: ["time series"], kept: [SIGNAL] },
		{ name: "case is ignored", include: ["SPECTRAL UPDATE"], kept: [DRIFT] },
		{ name: "an exclude term drops a paper", exclude: ["brain"], kept: [DRIFT, SIGNAL, POLYTOPE] },
		{ name: "exclude wins over include", include: ["anomaly", "outlier"], exclude: ["neuroimaging"], kept: [SIGNAL] },
		{ name: "types, include and exclude together", types: ["new", "cross"], include: ["detection"], exclude: ["EEG"], kept: [OUTLIER] },
		{ name: "terms without letters are ignored", include: ["  ", "—"], kept: [DRIFT, SIGNAL, OUTLIER, POLYTOPE] },
	];

	it.each(cases)("$name", ({ types, include, exclude, kept }) => {
		const filter = { announceTypes: types ? new Set(types) : all, include: include ?? [], exclude: exclude ?? [] };
		expect(ids(filterListing(items, filter))).toEqual(kept);
	});
});

describe("matchesTerm", () => {
	it.each([
		["Schrödinger bridges", "schrodinger", true],
		["Schrodinger bridges", "Schrödinger", true],
		["multi-agent systems", "multi agent", true],
		["GPT-4o beats GPT-4", "gpt 4", true],
		["graphs and paragraphs", "graph", false],
		["graphs and paragraphs", "graph*", true],
		["large language models", "large language model", false],
		["large language models", "large language model*", true],
		["anything", "", false],
	])("%s / %s -> %s", (text, term, expected) => {
		expect(matchesTerm(text, term)).toBe(expected);
	});
});

describe("parseFilterTerms", () => {
	it.each([
		["diffusion, transformer", ["diffusion", "transformer"]],
		['"large language model", RLHF', ["large language model", "RLHF"]],
		["reinforcement learning\nrobotics", ["reinforcement learning", "robotics"]],
		['"graphs, trees", graph*', ["graphs, trees", "graph*"]],
		[" , ,\n  ", []],
		["LLM, llm, LLM", ["LLM", "llm"]],
	])("%j", (text, terms) => {
		expect(parseFilterTerms(text)).toEqual(terms);
	});
});
