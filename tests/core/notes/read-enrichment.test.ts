import { describe, expect, it } from "vitest";
import { labelsFor } from "../../../src/core/notes/labels";
import { renderPaperBody, type PaperNoteInput } from "../../../src/core/notes/paper-note";
import { readEnrichment } from "../../../src/core/notes/read-enrichment";
import { wikiLinks } from "../../../src/cli/links";
import { exampleEnrichment, examplePaper } from "./example-paper";

const input = (lang: "en" | "ko", enrichment = exampleEnrichment): PaperNoteInput => ({
	paper: examplePaper,
	notePath: "papers/x.md",
	keywords: [],
	categoryPaths: [],
	enrichment,
	labels: labelsFor(lang),
	links: wikiLinks,
	generatedAt: "2025-09-18 16:31:17",
});

describe("readEnrichment", () => {
	it.each(["en", "ko"] as const)("reads back exactly what was rendered (%s)", (lang) => {
		expect(readEnrichment(renderPaperBody(input(lang)))).toEqual(exampleEnrichment);
	});

	it("survives text full of Markdown specials", () => {
		const tricky = { summary: "Uses $x^2$ and *stars*, [brackets], #hash and a\\backslash.", keyPoints: ["1. starts like a list", "- dash", "`code`"] };
		expect(readEnrichment(renderPaperBody(input("en", tricky)))).toEqual(tricky);
	});

	it("finds nothing in a note without enrichment", () => {
		expect(readEnrichment(renderPaperBody(input("en", {})))).toBeUndefined();
	});
});
