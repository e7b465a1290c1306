// Text a hostile or broken record, note, template or setting can hold, at sizes where a pattern that tried
// again from every character took seconds to minutes. Each case checks what the user gets; none is timed:
// before the fix, each of these ran past the test's time limit or for minutes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/core/arxiv/html-text";
import { parseIdentifiers } from "../../src/core/arxiv/identifiers";
import { citeKeyTemplateProblem } from "../../src/core/cite/cite-key";
import { latexTitle } from "../../src/core/cite/latex";
import { cleanText } from "../../src/core/keywords/clean-text";
import { propertyText, setProperties } from "../../src/core/notes/frontmatter-edit";
import { linksIn } from "../../src/core/notes/note-links";
import { safeFileName } from "../../src/core/notes/paths";
import { upsertPdfLine } from "../../src/core/pdf/pdf-line";
import { radarPaperOfNote } from "../../src/core/radar/note-text";
import { removeBibtexBlock, upsertBibtexBlock } from "../../src/core/tools/bibtex-block";
import { trimEndWhere, trimStartWhere } from "../../src/core/text-ends";

const size = fc.integer({ min: 2_000, max: 40_000 });
const run = { numRuns: 5 };

describe("patterns stay linear on hostile text", () => {
	it("a citation key template with '{{' and spaces and no '}}' is reported as unmatched", () => {
		fc.assert(
			fc.property(size, fc.constantFrom(" ", "\t", "\n"), (n, space) => {
				expect(citeKeyTemplateProblem(`{{${space.repeat(n)}`)).toMatch(/unmatched braces/);
			}),
			run,
		);
		expect(citeKeyTemplateProblem("{{ year }}{{ firstAuthorLastName | lower }}")).toBeUndefined();
	});

	it("links are found after a run of '[' with no ']'", () => {
		fc.assert(
			fc.property(size, (n) => {
				expect(linksIn(`${"[".repeat(n)}[[a]] and [b](c)`)).toEqual(["[[a]]", "[b](c)"]);
			}),
			run,
		);
	});

	it("the radar reads an abstract full of '[[' as text", () => {
		fc.assert(
			fc.property(size, (n) => {
				const text = `---\narxiv_id: "2401.00001"\n---\n%% arxiv-atlas: begin managed section %%\n## Abstract\n${"[[".repeat(n)} graphs\n%% arxiv-atlas: end managed section %%\n`;
				expect(radarPaperOfNote({ arxiv_id: "2401.00001" }, text)?.abstract).toContain("graphs");
			}),
			run,
		);
	});

	it("HTML with unclosed tags or scripts becomes text", () => {
		fc.assert(
			fc.property(size, fc.constantFrom("<p x", "<script "), (n, open) => {
				// An unclosed tag is not a tag: the text around it stays.
				const text = htmlToText(`</b>Graphs ${open.repeat(n)} end`);
				expect(text.startsWith("Graphs ")).toBe(true);
				expect(text.endsWith(" end")).toBe(true);
			}),
			run,
		);
	});

	it("the extractor's cleaning: math, references and tags that join words into a long run", () => {
		fc.assert(
			fc.property(size, fc.constantFrom("\\( ", "\\[ ", "$$ ", "\\cite{ ", "a-<i >"), (n, unit) => {
				const cleaned = cleanText(`</i>Graph networks. ${unit.repeat(n)} Graph networks.`);
				expect(cleaned.startsWith("Graph networks.")).toBe(true);
				expect(cleaned).not.toMatch(/\S{200}/);
			}),
			run,
		);
	});

	it("a BibTeX block and a PDF line go after a note's blank lines, not between them", () => {
		fc.assert(
			fc.property(size, (n) => {
				const note = `# Note\n${"\n".repeat(n)}x${"\n".repeat(n)}`;
				const withBlock = upsertBibtexBlock(note, "@misc{a}");
				expect(withBlock.startsWith(`# Note\n${"\n".repeat(n)}x\n\n\`\`\`bibtex`)).toBe(true);
				expect(removeBibtexBlock(withBlock)).toBe(`# Note\n${"\n".repeat(n)}x\n`);
				expect(upsertPdfLine(note, "[[a.pdf]]").endsWith("x\n\n**PDF file**: [[a.pdf]]\n")).toBe(true);
			}),
			run,
		);
	});

	it("file names, pasted identifiers, property keys and LaTeX titles with long runs of marks", () => {
		fc.assert(
			fc.property(size, (n) => {
				expect(safeFileName(`x${". ".repeat(n)}x`).startsWith("x")).toBe(true);
				expect(parseIdentifiers(`2401.00001${"*.".repeat(n)}x 2401.00002`, new Date("2026-12-01")).ids.map((i) => i.id)).toContain("2401.00002");
				const note = `---\nk${" ".repeat(n)}x\ntitle: "T"\n---\n`;
				expect(propertyText(note, "title")).toEqual(['title: "T"']);
				expect(setProperties(note, [["title", "U"]])).toContain('title: "U"');
				expect(latexTitle(`LLaVA a${".".repeat(n)}a`)).toContain("{LLaVA}");
			}),
			run,
		);
	});

	it("trimEndWhere and trimStartWhere take off exactly what the patterns did", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("a", ".", " ", "\n", "*", "~", "!") }), (text) => {
				const dot = (c: string): boolean => c === "." || /\s/.test(c);
				expect(trimEndWhere(trimStartWhere(text, dot), dot)).toBe(text.replace(/^[.\s]+/, "").replace(/[.\s]+$/, ""));
				expect(trimEndWhere(text, (c) => "*~.!".includes(c))).toBe(text.replace(/[*~.!]+$/, ""));
			}),
		);
	});
});
