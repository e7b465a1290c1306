import { readFileSync } from "node:fs";
import { setProperties } from "../../../src/core/notes/frontmatter-edit";
import { describe, expect, it } from "vitest";
import { Importer } from "../../../src/core/importer";
import { layoutSettingsFrom, DEFAULT_LAYOUT_SETTINGS } from "../../../src/core/layout/layout-settings";
import { parseNoteTemplate, templateNotePath, templateSource } from "../../../src/core/layout/note-template";
import { settingsFrom, type AtlasSettings } from "../../../src/core/settings";
import { defaultTemplate } from "../../../src/core/template/default-template";
import { TEMPLATE_VARIABLES } from "../../../src/core/template/paper-view";
import { TemplateError } from "../../../src/core/template/template-error";
import { MemoryVault } from "../../support/memory-vault";
import { deps, FakeArxiv, paper, settings } from "../../support/fakes";

const TEMPLATE_NOTE = "templates/Paper.md";
const CUSTOM = [
	"---",
	"tags: [template]",
	"---",
	"# {{title}} ({{year}})",
	"",
	"By {{#authors}}{{^@first}}; {{/@first}}{{.}}{{/authors}}, in {{primary_category}}.",
	"{{#doi}}",
	"DOI: {{doi}}",
	"{{/doi}}",
	"",
	"> {{abstract}}",
	"",
	"Keywords: {{keywords.links}}",
	"",
].join("\n");

const withTemplate = (change: Partial<AtlasSettings> = {}): AtlasSettings =>
	settings({ layout: { ...DEFAULT_LAYOUT_SETTINGS, templatePath: TEMPLATE_NOTE }, ...change });

const paperPath = (vault: MemoryVault): string => [...vault.files.keys()].find((p) => p.startsWith("papers/")) ?? "";

function managed(text: string): string {
	const start = text.indexOf("%% arxiv-atlas: begin");
	const end = text.indexOf("%% arxiv-atlas: end");
	return text.slice(text.indexOf("\n", start) + 1, end).trim();
}

describe("the template note", () => {
	it("is read without its frontmatter, keeping the note's line numbers", () => {
		expect(templateSource("---\na: 1\n---\n# {{title}}\n")).toBe("\n\n\n# {{title}}\n");
		expect(templateSource("# {{title}}")).toBe("# {{title}}");
		try {
			parseNoteTemplate("---\ntags: [t]\n---\n# {{title}}\n\n{{titel}}\n");
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(TemplateError);
			expect((error as TemplateError).line).toBe(6);
			expect((error as TemplateError).message).toBe("unknown variable {{titel}} on line 6: did you mean {{title}}?");
		}
	});

	it("cannot hold the managed section markers", () => {
		expect(() => parseNoteTemplate("# {{title}}\n%% arxiv-atlas: end managed section %%\n")).toThrow(/marker on line 2 cannot be in a template: remove that line/);
	});

	it("setting paths get .md and clean slashes; unknown saved values fall back to the defaults", () => {
		expect(templateNotePath(" templates\\Paper ")).toBe("templates/Paper.md");
		expect(templateNotePath("/Paper.md")).toBe("Paper.md");
		expect(templateNotePath("")).toBe("");
		expect(layoutSettingsFrom({ templatePath: 3, authorNotes: "yes", authorsFolder: " " })).toEqual(DEFAULT_LAYOUT_SETTINGS);
		expect(settingsFrom({ layout: { authorNotes: true, authorsFolder: "people" } }).layout).toEqual({ templatePath: "", authorNotes: true, authorsFolder: "people" });
		expect(settingsFrom(null).layout.authorNotes).toBe(false);
	});
});

