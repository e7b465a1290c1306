import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Enrichment, Keyword, Paper } from "../../../src/core/model";
import { labelsFor } from "../../../src/core/notes/labels";
import { renderPaperBody, renderPaperNote, type PaperNoteInput } from "../../../src/core/notes/paper-note";
import type { LinkPort } from "../../../src/core/ports";
import { wikiLinks } from "../../../src/cli/links";
import { recordedPapers } from "../../support/fakes";
import { exampleEnrichment, exampleNoteInput as golden, examplePaper } from "./example-paper";

// The built-in paper note, byte for byte, beyond the Korean golden note (golden-ko.test.ts): the
// English note, and the sections that show or hide with what a paper and an enrichment have.
// Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and read the diff.

const EN_GOLDEN = new URL("../../expected/en-2502.15871.md", import.meta.url);
const CASES_GOLDEN = new URL("../../expected/built-in-layout-cases.md", import.meta.url);

const en: PaperNoteInput = { ...golden, labels: labelsFor("en") };

/** The first sentence: the cases below vary the sections, not the length of the text. */
const firstSentence = (text = ""): string => text.slice(0, text.indexOf(". ") + 1) || text;

const shortPaper: Paper = { ...examplePaper, abstract: firstSentence(examplePaper.abstract) };
const shortEnrichment: Enrichment = {
	...exampleEnrichment,
	abstractTranslated: firstSentence(exampleEnrichment.abstractTranslated),
	summary: firstSentence(exampleEnrichment.summary),
	keyPoints: exampleEnrichment.keyPoints?.slice(0, 2).map((p) => firstSentence(p)),
};
const ko: PaperNoteInput = { ...golden, paper: shortPaper, enrichment: shortEnrichment };
const enShort: PaperNoteInput = { ...ko, labels: labelsFor("en") };

/** Links as Obsidian writes them with "Use [[Wikilinks]]" off. */
const markdownLinks: LinkPort = {
	markdownLink: (target, _source, display) => `[${display}](${encodeURI(target)})`,
	linktext: (target) => target.replace(/\.md$/, ""),
};

/** Keyword names with characters a link or the keyword list must keep. */
const trickyKeywords: Keyword[] = [
	{ name: "C++ | Rust", category: "evolved", aliases: [] },
	{ name: "[Bracketed] *stars*", category: "unique", aliases: [] },
	{ name: "Large Language Models", category: "broad", aliases: [] },
];

const withoutEnrichment = (input: PaperNoteInput): PaperNoteInput => {
	const { enrichment: _dropped, ...rest } = input;
	return rest;
};

const withoutDaily = (input: PaperNoteInput): PaperNoteInput => {
	const { daily: _dropped, ...rest } = input;
	return rest;
};

/** The input the importer builds for a recorded paper: its categories, a daily note, fixed keywords. */
function recordedInput(paper: Paper): PaperNoteInput {
	return {
		paper,
		notePath: `papers/${paper.id.replace("/", " ")}.md`,
		keywords: trickyKeywords.map((keyword) => ({ keyword, path: `keywords/${keyword.category}/${keyword.name.replace(/[|[\]*]/g, "")}.md` })),
		categoryPaths: [paper.primaryCategory, ...paper.categories.filter((c) => c !== paper.primaryCategory)].map((code) => ({
			code,
			path: `categories/${code}.md`,
		})),
		daily: { path: "daily/2025-10-17.md", display: "2025-10-17" },
		labels: labelsFor("en"),
		links: wikiLinks,
		generatedAt: "2025-10-17 09:00:00",
	};
}

const RECORDED: Paper[] = [
	...recordedPapers("idlist-1601.00001-doi-journalref.xml"),
	...recordedPapers("search-all-electron-old-style-id-hep-ex-0307015.xml"),
	...recordedPapers("search-all-science-10-entries.xml"),
	...recordedPapers("search-cat-cs.RO-AND-neural-2-entries.xml"),
];

const paperWith = (change: Partial<Paper>): Paper => {
	const paper = { ...shortPaper, ...change };
	if ("announced" in change && change.announced === undefined) delete paper.announced;
	return paper;
};

const enrichments: Array<[string, Enrichment]> = [
	["an empty enrichment", {}],
	["a summary only", { summary: "A short summary with *stars* and [brackets]." }],
	["key points only", { keyPoints: ["First point", "Second: with `code`"] }],
	["no key points", { ...shortEnrichment, keyPoints: [] }],
	["a translated title only", { titleTranslated: "번역된 제목" }],
];

const paperChanges: Array<[string, Partial<Paper>]> = [
	["DOI, journal and comment", { doi: "10.1142/9789812701893_0020", journalRef: "Science & Education 23(9)", comment: "31 pages, 5% of $x$" }],
	["no announced date", { announced: undefined }],
	["version 1, not updated", { version: 1, updated: "2025-02-21T20:00:00Z", announced: undefined }],
	["a later version on the same day", { version: 2, updated: "2025-02-21T20:00:00Z" }],
	["an update without a new version", { version: 1, updated: "2025-03-01T10:00:00Z" }],
	["no dates yet (from a listing)", { published: undefined, updated: undefined }],
	["a title and abstract with Markdown characters", { title: "[LLaVA] *meets* <GPT-4o> #1 | x_y", abstract: "A 50% gain: see https://example.org and ==marks== %%c%%." }],
];

