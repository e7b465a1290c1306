import { describe, expect, it } from "vitest";
import { labelsFor } from "../../../src/core/notes/labels";
import type { PaperNoteInput } from "../../../src/core/notes/paper-note";
import { builtInTemplate, defaultTemplate } from "../../../src/core/template/default-template";
import { parseTemplate } from "../../../src/core/template/parse";
import { paperView, TEMPLATE_VARIABLES } from "../../../src/core/template/paper-view";
import type { TemplateValue, TemplateView } from "../../../src/core/template/types";
import { exampleNoteInput } from "../notes/example-paper";

// The input of tests/core/notes/golden-ko.test.ts (the note in tests/expected/ko-2502.15871.md).
const golden: PaperNoteInput = exampleNoteInput;

describe("the default template", () => {
	it("is written in the note language, so the user edits the headings they see", () => {
		expect(defaultTemplate("ko")).toContain("## 📄 Abstract (원문)");
		expect(defaultTemplate("en")).toContain("## 📄 Abstract\n");
		expect(defaultTemplate("en")).not.toMatch(/[가-힣]/);
	});

	it.each(["en", "ko"] as const)("is what \"Create template note\" writes and what the built-in note is made from (%s)", (language) => {
		expect(parseTemplate(defaultTemplate(language))).toEqual(builtInTemplate(labelsFor(language)));
	});

	it("is parsed once per note language", () => {
		expect(builtInTemplate(labelsFor("ko"))).toBe(builtInTemplate(labelsFor("ko")));
		expect(builtInTemplate(labelsFor("en"))).not.toBe(builtInTemplate(labelsFor("ko")));
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