describe("importing with a template note", () => {
	it("lays out the managed section with the template; the properties and keyword notes are as before", async () => {
		const vault = new MemoryVault({ [TEMPLATE_NOTE]: CUSTOM });
		const p = paper({ id: "2401.00010", doi: "10.1000/x_y" });
		const summary = await new Importer(deps(vault, new FakeArxiv([p]))).importText("2401.00010", withTemplate());
		expect(summary.failed).toEqual([]);
		const text = vault.files.get(paperPath(vault)) ?? "";
		const body = managed(text);
		expect(body.split("\n").slice(0, 5)).toEqual([
			"# A Study of Graph Neural Networks for Molecular Property Prediction (2024)",
			"",
			"By Ada Lovelace; Alan Turing, in cs.LG.",
			"DOI: 10.1000/x\\_y",
			"",
		]);
		expect(body).toMatch(/^> Graph neural networks \(GNNs\) learn/m);
		expect(body).toMatch(/^Keywords: \[\[keywords\/.+\|.+\]\], \[\[keywords\//m);
		expect(body).not.toContain("tags: [template]");
		expect(body).not.toContain("## 📄 Abstract");
		// Same properties and keyword notes as with the built-in layout. This layout links no category or
		// daily note, so those do not list the paper (a list note lists a paper only when the paper links it).
		const builtIn = new MemoryVault();
		await new Importer(deps(builtIn, new FakeArxiv([p]))).importText("2401.00010", settings());
		expect(text.slice(0, text.indexOf("%% arxiv-atlas"))).toBe((builtIn.files.get(paperPath(builtIn)) ?? "").slice(0, text.indexOf("%% arxiv-atlas")));
		expect([...vault.files.keys()].filter((k) => k !== TEMPLATE_NOTE).sort()).toEqual([...builtIn.files.keys()].filter((k) => !/^(categories|daily)\//.test(k)).sort());
	});

	it("the built-in layout written as a template gives the built-in note", async () => {
		const p = paper({ id: "2401.00010" });
		const viaTemplate = new MemoryVault({ [TEMPLATE_NOTE]: `---\ntags: [template]\n---\n${defaultTemplate("ko")}\n` });
		await new Importer(deps(viaTemplate, new FakeArxiv([p]))).importText("2401.00010", withTemplate({ noteLanguage: "ko" }));
		const builtIn = new MemoryVault();
		await new Importer(deps(builtIn, new FakeArxiv([p]))).importText("2401.00010", settings({ noteLanguage: "ko" }));
		expect(viaTemplate.files.get(paperPath(viaTemplate))).toBe(builtIn.files.get(paperPath(builtIn)));
	});

	it("re-importing keeps the user's text and properties and fills the template again", async () => {
		const vault = new MemoryVault({ [TEMPLATE_NOTE]: CUSTOM });
		const arxiv = new FakeArxiv([paper({ id: "2401.00010" })]);
		const importer = new Importer(deps(vault, arxiv));
		await importer.importText("2401.00010", withTemplate());
		const path = paperPath(vault);
		const before = "My note above the generated part.\n\n";
		const after = "\n\n## My notes\n\n- [ ] compare with [[Other paper]]\n";
		vault.files.set(path, (vault.files.get(path) ?? "").replace(/\n%% arxiv-atlas: begin/, `\n${before}%% arxiv-atlas: begin`).replace(/\n$/, after));
		await vault.process(path, (text) => setProperties(text, [["status", "reading"]]));

		arxiv.papers[0] = paper({ id: "2401.00010", version: 2, updated: "2024-05-06T10:00:00Z", doi: "10.1/new" });
		const summary = await importer.importText("2401.00010", withTemplate());
		const text = vault.files.get(path) ?? "";
		expect(summary.updated).toContain(path);
		expect(text).toContain(before);
		expect(text.endsWith(after)).toBe(true);
		expect(text).toMatch(/^status: "?reading"?$/m);
		expect(text).toMatch(/^version: 2$/m);
		expect(managed(text)).toContain("DOI: 10.1/new");
		expect(text.split("%% arxiv-atlas: begin")).toHaveLength(2);
	});

	it("a template mistake stops the import before anything is fetched or written, with the line and the fix", async () => {
		const vault = new MemoryVault({ [TEMPLATE_NOTE]: "---\ntags: [template]\n---\n# {{title}}\n\n{{#doi}}DOI: {{doi}}\n" });
		const arxiv = new FakeArxiv([paper({ id: "2401.00010" })]);
		const summary = await new Importer(deps(vault, arxiv)).importText("2401.00010", withTemplate());
		expect(summary.failed).toEqual([
			{
				input: "2401.00010",
				reason: 'The template note "templates/Paper.md" has a mistake: section {{#doi}} opened on line 6 is never closed: add {{/doi}}',
			},
		]);
		expect(arxiv.requests).toEqual([]);
		expect(vault.writes).toBe(0);
	});

	it("a template with several mistakes names how many, and each one", async () => {
		const vault = new MemoryVault({ [TEMPLATE_NOTE]: "# {{titel}}\n\n{{nope}}\n" });
		const summary = await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010" })]))).importText("2401.00010", withTemplate());
		const reason = summary.failed[0]?.reason ?? "";
		expect(reason).toMatch(/^The template note "templates\/Paper\.md" has 2 mistakes: /);
		expect(reason).toMatch(/\{\{titel\}\} on line 1/);
		expect(reason).toMatch(/\{\{nope\}\} on line 3/);
	});

	it("a missing template note stops the import too; \"built-in\" uses the built-in layout only when asked", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv([paper({ id: "2401.00010" })]);
		const importer = new Importer(deps(vault, arxiv));
		const summary = await importer.importText("2401.00010", withTemplate());
		expect(summary.failed[0]?.reason).toMatch(/"templates\/Paper\.md" does not exist: create it with "Create template note"/);
		expect(vault.writes).toBe(0);

		const chosen = await importer.importText("2401.00010", withTemplate(), { template: "built-in" });
		expect(chosen.failed).toEqual([]);
		expect(vault.files.get(paperPath(vault))).toContain("## 📄 Abstract");
	});

	it("importPapers (listings, search) checks the template note too", async () => {
		const vault = new MemoryVault({ [TEMPLATE_NOTE]: "{{abstrat}}" });
		const summary = await new Importer(deps(vault, new FakeArxiv([]))).importPapers([paper({ id: "2401.00010" })], withTemplate());
		expect(summary.failed[0]?.reason).toMatch(/did you mean \{\{abstract\}\}\?/);
		expect(vault.writes).toBe(0);
	});
});

describe("the README", () => {
	it("lists every template variable", () => {
		const readme = readFileSync("README.md", "utf8");
		for (const v of TEMPLATE_VARIABLES) expect(readme).toContain(`| \`{{${v.name}}}\` | ${v.kind} |`);
	});
});
