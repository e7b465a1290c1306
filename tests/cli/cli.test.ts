import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { tempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const ATOM = "tests/fixtures/arxiv-api/idlist-1601.00001-doi-journalref.xml";
const SCIENCE = "tests/fixtures/arxiv-api/search-all-science-10-entries.xml";

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tempVault = (): string => tempDir("arxiv-atlas-vault-");

function walk(dir: string, prefix = ""): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
	);
}

describe("arxiv-atlas import", () => {
	it("imports from a saved response and prints the JSON summary (exit 0)", () => {
		const vault = tempVault();
		const r = run("import", "arXiv:1601.00001v1", "--vault", vault, "--atom-file", ATOM, "--date", "2025-09-18", "--json");
		expect(r.code).toBe(0);
		const summary = JSON.parse(r.stdout) as { created: string[]; updated: string[]; failed: unknown[] };
		expect(summary.failed).toEqual([]);
		expect(summary.created).toContain("daily/2025-09-18.md");
		expect(summary.created).toContain("categories/cond-mat.mes-hall.md");
		expect(walk(vault).sort()).toEqual([...summary.created].sort());
		const paper = summary.created.find((p) => p.startsWith("papers/")) ?? "";
		expect(readFileSync(join(vault, paper), "utf8")).toContain('arxiv_id: "1601.00001"');
	});

	it("writes the Korean layout with --lang ko and updates instead of duplicating on a second run", () => {
		const vault = tempVault();
		expect(run("import", "1601.00001", "--vault", vault, "--atom-file", ATOM, "--lang", "ko").code).toBe(0);
		const before = walk(vault).sort();
		const again = run("import", "1601.00001", "--vault", vault, "--atom-file", ATOM, "--lang", "ko", "--json");
		expect(again.code).toBe(0);
		const summary = JSON.parse(again.stdout) as { created: string[]; updated: string[] };
		expect(summary.created).toEqual([]);
		expect(walk(vault).sort()).toEqual(before);
		const paper = before.find((p) => p.startsWith("papers/")) ?? "";
		expect(readFileSync(join(vault, paper), "utf8")).toContain("## 📄 Abstract (원문)");
	});

	it("knows a paper note saved with a byte order mark and CRLF (Notepad, PowerShell), and keeps both when it updates it", () => {
		const vault = tempVault();
		expect(run("import", "1601.00001", "--vault", vault, "--atom-file", ATOM, "--date", "2025-09-18").code).toBe(0);
		const notes = walk(vault).filter((p) => p.endsWith(".md"));
		for (const note of notes) writeFileSync(join(vault, note), `\uFEFF${readFileSync(join(vault, note), "utf8").replace(/\n/g, "\r\n")}`);
		const again = run("import", "1601.00001", "--vault", vault, "--atom-file", ATOM, "--date", "2025-09-19", "--json");
		expect(again.code).toBe(0);
		const summary = JSON.parse(again.stdout) as { created: string[]; updated: string[] };
		// The paper is known: no second note (it stays in the daily note that lists it).
		expect(summary.created).toEqual([]);
		const paper = notes.find((p) => p.startsWith("papers/")) ?? "";
		expect(summary.updated).toContain(paper);
		const text = readFileSync(join(vault, paper), "utf8");
		expect(text.startsWith("\uFEFF---\r\n")).toBe(true);
		expect(text.match(/^arxiv_id:/gm)).toHaveLength(1);
		expect(/(?:^|[^\r])\n/.test(text)).toBe(false);
	});

	it("imports every paper of a saved response when no ID is given", () => {
		const vault = tempVault();
		const r = run("import", "--vault", vault, "--atom-file", SCIENCE, "--json", "--no-daily");
		expect(r.code).toBe(0);
		const summary = JSON.parse(r.stdout) as { created: string[] };
		expect(summary.created.filter((p) => p.startsWith("papers/"))).toHaveLength(10);
		expect(existsSync(join(vault, "daily"))).toBe(false);
	});

	it("exits 1 and names the input when some inputs fail", () => {
		const vault = tempVault();
		const r = run("import", "1601.00001", "2501.99999", "2502.1587", "--vault", vault, "--atom-file", ATOM, "--json");
		expect(r.code).toBe(1);
		const summary = JSON.parse(r.stdout) as { failed: { input: string; reason: string }[] };
		expect(summary.failed.map((f) => f.input).sort()).toEqual(["2501.99999", "2502.1587"]);
		expect(summary.failed.find((f) => f.input === "2501.99999")?.reason).toBe("not found on arXiv: 2501.99999");
	});

	it("exits 1 with a clear message for a malformed saved response, writing nothing", () => {
		const vault = tempVault();
		const broken = join(tempVault(), "broken.xml");
		writeFileSync(broken, readFileSync(ATOM, "utf8").slice(0, 900));
		const r = run("import", "1601.00001", "--vault", vault, "--atom-file", broken);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/not valid XML/);
		expect(walk(vault)).toEqual([]);
	});

	it("uses the plugin's settings saved in the vault", () => {
		const vault = tempVault();
		mkdirSync(join(vault, ".obsidian/plugins/arxiv-atlas"), { recursive: true });
		writeFileSync(join(vault, ".obsidian/plugins/arxiv-atlas/data.json"), JSON.stringify({ papersFolder: "Library/arXiv", dailyNote: false }));
		const r = run("import", "1601.00001", "--vault", vault, "--atom-file", ATOM, "--json");
		const summary = JSON.parse(r.stdout) as { created: string[] };
		expect(summary.created.some((p) => p.startsWith("Library/arXiv/"))).toBe(true);
		expect(summary.created.some((p) => p.startsWith("daily/"))).toBe(false);
	});

	it.each([
		[["import", "1601.00001"], /--vault/],
		[["import", "--vault", "x"], /at least one arXiv ID/],
		[["import", "1601.00001", "--vault", "x", "--lang", "fr"], /--lang is en or ko/],
		[["import", "1601.00001", "--vault", "x", "--date", "2025-13-01"], /YYYY-MM-DD/],
		[["frobnicate"], /Unknown command/],
		[["import", "--bogus"], /bogus/],
	])("exits 2 with one line that says what was wrong and where the help is, for %j", (args, message) => {
		const r = run(...args);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
		expect(r.stderr).toMatch(/See arxiv-atlas (import )?--help\.$/m);
	});

	it("says when a saved answer or listing is not what the command names", () => {
		const search = run("search", "graph", "--atom-file", "tests/fixtures/arxiv-api/search-all-science-10-entries.xml", "--max", "1");
		expect(search.code).toBe(0);
		expect(search.stderr).toContain('the query "graph" is not sent or applied');
		const vault = tempDir("arxiv-atlas-feed-other-");
		const feed = run("feed", "math.GT", "--vault", vault, "--rss-file", "tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml", "--offline", "--json");
		expect(feed.stderr).toMatch(/is a listing of cs\.LG\+cs\.AI\+cs\.CL\+stat\.ML, not of math\.GT/);
		// A script reading --json sees it too.
		const json = JSON.parse(feed.stdout) as { warnings?: string[] };
		expect(json.warnings?.[0]).toMatch(/is a listing of cs\.LG\+cs\.AI\+cs\.CL\+stat\.ML, not of math\.GT/);
		expect(run("search", "--help").stdout).toMatch(/--json\s+print the papers as a JSON array/);
	});

	it("prints the version, the whole help and each command's own help", () => {
		const version = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
		expect(run("--version").stdout.trim()).toBe(`arxiv-atlas ${version.version}`);
		const all = run("--help");
		expect(all.code).toBe(0);
		for (const command of ["import", "keywords", "feed", "search", "bibtex"]) expect(all.stdout).toContain(`arxiv-atlas ${command}`);
		const feed = run("feed", "--help");
		expect(feed.stdout).toMatch(/^Usage: arxiv-atlas feed/);
		// Every option the command reads is documented, and no other.
		for (const option of ["--vault", "--create", "--rss-file", "--announce", "--offline", "--json"]) expect(feed.stdout).toContain(option);
		expect(feed.stdout).not.toContain("--llm");
		expect(run("search", "--help").stdout).toContain("--max <n>");
	});
});

describe("arxiv-atlas keywords", () => {
	it("prints one ranked keyword line per document", () => {
		const docs = join(tempVault(), "docs.jsonl");
		const lines = readFileSync("tests/fixtures/keyphrase/inspec-dev.jsonl", "utf8").split("\n").slice(0, 3);
		writeFileSync(docs, lines.join("\n") + "\n");
		const r = run("keywords", "--input", docs, "--top", "4");
		expect(r.code).toBe(0);
		const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; keywords: string[] });
		expect(out.map((o) => o.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
		for (const o of out) {
			expect(o.keywords.length).toBeGreaterThan(0);
			expect(o.keywords.length).toBeLessThanOrEqual(4);
		}
	});

	it("exits 2 without --input", () => {
		const r = run("keywords");
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/--input/);
	});
});

