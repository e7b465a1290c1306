import { describe, expect, it } from "vitest";
import { parseAtomFeed } from "../../../src/core/arxiv/atom";
import { searchQuery, searchUrl } from "../../../src/core/search/query";
import { fixture } from "../../support/fakes";

// What the user types -> the arXiv `search_query` sent.
const CASES: Array<[string, string, string]> = [
	["a bare word searches titles and abstracts", "transformer", "(ti:transformer OR abs:transformer)"],
	["every bare word must match", "graph neural", "(ti:graph OR abs:graph) AND (ti:neural OR abs:neural)"],
	["a quoted phrase stays a phrase", '"graph neural networks"', '(ti:"graph neural networks" OR abs:"graph neural networks")'],
	["bare words are lower-cased (arXiv ignores case in text)", "Attention", "(ti:attention OR abs:attention)"],
	["a title prefix passes through", "ti:checkerboard", "ti:checkerboard"],
	["an author prefix passes through, case kept", "au:del_maestro", "au:del_maestro"],
	["an abstract prefix passes through", "abs:superconductivity", "abs:superconductivity"],
	["a category passes through with its hyphen", "cat:hep-th", "cat:hep-th"],
	["a category and a word, as in the recorded request", "cat:cs.RO AND neural", "cat:cs.RO AND (ti:neural OR abs:neural)"],
	["comment, journal, report number, all and id prefixes pass through", "co:NeurIPS jr:Nature rn:CERN-TH all:electron id:1601.00001", "co:NeurIPS AND jr:Nature AND rn:CERN-TH AND all:electron AND id:1601.00001"],
	["a prefix in capitals is written as arXiv expects", "TI:Transformers", "ti:Transformers"],
	["a prefixed phrase passes through", 'ti:"quantum criticality"', 'ti:"quantum criticality"'],
	["OR and ANDNOT pass through", "au:del_maestro ANDNOT (ti:checkerboard OR ti:Pyrochlore)", "au:del_maestro ANDNOT (ti:checkerboard OR ti:Pyrochlore)"],
	["a lower-case 'and' is a word of the title", "pride and prejudice", "(ti:pride OR abs:pride) AND (ti:and OR abs:and) AND (ti:prejudice OR abs:prejudice)"],
	["a field's group keeps arXiv's meaning of a space (OR)", "au:(smith jones) cat:(cs.AI hep-th)", "au:(smith jones) AND cat:(cs.AI hep-th)"],
	["a hyphenated word becomes a phrase (arXiv reads '-' as NOT)", "non-invasive", '(ti:"non invasive" OR abs:"non invasive")'],
	["a hyphenated word after a text prefix too", "ti:GPT-4o", 'ti:"GPT 4o"'],
	["punctuation around words is dropped; '?' is not a wildcard", "What is attention?", "(ti:what OR abs:what) AND (ti:is OR abs:is) AND (ti:attention OR abs:attention)"],
	["a new-style ID searches by ID, without version", "2502.15871v2", "id:2502.15871"],
	["an old-style ID with arXiv: searches by ID", "arXiv:hep-th/9901001", "id:hep-th/9901001"],
	["non-Latin words are kept", "Schrödinger 量子", "(ti:schrödinger OR abs:schrödinger) AND (ti:量子 OR abs:量子)"],
];

// While the user is still typing, the query must stay valid.
const TYPING: Array<[string, string, string]> = [
	["a dangling operator at the end", "neural AND", "(ti:neural OR abs:neural)"],
	["an operator at the start", "OR neural", "(ti:neural OR abs:neural)"],
	["an unclosed quote", '"graph neu', '(ti:"graph neu" OR abs:"graph neu")'],
	["an unclosed parenthesis", "cat:cs.AI AND (graph", "cat:cs.AI AND (ti:graph OR abs:graph)"],
	["a stray closing parenthesis", "graph) neural", "(ti:graph OR abs:graph) AND (ti:neural OR abs:neural)"],
	["a prefix with nothing after it yet", "graph ti:", "(ti:graph OR abs:graph)"],
	["an empty group", "graph ()", "(ti:graph OR abs:graph)"],
	["only spaces", "   ", ""],
	["only operators", "AND OR", ""],
];

describe("searchQuery", () => {
	it.each(CASES)("%s: %s", (_what, typed, sent) => {
		expect(searchQuery(typed)).toBe(sent);
	});

	it.each(TYPING)("stays valid with %s: %s", (_what, typed, sent) => {
		expect(searchQuery(typed)).toBe(sent);
	});

	it("gives the same query when run on its own output, so it can be the cache key", () => {
		for (const [, typed] of [...CASES, ...TYPING]) {
			const once = searchQuery(typed);
			expect(searchQuery(once), typed).toBe(once);
		}
	});

	it("ignores extra spaces", () => {
		expect(searchQuery("  graph    neural  ")).toBe(searchQuery("graph neural"));
	});
});

describe("searchUrl", () => {
	it("asks the API for the best matches first, with the encoding arXiv documents", () => {
		expect(searchUrl('cat:cs.RO AND neural "motion mapping"', 2)).toBe(
			"https://export.arxiv.org/api/query?search_query=cat:cs.RO+AND+%28ti:neural+OR+abs:neural%29+AND+%28ti:%22motion+mapping%22+OR+abs:%22motion+mapping%22%29&start=0&max_results=2&sortBy=relevance&sortOrder=descending",
		);
	});

	it("uses another base URL when given (a local server in tests)", () => {
		expect(searchUrl("electron", 1, "http://127.0.0.1:8080/api/query")).toMatch(/^http:\/\/127\.0\.0\.1:8080\/api\/query\?search_query=%28ti:electron\+OR\+abs:electron%29&/);
	});

	it("refuses an empty search and a result count arXiv does not allow", () => {
		expect(() => searchUrl("  AND ", 10)).toThrow(/nothing to search for/);
		expect(() => searchUrl("graph", 0)).toThrow(/from 1 to 2000/);
		expect(() => searchUrl("graph", 2001)).toThrow(/from 1 to 2000/);
		expect(() => searchUrl("graph", 2.5)).toThrow(/whole number/);
	});

	it("gets an answer the Atom parser reads as papers in arXiv's order (recorded search for cat:cs.RO AND neural)", () => {
		const { papers, errors } = parseAtomFeed(fixture("arxiv-api/search-cat-cs.RO-AND-neural-2-entries.xml"));
		expect(errors).toEqual([]);
		expect(papers.map((p) => p.id)).toEqual(["2510.14968", "2510.14827"]);
		expect(papers.every((p) => p.categories.includes("cs.RO"))).toBe(true);
	});
});
