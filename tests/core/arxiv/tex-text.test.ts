import fc from "fast-check";
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

	it("on a recorded paper: a symbol command written in prose (hep-ex/0307015, \\pm outside math)", () => {
		const [paper] = parseAtomFeed(fixture("arxiv-api/search-all-electron-old-style-id-hep-ex-0307015.xml")).papers;
		expect(paper?.abstract).toContain("of 0.30 ± 0.04 and 0.23 ± 0.04, respectively.");
	});

	it.each([
		["``quoted'' words", "\u201cquoted\u201d words"],
		["50\\% of \\emph{all} R\\&D", "50% of all R&D"],
		["see \\[arXiv:1234.5678\\]", "see [arXiv:1234.5678]"],
		["display math \\[ x^2 = y \\] stays", "display math \\[ x^2 = y \\] stays"],
		["inline $a_1 \\% b$ math", "inline $a_1 % b$ math"],
		["Schr\\\"odinger's cat", "Schrödinger's cat"],
		["don't touch 'single' quotes", "don't touch 'single' quotes"],
		["a ratio of 0.30 \\pm 0.04 at \\sim 10 GeV", "a ratio of 0.30 ± 0.04 at ∼ 10 GeV"],
		["\\alpha-particles and \\Delta{} baryons", "α-particles and Δ baryons"],
		["math $\\alpha \\pm \\beta$ stays, \\pmatrix and \\foo too", "math $\\alpha \\pm \\beta$ stays, \\pmatrix and \\foo too"],
	])("%s", (tex, text) => {
		expect(decodeTexText(tex)).toBe(text);
	});

	it("reads a symbol command in prose as its character, and never touches one inside math", () => {
		const names = ["pm", "times", "sim", "approx", "leq", "geq", "alpha", "mu", "Omega", "infty", "to"];
		fc.assert(
			fc.property(fc.constantFrom(...names), fc.stringMatching(/^[a-z0-9 .,]{0,12}$/), fc.stringMatching(/^[a-z0-9 .,]{0,12}$/), (name, before, after) => {
				const prose = decodeTexText(`${before} \\${name} ${after}`);
				expect(prose).not.toContain(`\\${name}`);
				expect(prose.startsWith(`${before} `)).toBe(true);
				expect(prose.endsWith(` ${after}`)).toBe(true);
				const math = `${before} $x \\${name} y$ ${after}`;
				expect(decodeTexText(math)).toBe(math);
			}),
		);
	});
});
