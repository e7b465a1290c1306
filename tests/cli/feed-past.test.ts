import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { localServers } from "../support/local-server";
import { runCli } from "../support/run-cli";
import { tempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const serve = localServers();

/** A local arXiv API answering any query with the recorded 2-entry search answer (tests/fixtures/arxiv-api). */
async function arxivApi(): Promise<{ url: string; seen: URL[] }> {
	const seen: URL[] = [];
	const body = readFileSync("tests/fixtures/arxiv-api/search-cat-cs.RO-AND-neural-2-entries.xml", "utf8");
	const root = await serve((req, _body, res) => {
		seen.push(new URL(req.url ?? "/", "http://localhost"));
		res.writeHead(200, { "content-type": "application/atom+xml" });
		res.end(body);
	});
	return { url: `${root}/api/query`, seen };
}

describe("arxiv-atlas feed --date", () => {
	it("imports the papers of the categories submitted on past days, through the API, listed on the last day", async () => {
		const api = await arxivApi();
		const vault = tempDir("arxiv-atlas-feed-past-");
		const r = await runCli(cli, ["feed", "cs.RO", "--date", "2026-11-23", "--to", "2026-11-24", "--vault", vault, "--json"], { ARXIV_ATLAS_API_URL: api.url });
		expect(r.code).toBe(0);
		const answer = JSON.parse(r.stdout) as { announced: string; created: string[] };
		expect(answer.announced).toBe("2026-11-24");
		expect(answer.created.length).toBeGreaterThan(0);
		const first = api.seen[0];
		expect(first?.searchParams.get("search_query")).toBe("(cat:cs.RO) AND submittedDate:[202611230000 TO 202611242359]");
		expect(first?.searchParams.get("sortBy")).toBe("submittedDate");
	});

	it("says what is wrong with the days", async () => {
		const vault = tempDir("arxiv-atlas-feed-past-bad-");
		const reversed = await runCli(cli, ["feed", "cs.RO", "--date", "2026-11-24", "--to", "2026-11-20", "--vault", vault]);
		expect(reversed.code).toBe(2);
		expect(reversed.stderr).toMatch(/The last day \(2026-11-20\) comes before the first \(2026-11-24\)/);
		const alone = await runCli(cli, ["feed", "cs.RO", "--to", "2026-11-20", "--vault", vault]);
		expect(alone.stderr).toMatch(/--to needs --date/);
		const both = await runCli(cli, ["feed", "cs.RO", "--date", "2026-11-20", "--rss-file", "x.xml", "--vault", vault]);
		expect(both.stderr).toMatch(/--date and --rss-file do not go together/);
	});
});
