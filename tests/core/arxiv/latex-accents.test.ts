import { describe, expect, it } from "vitest";
import { decodeLatexAccents } from "../../../src/core/arxiv/latex-accents";
import { parseAtomFeed } from "../../../src/core/arxiv/atom";
import { readFileSync } from "node:fs";

describe("decodeLatexAccents", () => {
	it.each([
		['Landauer-B\\"uttiker', "Landauer-Büttiker"],
		['Schr{\\"o}dinger', "Schrödinger"],
		["G\\'{e}rard and Fr\\'echet", "Gérard and Fréchet"],
		["Erd\\H{o}s", "Erdős"],
		["Fran\\c{c}ois, \\c cedilla", "François, çedilla"],
		["Dvo\\v{r}\\'ak", "Dvořák"],
		["Stra\\ss e, \\O{}stergaard", "Straße, Østergaard"],
		["Na\\\"{\\i}ve", "Naïve"],
	])("%s -> %s", (tex, text) => {
		expect(decodeLatexAccents(tex)).toBe(text);
	});

	it("leaves math and other commands alone", () => {
		expect(decodeLatexAccents("$I$-$V$ and \\alpha, \\mathcal{O}(n)")).toBe("$I$-$V$ and \\alpha, \\mathcal{O}(n)");
	});

	it("is applied to recorded abstracts", () => {
		const xml = readFileSync("tests/fixtures/arxiv-api/idlist-1601.00001-doi-journalref.xml", "utf8");
		expect(parseAtomFeed(xml).papers[0]?.abstract).toContain("Landauer-Büttiker probe formalism");
	});
});
