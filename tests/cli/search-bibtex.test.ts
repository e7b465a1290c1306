import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const FIX = "tests/fixtures/arxiv-api";

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("arxiv-atlas search", () => {
	it("lists the papers of a recorded search: title, first authors, year, category, ID", () => {
		const r = run("search", "cat:cs.RO neural", "--atom-file", `${FIX}/search-cat-cs.RO-AND-neural-2-entries.xml`);
		expect(r.code).toBe(0);
		const lines = r.stdout.trim().split("\n");
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatch(/^1\. \S/);
		expect(lines[1]).toMatch(/^ {3}.+ · \d{4} · cs\.RO · arXiv:\d{4}\.\d{4,5}$/);
	});

	it("prints JSON with --json and honours --max", () => {
		const r = run("search", "science", "--max", "3", "--json", "--atom-file", `${FIX}/search-all-science-10-entries.xml`);
		expect(r.code).toBe(0);
		const rows = JSON.parse(r.stdout) as { id: string; title: string; authors: string[]; year: string; primaryCategory: string; url: string }[];
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatchObject({ id: "1501.05039", title: "Defining Data Science", year: "2015", primaryCategory: "cs.DB", url: "https://arxiv.org/abs/1501.05039" });
	});

	it("keeps old-style IDs", () => {
		const r = run("search", "electron", "--json", "--atom-file", `${FIX}/search-all-electron-old-style-id-hep-ex-0307015.xml`);
		expect((JSON.parse(r.stdout) as { id: string }[]).map((p) => p.id)).toContain("hep-ex/0307015");
	});

	it("refuses an empty query or a bad --max (exit 2)", () => {
		expect(run("search", "au:").code).toBe(2);
		const r = run("search", "graph", "--max", "0");
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/--max takes a whole number/);
	});
});

describe("arxiv-atlas bibtex", () => {
	it.each([
		["idlist-1601.00001-doi-journalref.xml", "1601.00001-doi-journalref.bib"],
		["search-all-electron-old-style-id-hep-ex-0307015.xml", "hep-ex-0307015-old-style-id.bib"],
		["search-all-science-10-entries.xml", "all-science-10-entries.bib"],
		["search-cat-cs.RO-AND-neural-2-entries.xml", "cs.RO-AND-neural-2-entries.bib"],
	])("prints every paper of %s as tests/expected/bibtex/%s", (recording, golden) => {
		const r = run("bibtex", "--atom-file", `${FIX}/${recording}`);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe(readFileSync(`tests/expected/bibtex/${golden}`, "utf8"));
	});

	it("prints the IDs asked for, and reports those it cannot find (exit 1)", () => {
		const r = run("bibtex", "arXiv:1601.00001v1", "2401.99999", "--atom-file", `${FIX}/idlist-1601.00001-doi-journalref.xml`);
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(/^@misc\{Kilgour2015Inelastic,/);
		expect(r.stderr).toContain("not found on arXiv: 2401.99999");
	});

	it("needs IDs or a saved response (exit 2)", () => {
		expect(run("bibtex").code).toBe(2);
	});
});
