import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { radarPaperOfNote } from "../../../src/core/radar/note-text";
import { textTerms } from "../../../src/core/radar/text-terms";
import { readProperties } from "../../../src/cli/note-properties-yaml";

/** The notes the built-in layouts write (tests/expected, the golden files of the layout tests). */
const EN = readFileSync("tests/expected/en-2502.15871.md", "utf8");
const KO = readFileSync("tests/expected/ko-2502.15871.md", "utf8");

describe("what the radar reads of a paper note", () => {
	for (const [language, text] of [["English", EN], ["Korean", KO]] as const) {
		it(`in the ${language} layout: the title, the keywords and the abstract, never the layout's words`, () => {
			const paper = radarPaperOfNote(readProperties(text), text);
			expect(paper?.id).toBe("2502.15871");
			expect(paper?.title).toBe("A Comprehensive Survey on the Trustworthiness of Large Language Models in Healthcare");
			expect(paper?.keywords).toEqual(["Multi-agent Collaboration", "Large Language Models", "Healthcare", "Trustworthiness", "Ethical Deployment"]);
			const terms = new Set(textTerms(paper?.abstract ?? ""));
			for (const word of ["clinical", "trustworthiness", "healthcare"]) expect(terms.has(word)).toBe(true);
			for (const layoutWord of ["author", "published", "updated", "announced", "link", "pdf", "download", "generated", "evolved", "connectable", "info", "metadata", "aljohani"]) expect(terms.has(layoutWord)).toBe(false);
		});
	}

	it.each([
		["a callout", "> [!abstract] Abstract\n> Graph neural networks for molecules."],
		["a label", "**Abstract:** Graph neural networks for molecules."],
		["headings in words", "## Abstract\nGraph neural networks for molecules.\n## 📝 Summary\nMolecules as graphs."],
	])("with a layout of the user's (%s): the abstract is read", (_name, body) => {
		const text = `---\narxiv_id: "2401.00001"\ntitle: "T"\n---\n%% arxiv-atlas: begin managed section (re-import replaces it; write your own notes outside) %%\n# T\n> **Published:** 2024-01-01\n${body}\n%% arxiv-atlas: end managed section %%\n`;
		const terms = new Set(textTerms(radarPaperOfNote(readProperties(text), text)?.abstract ?? ""));
		for (const word of ["graph", "neural", "molecule"]) expect(terms.has(word)).toBe(true);
	});

	it("with a layout of the user's: the text without headings, callouts and label lines", () => {
		const text = `---\narxiv_id: "2401.00001"\ntitle: "T"\n---\n%% arxiv-atlas: begin managed section (re-import replaces it; write your own notes outside) %%\n# T\n> [!note] Authors\n> **Published:** 2024-01-01\n**Links**: [PDF](https://arxiv.org/pdf/2401.00001)\n\nGraph neural networks for molecules.\n%% arxiv-atlas: end managed section %%\n`;
		const paper = radarPaperOfNote(readProperties(text), text);
		// The callout's title and a label's words go; the dates and links are layout, the sentence is the paper's.
		expect(textTerms(paper?.abstract ?? "").filter((t) => !/\d/.test(t))).toEqual(textTerms("Graph neural networks for molecules."));
	});

	it("with a layout of the user's: a line of links is left out, a line of links then words keeps its words, however many links (fast-check)", () => {
		const link = fc.constantFrom("[PDF](https://arxiv.org/pdf/2401.00001)", "[[Ada Lovelace]]", "[[keywords/broad/Graphs|Graphs]]", "[Code](x)");
		const gap = fc.constantFrom(" ", "  ", " · ", ", ", " | ", "\t");
		fc.assert(
			fc.property(fc.array(fc.tuple(link, gap), { minLength: 1, maxLength: 80, size: "max" }), fc.boolean(), (links, withWords) => {
				const line = links.map(([l, g]) => l + g).join("") + (withWords ? "and molecules" : "");
				const text = `---\narxiv_id: "2401.00001"\ntitle: "T"\n---\n%% arxiv-atlas: begin managed section %%\n# T\n${line}\n\nGraph neural networks.\n%% arxiv-atlas: end managed section %%\n`;
				const terms = new Set(textTerms(radarPaperOfNote(readProperties(text), text)?.abstract ?? ""));
				expect(terms.has("graph")).toBe(true);
				expect(terms.has("molecule") || terms.has("molecules")).toBe(withWords);
				expect(terms.has("pdf") || terms.has("lovelace") || terms.has("code")).toBe(withWords && links.some(([l]) => !l.startsWith("[[keywords")));
			}),
			{ numRuns: 200 },
		);
	});
});
