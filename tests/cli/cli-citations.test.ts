import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { closedPort, localServers } from "../support/local-server";
import { runCli } from "../support/run-cli";
import { tempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const serve = localServers();

const fixture = (name: string): string => readFileSync(`tests/fixtures/semantic-scholar/${name}`, "utf8");
/** Real paper objects, from the recorded reference pages of CorpusID:1033682 (tests/fixtures/semantic-scholar). */
const CITED = [0, 1].flatMap((n) => (JSON.parse(fixture(`references-CorpusID-1033682.${n}.body.json`)) as { data: { citedPaper: Record<string, unknown> }[] }).data.map((d) => d.citedPaper));
const arxivOf = (p: Record<string, unknown>): string | undefined => (p["externalIds"] as { ArXiv?: string } | null)?.ArXiv;
const recorded = (id: string): Record<string, unknown> | undefined => CITED.find((p) => arxivOf(p) === id);

/**
 * A server that answers as the Semantic Scholar Graph API: the first batch request gets a 429 with
 * Retry-After (as the API documents it), later ones a batch answer built from the recorded paper
 * objects (the vault's citing paper 2301.00001 carries the recorded references; an unknown paper is
 * null, as recorded); citing papers of 2301.00001 are one page; any other paper is the recorded 404.
 */
async function semanticScholar(): Promise<{ url: string; openalex: string; seen: string[] }> {
	const seen: string[] = [];
	const root = await serve((req, body, res) => {
			seen.push(`${req.method ?? ""} ${req.url ?? ""}`);
			const url = req.url ?? "";
			if (url.startsWith("/graph/v1/paper/batch")) {
				if (seen.filter((s) => s.includes("/paper/batch")).length === 1) {
					res.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
					res.end(JSON.stringify({ message: "Too Many Requests" }));
					return;
				}
				const ids = (JSON.parse(body) as { ids: string[] }).ids.map((i) => i.replace(/^ARXIV:/, ""));
				const answer = ids.map((id) => (id === "2301.00001" ? { paperId: "x", externalIds: { ArXiv: id }, venue: "arXiv.org", citationCount: 12, references: CITED } : (recorded(id) ?? null)));
				res.writeHead(200, { "content-type": "application/json" });
				res.end(JSON.stringify(answer));
				return;
			}
			if (url.startsWith("/graph/v1/paper/arXiv:2301.00001/citations")) {
				res.writeHead(200, { "content-type": "application/json" });
				res.end(JSON.stringify({ offset: 0, data: [{ citingPaper: recorded("2208.04425") }] }));
				return;
			}
			// OpenAlex: the recorded arXiv preprint work answers for 2401.00009; anything else is its recorded 404 page.
			if (url === "/openalex/works/https://doi.org/10.48550/arXiv.2401.00009") {
				res.writeHead(200, { "content-type": "application/json" });
				res.end(JSON.stringify(OPENALEX_PREPRINT));
				return;
			}
			if (url.startsWith("/openalex/")) {
				res.writeHead(404, { "content-type": "text/html" });
				res.end(readFileSync("tests/fixtures/openalex/not-found.body.html", "utf8"));
				return;
			}
			res.writeHead(404, { "content-type": "application/json" });
			res.end(fixture("not-found.body.json"));
	});
	return { url: `${root}/graph/v1`, openalex: `${root}/openalex`, seen };
}

/** A recorded OpenAlex work: the arXiv preprint W4365597205 (tests/fixtures/openalex). */
const OPENALEX_PREPRINT = (JSON.parse(readFileSync("tests/fixtures/openalex/works-title-search-chemistry-tools.body.json", "utf8")) as { results: { doi: string }[] }).results.find((w) => w.doi.includes("10.48550"));

const note = (id: string, title: string): string => `---\ntitle: "${title}"\narxiv_id: "${id}"\n---\n\n# ${title}\n\nMy notes.\n`;

describe("arxiv-atlas citations", () => {
	it("links the vault's papers by what they cite, through a compatible server, after waiting out a 429", async () => {
		const vault = tempDir("arxiv-atlas-citations-");
		mkdirSync(join(vault, "papers"));
		mkdirSync(join(vault, ".obsidian", "plugins", "arxiv-atlas"), { recursive: true });
		writeFileSync(join(vault, "papers", "Citing.md"), note("2301.00001", "Citing"));
		writeFileSync(join(vault, "papers", "Sparsity.md"), note("2208.04425", "Sparsity"));
		writeFileSync(join(vault, "papers", "Unknown.md"), note("2401.00009", "Unknown"));
		const s2 = await semanticScholar();

		const r = await runCli(cli, ["citations", "--vault", vault, "--base-url", s2.url, "--json"], { ARXIV_ATLAS_OPENALEX_URL: s2.openalex });
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		const answer = JSON.parse(r.stdout) as { found: string[]; from_openalex: string[]; not_found: string[]; written: string[] };
		// The paper Semantic Scholar does not know, OpenAlex does: its count, no references.
		expect(answer.not_found).toEqual([]);
		expect(answer.from_openalex).toEqual(["2401.00009"]);
		expect(answer.written.sort()).toEqual(["papers/Citing.md", "papers/Sparsity.md", "papers/Unknown.md"]);
		expect(readFileSync(join(vault, "papers", "Unknown.md"), "utf8")).toMatch(/^citation_count: 106$/m);
		// The 429, then one batch for the three papers.
		expect(s2.seen.filter((s) => s.startsWith("POST /graph/v1/paper/batch?fields="))).toHaveLength(2);
		const citing = readFileSync(join(vault, "papers", "Citing.md"), "utf8");
		expect(citing).toMatch(/^cites:\n {2}- "\[\[papers\/Sparsity\]\]"$/m);
		expect(citing).toContain("### Most-cited references not in your vault");
		expect(readFileSync(join(vault, "papers", "Sparsity.md"), "utf8")).toMatch(/^cited_by:\n {2}- "\[\[papers\/Citing\]\]"$/m);
		expect(readFileSync(join(vault, ".obsidian", "plugins", "arxiv-atlas", "citations.json"), "utf8")).toContain('"2301.00001"');

		// One paper named: it is also asked who cites it (here the Sparsity paper, so it cites the citing one back).
		const one = await runCli(cli, ["citations", "2301.00001", "--vault", vault, "--base-url", s2.url], { ARXIV_ATLAS_OPENALEX_URL: s2.openalex });
		expect(one.code).toBe(0);
		expect(s2.seen.at(-1)).toMatch(/^GET \/graph\/v1\/paper\/arXiv:2301\.00001\/citations\?fields=externalIds,title&offset=0&limit=1000$/);
		expect(readFileSync(join(vault, "papers", "Sparsity.md"), "utf8")).toMatch(/^cites:\n {2}- "\[\[papers\/Citing\]\]"$/m);
		expect(readFileSync(join(vault, "papers", "Citing.md"), "utf8")).toMatch(/^cited_by:\n {2}- "\[\[papers\/Sparsity\]\]"$/m);
	});

	it("says what is wrong: a paper not in the vault, a word that is no ID, no server", async () => {
		const vault = tempDir("arxiv-atlas-citations-bad-");
		writeFileSync(join(vault, "A.md"), note("2301.00001", "A"));
		const s2 = await semanticScholar();
		const missing = await runCli(cli, ["citations", "2401.99999", "--vault", vault, "--base-url", s2.url], { ARXIV_ATLAS_OPENALEX_URL: s2.openalex });
		expect(missing.code).toBe(1);
		expect(missing.stdout).toMatch(/failed {3}2401\.99999: not in the vault: import it first/);
		const word = await runCli(cli, ["citations", "banana", "--vault", vault]);
		expect(word.code).toBe(2);
		expect(word.stderr).toMatch(/"banana" is not an arXiv ID/);
		// A port nothing listens on any more: the connection is refused.
		const closed = await closedPort();
		const down = await runCli(cli, ["citations", "--vault", vault, "--base-url", `${closed}/graph/v1`], { ARXIV_ATLAS_OPENALEX_URL: closed });
		expect(down.code).toBe(1);
		expect(down.stderr).toMatch(/Semantic Scholar could not be reached/);
	});
});
