import { describe, expect, it } from "vitest";
import { labelsFor } from "../../../src/core/notes/labels";
import { renderPaperNote, type PaperNoteInput } from "../../../src/core/notes/paper-note";
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

const note = (lang: "en" | "ko", enrichment = exampleEnrichment): string => renderPaperNote(input(lang, enrichment), "2025-09-18T16:31:17");

/** Notes of the user with the headings and the title line of the model's sections, in both languages. */
const userNotes = [
	"**Translated title:** My own title",
	"**Korean Title:** 내 제목",
	"## 🔍 Abstract (translated)",
	"",
	"My reading of the abstract.",
	"",
	"## 📝 Summary",
	"",
	"What I think the paper says.",
	"",
	"## 📝 요약",
	"",
	"내 요약.",
	"",
	"## 🎯 Key points",
	"",
	"1. My point",
	"",
	"## 🎯 주요 포인트",
	"",
	"1. 내 포인트",
	"",
].join("\n");

/** The user's notes above the managed block (after the properties) and below it. */
function aroundBlock(noteText: string): string {
	const [, frontmatter = "", body = ""] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(noteText) ?? [];
	return `${frontmatter}${userNotes}\n${body}\n${userNotes}`;
}

describe("readEnrichment", () => {
	it.each(["en", "ko"] as const)("reads back exactly what was rendered (%s)", (lang) => {
		expect(readEnrichment(note(lang))).toEqual(exampleEnrichment);
	});

	it("survives text full of Markdown specials", () => {
		const tricky = { summary: "Uses $x^2$ and *stars*, [brackets], #hash and a\\backslash.", keyPoints: ["1. starts like a list", "- dash", "`code`"] };
		expect(readEnrichment(note("en", tricky))).toEqual(tricky);
	});

	it("finds nothing in a note without enrichment", () => {
		expect(readEnrichment(note("en", {}))).toBeUndefined();
	});

	it.each(["en", "ko"] as const)("never takes the user's sections outside the managed block as model output (%s)", (lang) => {
		expect(readEnrichment(aroundBlock(note(lang, {})))).toBeUndefined();
	});

	it.each(["en", "ko"] as const)("reads the model's sections inside the block, not the user's of the same name around it (%s)", (lang) => {
		const text = aroundBlock(note(lang));
		expect(text.split(labelsFor(lang).summary)).toHaveLength(4);
		expect(readEnrichment(text)).toEqual(exampleEnrichment);
	});

	it("reads nothing from a note whose markers were removed", () => {
		const withoutMarkers = note("en").replace(/^%% arxiv-atlas:.*%%$/gm, "");
		expect(readEnrichment(withoutMarkers)).toBeUndefined();
		expect(readEnrichment(`${userNotes}\n${withoutMarkers}`)).toBeUndefined();
	});
});
