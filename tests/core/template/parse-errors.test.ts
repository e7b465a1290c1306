import { describe, expect, it } from "vitest";
import { parseTemplate } from "../../../src/core/template/parse";
import { TemplateError } from "../../../src/core/template/template-error";

/** The error a template gives (with the default paper variables), or undefined. */
function errorOf(template: string): TemplateError | undefined {
	try {
		parseTemplate(template);
		return undefined;
	} catch (error) {
		if (error instanceof TemplateError) return error;
		throw error;
	}
}

const lines = (...l: string[]): string => l.join("\n");

describe("template errors name the line and the fix", () => {
	it("an unknown variable, with the closest known name", () => {
		const error = errorOf(lines("# {{title}}", "", "## Abstract", "Title again: {{titel}}"));
		expect(error?.message).toBe("unknown variable {{titel}} on line 4: did you mean {{title}}?");
		expect(error?.line).toBe(4);
		expect(error?.column).toBe(14);
	});

	it.each([
		["{{abstarct}}", "did you mean {{abstract}}?"],
		["{{author}}", "did you mean {{authors}}?"],
		["{{arxivId}}", "did you mean {{arxiv_id}}?"],
		["{{titleTranslated}}", "did you mean {{title_translated}}?"],
		["{{keywords}}", "did you mean {{keywords.all}}?"],
		["{{#keyword.broad}}x{{/keyword.broad}}", "did you mean {{#keywords.broad}}?"],
		["{{^sumary}}x{{/sumary}}", "did you mean {{^summary}}?"],
	])("%s: %s", (template, fix) => {
		expect(errorOf(template)?.message).toBe(`unknown variable ${template.replace(/\}\}.*$/, "}}")} on line 1: ${fix}`);
	});

	it("an unknown variable with nothing close: where to find the list", () => {
		expect(errorOf("{{banana}}")?.message).toBe("unknown variable {{banana}} on line 1: use one of the template variables listed in the settings, e.g. {{title}}");
	});

	it("a section never closed", () => {
		const template = lines("# {{title}}", "", "", "", "", "", "", "## Keywords", "{{#keywords.broad}}", "- {{.}}", "", "## Abstract", "{{abstract}}");
		const error = errorOf(template);
		expect(error?.message).toBe("section {{#keywords.broad}} opened on line 9 is never closed: add {{/keywords.broad}}");
		expect(error?.line).toBe(9);
	});

	it("an inverted section never closed", () => {
		expect(errorOf("{{^doi}}no DOI")?.message).toBe("section {{^doi}} opened on line 1 is never closed: add {{/doi}}");
	});

	it("sections closed in the wrong order", () => {
		expect(errorOf(lines("{{#doi}}", "{{#summary}}", "{{/doi}}", "{{/summary}}"))?.message).toBe(
			"{{/doi}} on line 3 does not match {{#summary}} opened on line 2: close that one first with {{/summary}}",
		);
	});

	it("a closing tag with no section open", () => {
		expect(errorOf(lines("{{abstract}}", "{{/summary}}"))?.message).toBe(
			"{{/summary}} on line 2 closes a section that is not open: remove it, or open the section before it with {{#summary}}",
		);
	});

	it("a tag without its closing braces", () => {
		expect(errorOf(lines("# Paper", "**Title**: {{title", "more text"))?.message).toBe("tag {{title on line 2 is never closed: add }}");
		expect(errorOf("{{title}} and {{abstract")?.message).toBe("tag {{abstract on line 1 is never closed: add }}");
		expect(errorOf("{{{title}}")?.message).toBe("tag {{{title}} on line 1 is never closed: add }}}");
	});

	it("every mistake at once, each on its own line, the first one's line as the error's", () => {
		const error = errorOf(lines("# {{titel}}", "{{#summary}}", "{{sumary}}", "{{revised}}", "{{/sumary}}"));
		expect(error?.message.split("\n")).toEqual([
			"unknown variable {{titel}} on line 1: did you mean {{title}}?",
			"unknown variable {{sumary}} on line 3: did you mean {{summary}}?",
			"{{revised}} on line 4 is a yes/no value, not text: use it as a section, {{#revised}}…{{/revised}}",
			"{{/sumary}} on line 5 does not match {{#summary}} opened on line 2: close that one first with {{/summary}}",
			"section {{#summary}} opened on line 2 is never closed: add {{/summary}}",
		]);
		expect(error?.line).toBe(1);
	});

	it("an empty tag", () => {
		expect(errorOf("a\n{{ }}")?.message).toBe("empty tag {{ }} on line 2: put a variable name inside, e.g. {{title}}");
		expect(errorOf("{{#doi}}x{{/}}")?.message).toBe("empty tag {{/}} on line 1: write the name of the section it closes");
	});

	it("a yes/no value printed as text", () => {
		expect(errorOf("Updated: {{revised}}")?.message).toBe("{{revised}} on line 1 is a yes/no value, not text: use it as a section, {{#revised}}…{{/revised}}");
	});

	it("{{.}} and {{@number}} outside a list", () => {
		expect(errorOf("{{.}}")?.message).toBe(
			"{{.}} on line 1 stands for the current item and only works inside a section such as {{#authors}}{{.}}{{/authors}}",
		);
		expect(errorOf("{{#revised}}{{.}}{{/revised}}")?.message).toMatch(/^\{\{\.\}\} on line 1 stands for the current item/);
		expect(errorOf("{{#doi}}{{@number}}{{/doi}}")?.message).toBe(
			"{{@number}} on line 1 only works inside a list section such as {{#authors}}{{@number}}. {{.}}{{/authors}}",
		);
	});

	it("partials and delimiter changes, which this engine does not have", () => {
		expect(errorOf("{{> header}}")?.message).toBe("partials such as {{> header}} (line 1) are not supported: paste the text in instead");
		expect(errorOf("{{=<% %>=}}")?.message).toBe("changing delimiters with {{=<% %>=}} (line 1) is not supported: keep {{ and }}");
	});

	it("accepts every documented form", () => {
		const ok = lines(
			"{{! a comment }}",
			"# {{title}} {{{title}}} {{&title}}",
			"{{#authors}}{{@number}}. {{.}}{{#@first}}*{{/@first}}{{^@last}}, {{/@last}}{{/authors}}",
			"{{#key_points.length}}{{key_points.length}} points{{/key_points.length}}",
			"{{#doi}}[{{.}}]({{doi_url}}){{/doi}}{{^doi}}—{{/doi}}",
			"{{#revised}}v{{version}}{{/revised}}",
		);
		expect(errorOf(ok)).toBeUndefined();
	});
});
