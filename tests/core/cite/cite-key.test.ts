import { describe, expect, it } from "vitest";
import { citeKey, citeKeyTemplateProblem, CiteKeyTemplateError, DEFAULT_CITE_KEY_TEMPLATE } from "../../../src/core/cite/cite-key";
import { paper, recordedPapers } from "../../support/fakes";

const none = new Set<string>();
const key = (change: Parameters<typeof paper>[0], template = DEFAULT_CITE_KEY_TEMPLATE): string => citeKey(paper(change), template, none);

describe("citation keys", () => {
	it("follow {{firstAuthorLastName}}{{year}}{{firstTitleWord}} on the recorded papers", () => {
		const keys = [
			...recordedPapers("idlist-1601.00001-doi-journalref.xml"),
			...recordedPapers("search-all-electron-old-style-id-hep-ex-0307015.xml"),
			...recordedPapers("search-all-science-10-entries.xml"),
			...recordedPapers("search-cat-cs.RO-AND-neural-2-entries.xml"),
		].map((p) => citeKey(p, DEFAULT_CITE_KEY_TEMPLATE, none));
		expect(keys).toEqual([
			"Kilgour2015Inelastic",
			"H1Collaboration2003Multi",
			"Zhu2015Defining",
			"Garik2015Report",
			"Nielsen2002Quantum",
			"Kunsch2008Comment",
			"Yang2008Comment",
			"Brillinger2008Rejoinder",
			"Pucella2007Logic",
			"Kfoury2018Mathematical",
			"Giacomelli2005Science",
			"Sparavigna2013Science",
			"Yan2025RDD",
			"Zhu2025Neural",
		]);
	});

	it("fold names and titles to ASCII", () => {
		expect(key({ id: "1", authors: ["Jürgen Müller"], title: "Über Graphen" })).toBe("Muller2024Uber");
		expect(key({ id: "1", authors: ["Hans Groß"], title: "Études" })).toBe("Gross2024Etudes");
		expect(key({ id: "1", authors: ["Søren Kierkegaard Ørsted"] })).toBe("Orsted2024Study");
		expect(key({ id: "1", authors: ["Łukasz Kaiser"] })).toBe("Kaiser2024Study");
		expect(key({ id: "1", authors: ["Jan Łopuszański"] })).toBe("Lopuszanski2024Study");
	});

	it("skip small words at the start of the title", () => {
		expect(key({ id: "1", title: "A Comprehensive Survey" })).toBe("Lovelace2024Comprehensive");
		expect(key({ id: "1", title: "On the Origin of Species" })).toBe("Lovelace2024Origin");
		expect(key({ id: "1", title: "The Science of al-Biruni" })).toBe("Lovelace2024Science");
		expect(key({ id: "1", title: "$\\alpha$-stable Processes" })).toBe("Lovelace2024stable");
		expect(key({ id: "1", title: "Of The" })).toBe("Lovelace2024Of");
	});

	it("use the family name, past a Jr. or III", () => {
		expect(key({ id: "1", authors: ["Martin Luther King Jr."] })).toBe("King2024Study");
		expect(key({ id: "1", authors: ["John Smith III"] })).toBe("Smith2024Study");
	});

	it("are unique in the vault: a, b, … z, aa like Better BibTeX, ignoring case", () => {
		const p = paper({ id: "1" });
		expect(citeKey(p, DEFAULT_CITE_KEY_TEMPLATE, new Set(["Lovelace2024Study"]))).toBe("Lovelace2024Studya");
		expect(citeKey(p, DEFAULT_CITE_KEY_TEMPLATE, new Set(["lovelace2024study", "Lovelace2024Studya"]))).toBe("Lovelace2024Studyb");
		const all = new Set(["Lovelace2024Study", ..."abcdefghijklmnopqrstuvwxyz".split("").map((c) => `Lovelace2024Study${c}`)]);
		expect(citeKey(p, DEFAULT_CITE_KEY_TEMPLATE, all)).toBe("Lovelace2024Studyaa");
	});

	it("fill {{id}} (old style with its slash) and change case with |lower and |upper", () => {
		expect(key({ id: "hep-ex/0307015" }, "arXiv:{{id}}")).toBe("arXiv:hep-ex/0307015");
		expect(key({ id: "1" }, "{{firstAuthorLastName|lower}}{{year}}{{firstTitleWord|lower}}")).toBe("lovelace2024study");
		expect(key({ id: "1" }, "{{ firstAuthorLastName | upper }}_{{year}}")).toBe("LOVELACE_2024");
	});

	it("drop characters a key cannot hold", () => {
		expect(key({ id: "1" }, "{{firstAuthorLastName}} {{year}}, #{{firstTitleWord}}")).toBe("Lovelace2024Study");
	});

	it("fall back to arXiv:<id> when the template gives nothing for a paper", () => {
		expect(key({ id: "2401.00001", authors: ["张伟"], title: "量子" }, "{{firstAuthorLastName}}{{firstTitleWord}}")).toBe("arXiv:2401.00001");
	});

	it("report a template that cannot work, with the fix", () => {
		expect(citeKeyTemplateProblem(DEFAULT_CITE_KEY_TEMPLATE)).toBeUndefined();
		expect(citeKeyTemplateProblem("{{firstAuthor}}{{year}}")).toBe(
			"unknown variable {{firstAuthor}} in the citation key template: did you mean {{firstAuthorLastName}}?",
		);
		expect(citeKeyTemplateProblem("{{yaer}}")).toBe("unknown variable {{yaer}} in the citation key template: did you mean {{year}}?");
		expect(citeKeyTemplateProblem("{{year|title}}")).toBe("unknown modifier |title in {{year|title}}: use |lower or |upper");
		expect(citeKeyTemplateProblem("{{year}")).toMatch(/unmatched braces/);
		expect(citeKeyTemplateProblem("")).toMatch(/empty key/);
		expect(() => citeKey(paper({ id: "1" }), "{{nope}}", none)).toThrow(CiteKeyTemplateError);
	});
});