const CASES: Array<[string, PaperNoteInput]> = [
	["the example, ko", ko],
	["the example, en", enShort],
	["no enrichment, ko", withoutEnrichment(ko)],
	["no enrichment, en", withoutEnrichment(enShort)],
	...enrichments.flatMap(([what, enrichment]): Array<[string, PaperNoteInput]> => [
		[`${what}, ko`, { ...ko, enrichment }],
		[`${what}, en`, { ...enShort, enrichment }],
	]),
	...paperChanges.map(([what, change]): [string, PaperNoteInput] => [`${what}, en`, { ...withoutEnrichment(enShort), paper: paperWith(change) }]),
	["no keywords and no daily note, en", withoutDaily({ ...withoutEnrichment(enShort), keywords: [] })],
	["Markdown links instead of wikilinks, ko", { ...ko, links: markdownLinks }],
	["author notes on, en", { ...enShort, authors: examplePaper.authors.map((name) => ({ name, path: `authors/${name}.md` })) }],
	...RECORDED.map((paper): [string, PaperNoteInput] => [`recorded paper ${paper.id}, en`, recordedInput(paper)]),
];

const rendered = CASES.map(([what, input]) => `<!-- ${what} -->\n${renderPaperBody(input)}\n`).join("\n");

describe("the built-in paper note", () => {
	it("in English matches tests/expected/en-2502.15871.md", () => {
		const note = renderPaperNote(en, "2025-09-18T16:31:17");
		if (process.env["UPDATE_GOLDEN"]) writeFileSync(EN_GOLDEN, note);
		expect(note).toBe(readFileSync(EN_GOLDEN, "utf8"));
	});

	it("matches tests/expected/built-in-layout-cases.md for every case", () => {
		if (process.env["UPDATE_GOLDEN"]) writeFileSync(CASES_GOLDEN, rendered);
		expect(rendered).toBe(readFileSync(CASES_GOLDEN, "utf8"));
	});

	it.each(CASES)("leaves no double blank line and no template tag behind: %s", (_what, input) => {
		const body = renderPaperBody(input);
		expect(body).not.toMatch(/\n\n\n/);
		expect(body).not.toMatch(/\{\{|\}\}/);
		expect(body).toBe(body.trim());
	});

	it("shows a model's sections only when the model gave them", () => {
		const bare = renderPaperBody(withoutEnrichment(en));
		for (const heading of ["## 🔍 Abstract (translated)", "## 📝 Summary", "## 🎯 Key points", "**Translated title:**"]) {
			expect(bare).not.toContain(heading);
		}
		expect(renderPaperBody({ ...en, enrichment: { summary: "Short." } })).toContain("## 📝 Summary\n\nShort.\n\n");
		expect(renderPaperBody({ ...en, enrichment: { keyPoints: ["One", "Two"] } })).toContain("## 🎯 Key points\n\n1. One\n2. Two\n\n");
	});

	it("shows DOI, journal and comment lines only when the paper has them (the example layout, and the English callout)", () => {
		expect(renderPaperBody(ko)).not.toMatch(/\*\*(DOI|Journal|Comment)\*\*/);
		const full = renderPaperBody({ ...ko, paper: paperWith({ doi: "10.1/x y", journalRef: "J. *Test* 1", comment: "9 pages" }) });
		expect(full).toContain("**DOI**: [10.1/x y](https://doi.org/10.1/x%20y)\n**Journal**: J. \\*Test\\* 1\n**Comment**: 9 pages\n**PDF**: ");
		expect(renderPaperBody(en)).not.toMatch(/\*\*(DOI|Journal|Comment):\*\*/);
		const english = renderPaperBody({ ...en, paper: paperWith({ doi: "10.1/x y", journalRef: "J. *Test* 1", comment: "9 pages" }) });
		expect(english).toContain("> **Journal:** J. \\*Test\\* 1\n> **DOI:** [10.1/x y](https://doi.org/10.1/x%20y)\n> **Comment:** 9 pages\n> **Links:** ");
	});

	it("in English: the title once, the metadata in one callout with each keyword once, then the abstract", () => {
		const body = renderPaperBody(en);
		expect(body.match(/A Comprehensive Survey on the Trustworthiness of Large Language Models in Healthcare/g)).toHaveLength(1);
		expect(body.match(/Large Language Models\]\]/g)).toHaveLength(1);
		const callout = body.slice(body.indexOf("> [!info]"), body.indexOf("## 📄 Abstract"));
		for (const part of ["arXiv:2502.15871", "**Authors:**", "**Published:** 2025-02-21", "[PDF](https://arxiv.org/pdf/2502.15871)", "**🔬 Broad technical:**"]) expect(callout).toContain(part);
		// Every line of the callout is inside it: a category with no keyword leaves no empty line.
		expect(callout.trimEnd().split("\n").every((line) => line.startsWith("> "))).toBe(true);
		expect(callout).not.toContain("Unique technical");
	});

	it("links the author notes when author notes are on", () => {
		const body = renderPaperBody({ ...en, authors: [{ name: "Ada Lovelace", path: "authors/Ada Lovelace.md" }] });
		expect(body).toContain("**Authors:** [[authors/Ada Lovelace|Ada Lovelace]]\n");
	});
});
