import { describe, expect, it } from "vitest";
import { parseIdentifiers, parseInputs, type ArxivId } from "../../../src/core/arxiv/identifiers";

const NOW = new Date("2025-03-10T12:00:00Z");
const parse = (text: string): ReturnType<typeof parseIdentifiers> => parseIdentifiers(text, NOW);

describe("parseIdentifiers: accepted forms", () => {
	const cases: [input: string, expected: ArxivId][] = [
		["2502.15871", { id: "2502.15871" }],
		["2502.15871v2", { id: "2502.15871", version: 2 }],
		["2401.00010", { id: "2401.00010" }],
		["0704.0001", { id: "0704.0001" }],
		["1412.8765v3", { id: "1412.8765", version: 3 }],
		["1501.00001", { id: "1501.00001" }],
		["hep-th/9901001", { id: "hep-th/9901001" }],
		["hep-th/9901001v1", { id: "hep-th/9901001", version: 1 }],
		["math.GT/0309136", { id: "math/0309136" }],
		["cond-mat/0703001", { id: "cond-mat/0703001" }],
		["arXiv:2502.15871", { id: "2502.15871" }],
		["ARXIV:2502.15871v2", { id: "2502.15871", version: 2 }],
		["arxiv:hep-th/9901001", { id: "hep-th/9901001" }],
		["arXiv: 2502.15871", { id: "2502.15871" }],
		["https://arxiv.org/abs/2502.15871", { id: "2502.15871" }],
		["https://arxiv.org/abs/2502.15871v2", { id: "2502.15871", version: 2 }],
		["https://arxiv.org/pdf/2502.15871v2.pdf", { id: "2502.15871", version: 2 }],
		["https://arxiv.org/pdf/2502.15871", { id: "2502.15871" }],
		["http://export.arxiv.org/abs/hep-th/9901001v1", { id: "hep-th/9901001", version: 1 }],
		["https://www.arxiv.org/abs/math.GT/0309136", { id: "math/0309136" }],
		["arxiv.org/html/2502.15871v1", { id: "2502.15871", version: 1 }],
		["https://arxiv.org/html/2502.15871v1#S2", { id: "2502.15871", version: 1 }],
		["https://arxiv.org/abs/2502.15871?context=cs", { id: "2502.15871" }],
		["https://arxiv.org/abs/2502.15871/", { id: "2502.15871" }],
		["HTTPS://ARXIV.ORG/ABS/2502.15871", { id: "2502.15871" }],
		["10.48550/arXiv.2502.15871", { id: "2502.15871" }],
		["doi:10.48550/arXiv.2502.15871", { id: "2502.15871" }],
		["https://doi.org/10.48550/arXiv.2502.15871", { id: "2502.15871" }],
		["https://doi.org/10.48550/ARXIV.2502.15871", { id: "2502.15871" }],
		["2502.15871v2.pdf", { id: "2502.15871", version: 2 }],
		["(see arXiv:2502.15871).", { id: "2502.15871" }],
		["[the paper](https://arxiv.org/abs/2502.15871)", { id: "2502.15871" }],
		["<https://arxiv.org/abs/2502.15871>", { id: "2502.15871" }],
		["**2502.15871**", { id: "2502.15871" }],
		["2503.00001", { id: "2503.00001" }],
	];
	it.each(cases)("%s", (input, expected) => {
		expect(parse(input)).toEqual({ ids: [expected], rejected: [] });
	});
});

