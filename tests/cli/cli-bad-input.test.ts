// Bad input gets a reason, never silence: the built CLI against saved answers, a real local server
// and a closed port.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { closedPort, localServers } from "../support/local-server";
import { runCli, type CliRun } from "../support/run-cli";
import { atomFeed, errorEntry, syntheticEntry } from "../core/arxiv/fake-arxiv";
import { tempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const serve = localServers();

const ATOM = "tests/fixtures/arxiv-api/idlist-1601.00001-doi-journalref.xml";
const ERROR_ONLY = "tests/fixtures/arxiv-api/error-incorrect-id-format-1234.12345.xml";

/** Runs the built CLI. */
function run(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
	return runCli(cli, args, env);
}

const temp = (): string => tempDir("arxiv-atlas-bad-");

function walk(dir: string, prefix = ""): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

interface Summary {
	created: string[];
	updated: string[];
	failed: { input: string; reason: string }[];
	warnings?: string[];
}

/** A saved answer with one good paper and one of each kind of bad entry. */
function badEntries(): string {
	const dir = temp();
	const file = join(dir, "bad.xml");
	writeFileSync(
		file,
		atomFeed([
			syntheticEntry("2401.00001").replace(/<title>[^<]*<\/title>/, "<title></title>"),
			syntheticEntry("2401.00002").replace(/<published>[^<]*<\/published>/, ""),
			syntheticEntry("2401.00003").replace(/<id>[^<]*<\/id>/, "<id></id>"),
			syntheticEntry("2401.00004").replace(/<published>[^<]*</, "<published>2024-02-30T00:00:00Z<").replace(/<updated>[^<]*</, "<updated>not-a-date<"),
			syntheticEntry("2401.00005"),
		]),
	);
	return file;
}

/** A local arXiv API that answers every request with `body` (status 400, as arXiv does for its errors). */
async function arxivAnswering(body: string, status = 400): Promise<string> {
	const root = await serve((_req, _body, res) => {
		res.writeHead(status, { "content-type": "application/atom+xml" });
		res.end(body);
	});
	return `${root}/api/query`;
}

describe("every input that is not imported is named, with the reason", () => {
	it("names a word that is not an ID (import 1601.00001 notanid) and exits 1", async () => {
		const vault = temp();
		const r = await run(["import", "1601.00001", "notanid", "--vault", vault, "--atom-file", ATOM, "--json"]);
		expect(r.code).toBe(1);
		const summary = JSON.parse(r.stdout) as Summary;
		expect(summary.created.some((p) => p.startsWith("papers/"))).toBe(true);
		expect(summary.failed).toEqual([{ input: "notanid", reason: expect.stringMatching(/^not an arXiv ID, link or DOI/) as unknown }]);
	});

	it("writes nothing and exits 1 when no argument is an ID", async () => {
		const vault = temp();
		const r = await run(["import", "notanid", "--vault", vault, "--atom-file", ATOM]);
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(/failed {3}notanid: not an arXiv ID/);
		expect(walk(vault)).toEqual([]);
	});

	it("names entries without a title, a date or an ID, and leaves impossible dates out with a warning", async () => {
		const vault = temp();
		const r = await run(["import", "--vault", vault, "--atom-file", badEntries(), "--json", "--no-daily"]);
		expect(r.code).toBe(1);
		const summary = JSON.parse(r.stdout) as Summary;
		const reason = (input: string): string => summary.failed.find((f) => f.input === input)?.reason ?? "(none)";
		expect(reason("2401.00001")).toMatch(/2401\.00001.*title/);
		expect(reason("2401.00002")).toMatch(/2401\.00002.*date/);
		expect(summary.failed.find((f) => f.input.startsWith("an entry of "))?.reason).toMatch(/entry .*(empty|without an ID)/);
		expect(summary.failed).toHaveLength(3);
		const papers = summary.created.filter((p) => p.startsWith("papers/") && p.endsWith(".md"));
		expect(papers).toHaveLength(2);
		expect(summary.warnings).toEqual([
			'2401.00004: arXiv gave it the published date "2024-02-30T00:00:00Z", which is not a real date; it is left out of the note',
			'2401.00004: arXiv gave it the updated date "not-a-date", which is not a real date; it is left out of the note',
		]);
		const note = readFileSync(join(vault, papers.find((p) => p.includes("2401.00004")) ?? papers[0] ?? ""), "utf8");
		expect(note).not.toContain("2024-02-30");
		expect(note).not.toContain("not-a-date");
	});

	it("says what is missing for the IDs asked for, instead of 'not found'", async () => {
		const vault = temp();
		const r = await run(["import", "2401.00001", "2401.00002", "2401.00009", "--vault", vault, "--atom-file", badEntries(), "--json"]);
		expect(r.code).toBe(1);
		const summary = JSON.parse(r.stdout) as Summary;
		expect(summary.failed).toEqual([
			{ input: "2401.00009", reason: "not found on arXiv: 2401.00009" },
			{ input: "2401.00001", reason: expect.stringMatching(/2401\.00001.*title/) as unknown },
			{ input: "2401.00002", reason: expect.stringMatching(/2401\.00002.*date/) as unknown },
		]);
	});

	it("keeps arXiv's own words from a saved error-only answer", async () => {
		const vault = temp();
		const r = await run(["import", "--vault", vault, "--atom-file", ERROR_ONLY, "--json"]);
		expect(r.code).toBe(1);
		expect((JSON.parse(r.stdout) as Summary).failed).toEqual([{ input: "1234.12345", reason: "arXiv answered with an error: incorrect id format for 1234.12345" }]);
		expect(walk(vault)).toEqual([]);
		// Asked for another ID, the answer's words are still what the user sees.
		const other = await run(["import", "1601.00001", "--vault", vault, "--atom-file", ERROR_ONLY, "--json"]);
		expect((JSON.parse(other.stdout) as Summary).failed).toEqual([
			{ input: "1601.00001", reason: "arXiv answered with an error: incorrect id format for 1234.12345 (instead of an entry for 1601.00001)" },
		]);
	});

	it("keeps arXiv's own words when the API answers with its Error entry", async () => {
		const vault = temp();
		const api = await arxivAnswering(atomFeed([errorEntry("2401.00001").replace("incorrect id format", "malformed identifier")]));
		const r = await run(["import", "2401.00001", "--vault", vault, "--json"], { ARXIV_ATLAS_API_URL: api });
		expect(r.code).toBe(1);
		expect((JSON.parse(r.stdout) as Summary).failed).toEqual([{ input: "2401.00001", reason: "arXiv answered with an error: malformed identifier for 2401.00001" }]);
	});

	it("names the words bibtex cannot read and exits 1", async () => {
		const r = await run(["bibtex", "1601.00001", "notanid", "--atom-file", ATOM]);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain("@misc{Kilgour2015Inelastic,");
		expect(r.stderr).toMatch(/skipped notanid: not an arXiv ID/);
	});

	it("says why search found nothing in a saved error-only answer", async () => {
		const r = await run(["search", "anything", "--atom-file", ERROR_ONLY]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain("warning: arXiv answered with an error: incorrect id format for 1234.12345");
	});
});

describe("network failures that retrying cannot fix fail at once", () => {
	it("import: a refused connection fails in well under a second with a clear message", async () => {
		const vault = temp();
		const r = await run(["import", "2401.00001", "--vault", vault], { ARXIV_ATLAS_API_URL: `${await closedPort()}/api/query` });
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(/failed {3}2401\.00001: could not reach arXiv \(could not reach 127\.0\.0\.1:\d+ \(.*ECONNREFUSED.*; not retried/);
		expect(r.ms).toBeLessThan(1000);
	});

	it("search: a name that does not resolve fails at once too", async () => {
		const r = await run(["search", "graph neural networks"], { ARXIV_ATLAS_API_URL: "http://arxiv-atlas-test.invalid/api/query" });
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/could not reach arXiv \(.*(ENOTFOUND|EAI_AGAIN).*not retried.*check your connection/);
		expect(r.ms).toBeLessThan(5000);
	});

	it("search: a refused connection fails in well under a second", async () => {
		const r = await run(["search", "graph"], { ARXIV_ATLAS_API_URL: `${await closedPort()}/api/query` });
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/ECONNREFUSED/);
		expect(r.ms).toBeLessThan(1000);
	});
});

describe("the vault folder and its settings", () => {
	it("refuses a --vault that does not exist, creating nothing (exit 2)", async () => {
		const missing = join(temp(), "Vualt");
		const r = await run(["import", "1601.00001", "--vault", missing, "--atom-file", ATOM]);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(`arxiv-atlas: the vault folder ${missing} does not exist; pass --create to make it (or check the path).\n`);
		expect(existsSync(missing)).toBe(false);
	});

	it("makes it with --create", async () => {
		const missing = join(temp(), "new", "vault");
		const r = await run(["import", "1601.00001", "--vault", missing, "--create", "--atom-file", ATOM, "--json"]);
		expect(r.code).toBe(0);
		expect(walk(missing).some((p) => p.startsWith("papers/"))).toBe(true);
	});

	it("refuses a --vault that is a file", async () => {
		const file = join(temp(), "notes.md");
		writeFileSync(file, "x");
		const r = await run(["feed", "cs.LG", "--vault", file, "--rss-file", "x.xml", "--offline"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(`--vault ${file} is a file, not a folder`);
	});

	it("feed refuses a missing vault too", async () => {
		const missing = join(temp(), "nope");
		const r = await run(["feed", "cs.LG", "--vault", missing, "--rss-file", "x.xml", "--offline"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("does not exist; pass --create to make it");
		expect(existsSync(missing)).toBe(false);
	});

	it.each([
		["{ papersFolder: 'x' ", /are not valid JSON \(.+\): fix the file, or move it away/],
		['["papers"]', /hold a list, not a JSON object of settings/],
	])("exits 2 naming the settings file and the problem for %j, writing nothing", async (text, problem) => {
		const vault = temp();
		const dir = join(vault, ".obsidian", "plugins", "arxiv-atlas");
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, "data.json"), text);
		for (const args of [
			["import", "1601.00001", "--vault", vault, "--atom-file", ATOM],
			["feed", "cs.LG", "--vault", vault, "--rss-file", "tests/fixtures/arxiv-rss/none.xml", "--offline"],
		]) {
			const r = await run(args);
			expect(r.code).toBe(2);
			expect(r.stderr).toContain(join(dir, "data.json"));
			expect(r.stderr).toMatch(problem);
			expect(r.stderr).not.toContain("Usage:");
		}
		expect(walk(vault)).toEqual([".obsidian/plugins/arxiv-atlas/data.json"]);
		expect(readFileSync(join(dir, "data.json"), "utf8")).toBe(text);
	});

	it.each([".zz", "Library/.arxiv", "..."])("refuses the hidden papers folder %j with a clear message, writing nothing there", async (folder) => {
		const vault = temp();
		const dir = join(vault, ".obsidian", "plugins", "arxiv-atlas");
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, "data.json"), JSON.stringify({ papersFolder: folder }));
		const r = await run(["import", "1601.00001", "--vault", vault, "--atom-file", ATOM, "--json"]);
		expect(r.code).toBe(1);
		const summary = JSON.parse(r.stdout) as Summary;
		expect(summary.failed).toEqual([{ input: "1601.00001", reason: expect.stringMatching(new RegExp(`papers folder "${folder.replace(/\./g, "\\.")}" .*(hidden|inside the vault)`)) as unknown }]);
		expect(walk(vault)).toEqual([".obsidian/plugins/arxiv-atlas/data.json"]);
	});

	it("names a --atom-file that cannot be read (exit 2)", async () => {
		const r = await run(["import", "1601.00001", "--vault", temp(), "--atom-file", "no/such/file.xml"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/^arxiv-atlas: --atom-file no\/such\/file\.xml: cannot read the file \(ENOENT/);
	});
});

describe("usage errors name what was wrong and what to do", () => {
	it.each([
		[["search", "graph", "--vault", "x"], "arxiv-atlas: --vault does not go with search (it is an option of import, feed, rank, related and citations): drop it. See arxiv-atlas search --help."],
		[["bibtex", "1601.00001", "--json"], "arxiv-atlas: --json does not go with bibtex (it is an option of import, feed, search, rank, related and citations): drop it. See arxiv-atlas bibtex --help."],
		[["import", "1601.00001", "--vault"], "arxiv-atlas: --vault needs a value. See arxiv-atlas import --help."],
		[["import", "--bogus"], 'arxiv-atlas: Unknown option --bogus (a value starting with "-" goes after "--"). See arxiv-atlas import --help.'],
		[["frobnicate"], 'arxiv-atlas: Unknown command "frobnicate". The commands are "import", "keywords", "feed", "search", "bibtex", "rank", "related", "citations". See arxiv-atlas --help.'],
	])("%j", async (args, message) => {
		const r = await run(args);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe(`${message}\n`);
	});
});
