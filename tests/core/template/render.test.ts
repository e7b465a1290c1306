import { describe, expect, it } from "vitest";
import { parseTemplate } from "../../../src/core/template/parse";
import { renderTemplate } from "../../../src/core/template/render";
import type { TemplateVariable, TemplateView } from "../../../src/core/template/types";

const VARIABLES: TemplateVariable[] = [
	{ name: "title", kind: "text", description: "" },
	{ name: "doi", kind: "text", description: "" },
	{ name: "version", kind: "text", description: "" },
	{ name: "revised", kind: "flag", description: "" },
	{ name: "authors", kind: "list", description: "" },
	{ name: "points", kind: "list", description: "" },
	{ name: "keywords.broad", kind: "list", description: "" },
	{ name: "keywords.unique", kind: "list", description: "" },
];

const VIEW: TemplateView = {
	title: "Attention Is All You Need",
	doi: "",
	version: 7,
	revised: true,
	authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
	points: [],
	keywords: { broad: ["Transformers", "Attention"], unique: [] },
};

const render = (template: string, view: TemplateView = VIEW): string => renderTemplate(parseTemplate(template, VARIABLES), view);

describe("renderTemplate", () => {
	it("fills variables and dotted names", () => {
		expect(render("# {{title}} (v{{version}})\n{{keywords.broad}}")).toBe("# Attention Is All You Need (v7)\nTransformers, Attention");
	});

	it("writes values as they are: no HTML escaping, whitespace inside tags allowed, {{{x}}} and {{&x}} the same", () => {
		const view = { ...VIEW, title: "A <b>bold</b> & \"quoted\" \\*title\\*" };
		expect(render("{{ title }}|{{{title}}}|{{& title}}", view)).toBe(
			'A <b>bold</b> & "quoted" \\*title\\*|A <b>bold</b> & "quoted" \\*title\\*|A <b>bold</b> & "quoted" \\*title\\*',
		);
	});

	it("joins a list with commas, or repeats a section per item with {{.}}, {{@number}}, {{@first}}, {{@last}}", () => {
		expect(render("{{authors}}")).toBe("Ashish Vaswani, Noam Shazeer, Niki Parmar");
		expect(render("{{#authors}}- {{.}}\n{{/authors}}")).toBe("- Ashish Vaswani\n- Noam Shazeer\n- Niki Parmar\n");
		expect(render("{{#authors}}{{@number}}. {{.}}{{^@last}}; {{/@last}}{{/authors}}")).toBe("1. Ashish Vaswani; 2. Noam Shazeer; 3. Niki Parmar");
		expect(render("{{#authors}}{{^@first}} · {{/@first}}{{.}}{{/authors}}")).toBe("Ashish Vaswani · Noam Shazeer · Niki Parmar");
		expect(render("{{authors.length}} authors")).toBe("3 authors");
	});

	it("shows a section for a value that is there, once, and an inverted section for one that is not", () => {
		expect(render("{{#title}}Title: {{.}}{{/title}}")).toBe("Title: Attention Is All You Need");
		expect(render("{{#doi}}DOI: {{doi}}{{/doi}}{{^doi}}no DOI{{/doi}}")).toBe("no DOI");
		expect(render("{{#revised}}updated{{/revised}}{{^revised}}first version{{/revised}}")).toBe("updated");
		expect(render("{{keywords.unique}}{{^keywords.unique}}—{{/keywords.unique}}")).toBe("—");
		expect(render("{{#points.length}}## Key points{{/points.length}}{{^points}}none{{/points}}")).toBe("none");
	});

	it("nests sections: a flag inside a list keeps the list's item", () => {
		const template = "{{#revised}}{{#authors}}{{#@first}}[{{.}}]{{/@first}}{{^@first}} {{.}}{{/@first}}{{/authors}}{{/revised}}";
		expect(render(template)).toBe("[Ashish Vaswani] Noam Shazeer Niki Parmar");
		expect(render(template, { ...VIEW, revised: false })).toBe("");
	});

	it("removes a section tag standing alone on its line, with the line, so no blank line is left", () => {
		const template = "**Published**: 2017\n{{#revised}}\n**Updated**: v{{version}}\n{{/revised}}\n  {{#doi}}  \n**DOI**: {{doi}}\n{{/doi}}\n**PDF**";
		expect(render(template)).toBe("**Published**: 2017\n**Updated**: v7\n**PDF**");
		expect(render(template, { ...VIEW, revised: false, doi: "10.1/x" })).toBe("**Published**: 2017\n**DOI**: 10.1/x\n**PDF**");
	});

	it("keeps a section tag that shares its line with text", () => {
		expect(render("Links: {{#authors}}{{.}} {{/authors}}\nend")).toBe("Links: Ashish Vaswani Noam Shazeer Niki Parmar \nend");
	});

	it("handles Windows line ends in standalone lines", () => {
		expect(render("a\r\n{{#revised}}\r\nb\r\n{{/revised}}\r\nc")).toBe("a\r\nb\r\nc");
	});

	it("drops comments, also over several lines, and their line when they stand alone", () => {
		expect(render("{{! written by me }}\n# {{title}}{{! inline }}\n{{!\n  a note\n  over lines\n}}\nend")).toBe("# Attention Is All You Need\nend");
	});

	it("renders the same parsed template again with another view", () => {
		const template = parseTemplate("{{title}}", VARIABLES);
		expect(renderTemplate(template, VIEW)).toBe("Attention Is All You Need");
		expect(renderTemplate(template, { ...VIEW, title: "BERT" })).toBe("BERT");
	});

	it("never reads JavaScript properties of a value (no prototype names)", () => {
		const vars: TemplateVariable[] = [...VARIABLES, { name: "constructor", kind: "text", description: "" }];
		expect(renderTemplate(parseTemplate("[{{constructor}}]", vars), VIEW)).toBe("[]");
	});
});
