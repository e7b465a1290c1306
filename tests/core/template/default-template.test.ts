import { describe, expect, it } from "vitest";
import { extractKeywords } from "../../../src/core/keywords/extract";
import type { Enrichment, Paper } from "../../../src/core/model";
import { labelsFor } from "../../../src/core/notes/labels";
import { renderPaperBody, type PaperNoteInput } from "../../../src/core/notes/paper-note";
import type { LinkPort } from "../../../src/core/ports";
import type { NoteLanguage } from "../../../src/core/settings";
import { defaultTemplate } from "../../../src/core/template/default-template";
import { parseTemplate } from "../../../src/core/template/parse";
import { paperView, TEMPLATE_VARIABLES } from "../../../src/core/template/paper-view";
import { renderTemplate } from "../../../src/core/template/render";
import type { TemplateValue, TemplateView } from "../../../src/core/template/types";
import { wikiLinks } from "../../../src/cli/links";
import { recordedPapers } from "../../support/fakes";
import { exampleEnrichment, exampleNoteInput, examplePaper } from "../notes/example-paper";

// The input of tests/core/notes/golden-ko.test.ts (the note in tests/expected/ko-2502.15871.md).
const golden: PaperNoteInput = exampleNoteInput;

/** Links as Obsidian writes them with "Use [[Wikilinks]]" off. */
const markdownLinks: LinkPort = {
	markdownLink: (target, _source, display) => `[${display}](${encodeURI(target)})`,
	linktext: (target) => target.replace(/\.md$/, ""),
};

const LANGUAGES: NoteLanguage[] = ["en", "ko"];

function viaTemplate(input: PaperNoteInput, language: NoteLanguage): string {
	return renderTemplate(parseTemplate(defaultTemplate(language)), paperView(input));
}

function expectSameNote(input: PaperNoteInput, language: NoteLanguage): void {
	const withLabels = { ...input, labels: labelsFor(language) };
	expect(viaTemplate(withLabels, language)).toBe(renderPaperBody(withLabels));
}

