import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bibtexEntry, escapeLatex } from "../../../src/core/cite/bibtex";
import { citeKey, DEFAULT_CITE_KEY_TEMPLATE } from "../../../src/core/cite/cite-key";
import type { Paper } from "../../../src/core/model";
import { paper, recordedPapers } from "../../support/fakes";

const RECORDED = [
	["idlist-1601.00001-doi-journalref.xml", "1601.00001-doi-journalref.bib"],
	["search-all-electron-old-style-id-hep-ex-0307015.xml", "hep-ex-0307015-old-style-id.bib"],
	["search-all-science-10-entries.xml", "all-science-10-entries.bib"],
	["search-cat-cs.RO-AND-neural-2-entries.xml", "cs.RO-AND-neural-2-entries.bib"],
] as const;

/** Entries as the CLI prints them for `bibtex <ids...>`: keys unique among the papers printed. */
function entries(papers: Paper[]): string {
	const taken = new Set<string>();
	return `${papers
		.map((p) => {
			const key = citeKey(p, DEFAULT_CITE_KEY_TEMPLATE, taken);
			taken.add(key);
			return bibtexEntry(p, key);
		})
		.join("\n\n")}\n`;
}

const field = (entry: string, name: string): string | undefined => new RegExp(`^  ${name} = \\{(.*)\\},?$`, "m").exec(entry)?.[1];

describe("BibTeX of the recorded papers", () => {
	it.each(RECORDED)("%s matches tests/expected/bibtex/%s (regenerate with UPDATE_GOLDEN=1)", (recording, golden) => {
		const url = new URL(`../../expected/bibtex/${golden}`, import.meta.url);
		const text = entries(recordedPapers(recording));
		if (process.env["UPDATE_GOLDEN"]) writeFileSync(url, text);
		expect(text).toBe(readFileSync(url, "utf8"));
	});

	it("is arXiv's @misc style, with DOI and journal reference when arXiv has them", () => {
		const [kilgour] = recordedPapers("idlist-1601.00001-doi-journalref.xml");
		expect(bibtexEntry(kilgour as Paper, "Kilgour2015Inelastic")).toBe(
			[
				"@misc{Kilgour2015Inelastic,",
				"  title = {Inelastic effects in molecular transport junctions: The probe technique at high bias},",
				"  author = {Michael Kilgour and Dvira Segal},",
				"  year = {2015},",
				"  eprint = {1601.00001},",
				"  archivePrefix = {arXiv},",
				"  primaryClass = {cond-mat.mes-hall},",
				"  url = {https://arxiv.org/abs/1601.00001},",
				"  doi = {10.1063/1.4944470},",
				"  journal = {J. Chem. Phys. 144, 124107 (2016)}",
				"}",
			].join("\n"),
		);
	});

	it("writes an old-style ID as the eprint and a collaboration as one name", () => {
		const [h1] = recordedPapers("search-all-electron-old-style-id-hep-ex-0307015.xml");
		const entry = bibtexEntry(h1 as Paper, "key");
		expect(field(entry, "eprint")).toBe("hep-ex/0307015");
		expect(field(entry, "url")).toBe("https://arxiv.org/abs/hep-ex/0307015");
		expect(field(entry, "primaryClass")).toBe("hep-ex");
		expect(field(entry, "author")).toBe("{H1 Collaboration}");
		expect(field(entry, "doi")).toBeUndefined();
	});

	it("escapes & in a journal reference but leaves a DOI verbatim (biblatex reads it as is)", () => {
		const papers = recordedPapers("search-all-science-10-entries.xml");
		const garik = papers.find((p) => p.id === "1503.01162") as Paper;
		const giacomelli = papers.find((p) => p.id === "physics/0507092") as Paper;
		expect(field(bibtexEntry(garik, "k"), "journal")).toBe("Science \\& Education, September 2014, 23(9): 1853-1873");
		expect(field(bibtexEntry(giacomelli, "k"), "doi")).toBe("10.1142/9789812701893_0020");
		expect(bibtexEntry(giacomelli, "k")).not.toContain("journal =");
	});

	it("keeps non-ASCII author names in UTF-8", () => {
		const garik = recordedPapers("search-all-science-10-entries.xml").find((p) => p.id === "1503.01162") as Paper;
		expect(field(bibtexEntry(garik, "k"), "author")).toBe("Peter Garik and Yann Benétreau-Dupin");
		const muller = paper({ id: "2401.00001", authors: ["Jürgen Müller", "Łukasz Kaiser", "Søren Ørsted"] });
		expect(field(bibtexEntry(muller, "k"), "author")).toBe("Jürgen Müller and Łukasz Kaiser and Søren Ørsted");
	});
});

describe("LaTeX-safe text", () => {
	it("escapes every LaTeX special character", () => {
		expect(escapeLatex("{a} & 50% $5 #1 a_b ~c ^d e\\f")).toBe(
			"\\{a\\} \\& 50\\% \\$5 \\#1 a\\_b \\textasciitilde{}c \\textasciicircum{}d e\\textbackslash{}f",
		);
	});

	it("escapes specials in titles and names", () => {
		const p = paper({
			id: "2401.00002",
			title: "Braces {x} & 50% of $ #1 snake_case ~ tilde ^ caret back\\slash",
			authors: ["A. O'Neil & Sons_Lab"],
		});
		const entry = bibtexEntry(p, "k");
		expect(field(entry, "title")).toBe(
			"Braces \\{x\\} \\& 50\\% of \\$ \\#1 snake\\_case \\textasciitilde{} tilde \\textasciicircum{} caret back\\textbackslash{}slash",
		);
		expect(field(entry, "author")).toBe("A. O'Neil \\& Sons\\_Lab");
	});

	it("protects the capitals of acronyms and product names in titles, not ordinary capitalised words", () => {
		const p = paper({ id: "2401.00003", title: "LLaVA meets GPT-4o: Visual Instruction Tuning for 3D Multi-Agent (LLMs) Systems" });
		expect(field(bibtexEntry(p, "k"), "title")).toBe("{LLaVA} meets {GPT-4o}: Visual Instruction Tuning for {3D} Multi-Agent ({LLMs}) Systems");
	});

	it("keeps inline math as written but escapes a lone dollar", () => {
		const p = paper({ id: "2401.00004", title: "Bounds for $\\ell_1$-norms of $O(n^{2})$ maps costing $5 each" });
		expect(field(bibtexEntry(p, "k"), "title")).toBe("Bounds for $\\ell_1$-norms of $O(n^{2})$ maps costing \\$5 each");
	});

	it("escapes math LaTeX could not read (unbalanced braces)", () => {
		const p = paper({ id: "2401.00005", title: "A $x}$ problem" });
		expect(field(bibtexEntry(p, "k"), "title")).toBe("A \\$x\\}\\$ problem");
	});
});
