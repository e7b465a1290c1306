import { describe, expect, it } from "vitest";
import { parseAtomFeed } from "../../../src/core/arxiv/atom";
import { decodeTexText } from "../../../src/core/arxiv/latex-accents";
import { fixture } from "../../support/fakes";

describe("TeX in titles and abstracts reads as text", () => {
	it("on recorded papers: quotes and escaped brackets", () => {
		const papers = parseAtomFeed(fixture("arxiv-api/search-all-science-10-entries.xml")).papers;
		const comment = papers.find((p) => p.id === "0808.0631");
		expect(comment?.abstract).toMatch(/^Comment on \u201cThe 2005 Neyman Lecture: Dynamic Indeterminism in Science\u201d/);
		expect(comment?.abstract).toContain("[arXiv:0808.0620]");
		for (const p of papers) expect(`${p.title} ${p.abstract}`).not.toMatch(/``|''|\\\[|\\\]/);
	});

	it.each([
		["``quoted'' words", "\u201cquoted\u201d words"],
		["50\\% of \\emph{all} R\\&D", "50% of all R&D"],
		["see \\[arXiv:1234.5678\\]", "see [arXiv:1234.5678]"],
		["display math \\[ x^2 = y \\] stays", "display math \\[ x^2 = y \\] stays"],
		["inline $a_1 \\% b$ math", "inline $a_1 % b$ math"],
		["Schr\\\"odinger's cat", "Schrödinger's cat"],
		["don't touch 'single' quotes", "don't touch 'single' quotes"],
	])("%s", (tex, text) => {
		expect(decodeTexText(tex)).toBe(text);
	});
});
