import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { tempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const ATOM = "tests/fixtures/arxiv-api/idlist-1601.00001-doi-journalref.xml";

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = (): string => tempDir("arxiv-atlas-template-");

describe("arxiv-atlas import --template", () => {
	it("lays out the paper note with the template file", () => {
		const dir = temp();
		const template = join(dir, "paper.md");
		writeFileSync(template, "---\ntags: [template]\n---\n# {{title}}\n\nDOI {{doi}}; {{authors.length}} authors.\n");
		const vault = join(dir, "vault");
		const r = run("import", "1601.00001", "--vault", vault, "--create", "--atom-file", ATOM, "--template", template, "--json");
		expect(r.code).toBe(0);
		const paper = (JSON.parse(r.stdout) as { created: string[] }).created.find((p) => p.startsWith("papers/")) ?? "";
		const text = readFileSync(join(vault, paper), "utf8");
		expect(text).toContain("DOI 10.1063/1.4944470; 2 authors.");
		expect(text).not.toContain("tags: [template]");
	});

	it("stops with exit code 2, the line and the fix, before writing anything", () => {
		const dir = temp();
		const template = join(dir, "paper.md");
		writeFileSync(template, "# {{title}}\n\n{{#key_points}}{{@number}}. {{.}}\n");
		const vault = join(dir, "vault");
		const r = run("import", "1601.00001", "--vault", vault, "--create", "--atom-file", ATOM, "--template", template);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(`The template note "${template}" has a mistake: section {{#key_points}} opened on line 3 is never closed: add {{/key_points}}`);
		expect(existsSync(vault)).toBe(false);
	});

	it("uses the template note of the vault's plugin settings, and fails the same way when it is missing", () => {
		const vault = temp();
		const data = join(vault, ".obsidian", "plugins", "arxiv-atlas");
		mkdirSync(data, { recursive: true });
		mkdirSync(join(vault, "templates"));
		writeFileSync(join(data, "data.json"), JSON.stringify({ layout: { templatePath: "templates/Paper" } }));
		const missing = run("import", "1601.00001", "--vault", vault, "--atom-file", ATOM);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('"templates/Paper.md" does not exist');
		expect(readdirSync(vault).sort()).toEqual([".obsidian", "templates"]);

		writeFileSync(join(vault, "templates", "Paper.md"), "Custom: {{arxiv_id}}\n");
		const r = run("import", "1601.00001", "--vault", vault, "--atom-file", ATOM, "--json");
		expect(r.code).toBe(0);
		const paper = (JSON.parse(r.stdout) as { created: string[] }).created.find((p) => p.startsWith("papers/")) ?? "";
		expect(readFileSync(join(vault, paper), "utf8")).toContain("Custom: 1601.00001");
	});
});