/** The input the importer builds for a recorded paper: extracted keywords, its categories, a daily note. */
function recordedInput(paper: Paper, daily: boolean): PaperNoteInput {
	const found = extractKeywords(paper, { max: 8 });
	return {
		paper,
		notePath: `papers/${paper.id.replace("/", " ")}.md`,
		keywords: found.map((keyword) => ({ keyword, path: `keywords/${keyword.category}/${keyword.name}.md` })),
		categoryPaths: [paper.primaryCategory, ...paper.categories.filter((c) => c !== paper.primaryCategory)].map((code) => ({
			code,
			path: `categories/${code}.md`,
		})),
		...(daily ? { daily: { path: "daily/2025-10-17.md", display: "2025-10-17" } } : {}),
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

describe("the default template reproduces the built-in paper note", () => {
	it.each(LANGUAGES)("for the golden Korean input, in note language %s", (language) => {
		expectSameNote(golden, language);
	});

	it("gives the body of tests/expected/ko-2502.15871.md", () => {
		expect(viaTemplate(golden, "ko")).toContain("**Korean Title:** 건강 분야에서 대형 언어 모델의 신뢰성에 대한 포괄적인 조사\n\n## 📋 메타데이터");
		expect(viaTemplate(golden, "ko")).toContain("## 🎯 주요 포인트\n\n1. 대형 언어 모델(LLMs)의 응용은");
	});

	const enrichments: Array<[string, Enrichment | undefined]> = [
		["no enrichment", undefined],
		["an empty enrichment", {}],
		["a summary only", { summary: "A short summary with *stars* and [brackets]." }],
		["key points only", { keyPoints: ["First point", "Second: with `code`"] }],
		["no key points", { ...exampleEnrichment, keyPoints: [] }],
		["a translated title only", { titleTranslated: "번역된 제목" }],
	];
	for (const [what, enrichment] of enrichments) {
		it.each(LANGUAGES)(`with ${what}, in %s`, (language) => {
			const { enrichment: _dropped, ...rest } = golden;
			expectSameNote(enrichment === undefined ? rest : { ...rest, enrichment }, language);
		});
	}

	const papers: Array<[string, Partial<Paper>]> = [
		["DOI, journal and comment", { doi: "10.1142/9789812701893_0020", journalRef: "Science & Education 23(9)", comment: "31 pages, 5% of $x$" }],
		["no announced date", { announced: undefined }],
		["version 1, not updated", { version: 1, updated: "2025-02-21T20:00:00Z", announced: undefined }],
		["a later version on the same day", { version: 2, updated: "2025-02-21T20:00:00Z" }],
		["an update without a new version", { version: 1, updated: "2025-03-01T10:00:00Z" }],
		["a title and abstract with Markdown characters", { title: "[LLaVA] *meets* <GPT-4o> #1 | x_y", abstract: "A 50% gain: see https://example.org and ==marks== %%c%%." }],
	];
	for (const [what, change] of papers) {
		it.each(LANGUAGES)(`with ${what}, in %s`, (language) => {
			const paper = { ...examplePaper, ...change };
			if (change.announced === undefined && "announced" in change) delete paper.announced;
			expectSameNote({ ...golden, paper }, language);
		});
	}

	it.each(LANGUAGES)("without keywords and without a daily note, in %s", (language) => {
		const { daily: _daily, ...rest } = golden;
		expectSameNote({ ...rest, keywords: [] }, language);
	});

	it("with Markdown links instead of wikilinks", () => {
		expectSameNote({ ...golden, links: markdownLinks }, "ko");
	});

	it.each(RECORDED.map((p) => [p.id, p] as const))("for the recorded paper %s, with and without a daily note, in both languages", (_id, paper) => {
		for (const language of LANGUAGES) {
			expectSameNote(recordedInput(paper, true), language);
			expectSameNote({ ...recordedInput(paper, false), enrichment: { summary: "Summary.", keyPoints: ["One", "Two"] } }, language);
		}
	});

	it("is written in the note language, so the user edits the headings they see", () => {
		expect(defaultTemplate("ko")).toContain("## 📄 Abstract (원문)");
		expect(defaultTemplate("en")).toContain("## 📄 Abstract\n");
		expect(defaultTemplate("en")).not.toMatch(/[가-힣]/);
	});
});

/** Every name a view offers, as a template writes it (`keywords.broad`), with its kind. */
function names(view: TemplateView, prefix = ""): Array<[string, string]> {
	return Object.entries(view).flatMap(([key, value]: [string, TemplateValue]): Array<[string, string]> => {
		if (value !== undefined && typeof value === "object" && !Array.isArray(value)) return names(value as TemplateView, `${prefix}${key}.`);
		const kind = Array.isArray(value) ? "list" : typeof value === "boolean" ? "flag" : "text";
		return [[`${prefix}${key}`, kind]];
	});
}

describe("TEMPLATE_VARIABLES", () => {
	it("documents every variable of the paper view, with its kind, and nothing else", () => {
		const documented = TEMPLATE_VARIABLES.map((v) => [v.name, v.kind]).sort();
		expect(names(paperView(golden)).sort()).toEqual(documented);
	});

	it("has a one-line description for each", () => {
		for (const v of TEMPLATE_VARIABLES) {
			expect(v.description, v.name).toMatch(/^\S.*\S$/);
			expect(v.description).not.toContain("\n");
		}
	});

	it("gives the values a user sees in the note", () => {
		const view = paperView(golden);
		expect(view["arxiv_id"]).toBe("2502.15871");
		expect(view["year"]).toBe("2025");
		expect(view["revised"]).toBe(true);
		expect(view["authors"]).toEqual(["Manar Aljohani", "Jun Hou", "Sindhu Kommu", "Xuan Wang"]);
		expect(view["keywords"]).toMatchObject({ broad: ["Large Language Models", "Healthcare"], unique: [] });
		expect(view["daily_link"]).toBe("[[daily/2025-09-18|2025-09-18]]");
		expect(view["category_links"]).toEqual(["[[categories/cs.AI|cs.AI]]", "[[categories/cs.CL|cs.CL]]"]);
	});
});