describe("parseIdentifiers: rejected inputs say what is wrong", () => {
	const cases: [input: string, reason: RegExp][] = [
		["2502.1587", /since 2015 new-style IDs have 5 digits after the dot, like 2502\.15871/],
		["2502.158712", /since 2015 new-style IDs have 5 digits after the dot/],
		["0704.00001", /from April 2007 to 2014 IDs have 4 digits after the dot, like 0704\.0001/],
		["1412.12345", /4 digits after the dot/],
		["2513.15871", /month 13 does not exist/],
		["2500.15871", /month 00 does not exist/],
		["2504.15871", /arXiv has not reached April 2025 yet/],
		["2701.00001", /arXiv has not reached January 2027 yet/],
		["0703.0001", /new-style IDs start in April 2007.*hep-th\/9901001/],
		["25021.5871", /4 digits \(year and month, YYMM\) before the dot/],
		["2502.00000", /paper numbers start at 00001/],
		["2502.15871v0", /versions start at v1/],
		["hep-th/99", /old-style IDs have 7 digits after the slash, like hep-th\/9901001/],
		["hep-th/99010011", /7 digits after the slash/],
		["foo-bar/9901001", /"foo-bar" is not an arXiv archive/],
		["cs/9013001", /month 13 does not exist/],
		["hep-th/9106001", /old-style IDs run from July 1991.*to March 2007/],
		["math/0704001", /old-style IDs run from July 1991.*newer papers have IDs like 2502\.15871/],
		["arXiv:banana", /not an arXiv ID/],
		["arxiv:2502", /not an arXiv ID/],
		["https://arxiv.org/list/cs.AI/recent", /does not point to a paper: use its abs, pdf or html link/],
		["https://arxiv.org/abs/", /no paper ID after abs\//],
		["https://arxiv.org/abs/2502.1587", /5 digits after the dot/],
		["https://example.com/paper/2502.15871", /not an arXiv link/],
		["10.1063/1.4944470", /not an arXiv DOI: arXiv DOIs look like 10\.48550\/arXiv\.2502\.15871/],
		["https://doi.org/10.1063/1.4944470", /not an arXiv DOI/],
		["10.48550/arXiv.2502.1587", /5 digits after the dot/],
	];
	it.each(cases)("%s", (input, reason) => {
		const result = parse(input);
		expect(result.ids).toEqual([]);
		expect(result.rejected).toHaveLength(1);
		expect(result.rejected[0]?.input).toBe(input);
		expect(result.rejected[0]?.reason).toMatch(reason);
	});
});

describe("parseIdentifiers: pasted texts", () => {
	it("reads several IDs separated by spaces, commas, semicolons and new lines, in order", () => {
		const text = "2502.15871, hep-th/9901001;https://arxiv.org/abs/1601.00001v1\n0704.0001\r\n\tarXiv:math.GT/0309136";
		expect(parse(text).ids).toEqual([
			{ id: "2502.15871" },
			{ id: "hep-th/9901001" },
			{ id: "1601.00001", version: 1 },
			{ id: "0704.0001" },
			{ id: "math/0309136" },
		]);
	});

	it("keeps the first of several spellings of the same paper", () => {
		const text = "2502.15871v2 https://arxiv.org/abs/2502.15871 10.48550/arXiv.2502.15871 2401.00010 2502.15871";
		expect(parse(text)).toEqual({ ids: [{ id: "2502.15871", version: 2 }, { id: "2401.00010" }], rejected: [] });
	});

	it("ignores plain words around the IDs", () => {
		expect(parse("see 2502.15871 and also the arXiv paper hep-th/9901001, thanks!")).toEqual({
			ids: [{ id: "2502.15871" }, { id: "hep-th/9901001" }],
			rejected: [],
		});
	});

	it("imports the good IDs and rejects the broken ones of the same paste", () => {
		const result = parse("2502.15871 2502.1587 hep-th/99 https://arxiv.org/abs/2401.00010 2502.1587");
		expect(result.ids).toEqual([{ id: "2502.15871" }, { id: "2401.00010" }]);
		expect(result.rejected.map((r) => r.input)).toEqual(["2502.1587", "hep-th/99"]);
	});

	it("says so when the text has no arXiv ID at all", () => {
		expect(parse("  Attention is all you need  ")).toEqual({
			ids: [],
			rejected: [
				{
					input: "Attention is all you need",
					reason: "no arXiv ID found: paste an ID like 2502.15871 or a link like https://arxiv.org/abs/2502.15871",
				},
			],
		});
	});

	it("cuts a long text without IDs to about 80 characters in the report", () => {
		const text = "word ".repeat(40);
		const [rejected] = parse(text).rejected;
		expect(rejected?.input.length).toBeLessThanOrEqual(80);
		expect(rejected?.input.startsWith("word word")).toBe(true);
		expect(rejected?.reason).toMatch(/^no arXiv ID found/);
	});

	it("rejects an empty paste with the same hint", () => {
		expect(parse("   \n ").rejected).toEqual([{ input: "", reason: expect.stringMatching(/^no arXiv ID found/) as unknown }]);
	});

	it("judges the newest valid month by the date it is given", () => {
		expect(parseIdentifiers("2504.00001", new Date("2025-04-01T00:00:00Z")).ids).toEqual([{ id: "2504.00001" }]);
		expect(parseIdentifiers("2504.00001", new Date("2025-03-31T23:59:00Z")).rejected[0]?.reason).toMatch(/April 2025/);
	});
});

describe("parseInputs: command-line arguments, where every word counts", () => {
	const NOT_ANY_ID = "not an arXiv ID, link or DOI: give IDs like 2502.15871 (or hep-th/9901001) or links like https://arxiv.org/abs/2502.15871";

	it("rejects a plain word that a pasted text would ignore", () => {
		expect(parse("2401.60001 notanid").rejected).toEqual([]);
		expect(parseInputs(["2401.60001", "notanid"], NOW)).toEqual({ ids: [{ id: "2401.60001" }], rejected: [{ input: "notanid", reason: NOT_ANY_ID }] });
	});

	it("reads IDs, links and DOIs as a paste does, several to an argument, each paper once", () => {
		expect(parseInputs(["arXiv:2502.15871v2,hep-th/9901001", "https://arxiv.org/abs/2502.15871", "10.48550/arXiv.1706.03762"], NOW)).toEqual({
			ids: [{ id: "2502.15871", version: 2 }, { id: "hep-th/9901001" }, { id: "1706.03762" }],
			rejected: [],
		});
	});

	it("keeps the reasons of the paste parser for things that try to be IDs", () => {
		expect(parseInputs(["2502.1587"], NOW).rejected).toEqual([{ input: "2502.1587", reason: expect.stringMatching(/5 digits after the dot/) as unknown }]);
	});

	it("names every stray word once, and an empty or punctuation-only argument too", () => {
		expect(parseInputs(["see", "2502.15871", "see", "", "..."], NOW).rejected).toEqual([
			{ input: "see", reason: NOT_ANY_ID },
			{ input: '""', reason: "an empty argument: give an arXiv ID or link, like 2502.15871" },
			{ input: "...", reason: NOT_ANY_ID },
		]);
	});

	it("gives no catch-all failure when every argument is an ID", () => {
		expect(parseInputs(["2502.15871"], NOW)).toEqual({ ids: [{ id: "2502.15871" }], rejected: [] });
		expect(parseInputs([], NOW)).toEqual({ ids: [], rejected: [] });
	});
});
