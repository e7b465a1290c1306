import { describe, expect, it } from "vitest";
import { AtomParseError } from "../../../src/core/arxiv/atom";
import { ArxivAnswerError, ArxivClient, ArxivRequestError, ArxivUnavailableError } from "../../../src/core/arxiv/client";
import { RateLimiter } from "../../../src/core/arxiv/rate-limiter";
import { HttpError } from "../../../src/core/ports";
import {
	arxivServer,
	atomFeed,
	errorEntry,
	ok,
	recorded,
	recordedEntries,
	ScriptedHttp,
	status,
	syntheticEntry,
	VirtualClock,
	type Answer,
	type Handler,
} from "./fake-arxiv";

const science = recordedEntries("search-all-science-10-entries.xml");

function setup(handler: Handler, options?: ConstructorParameters<typeof ArxivClient>[3]): { clock: VirtualClock; http: ScriptedHttp; client: ArxivClient } {
	const clock = new VirtualClock();
	const http = new ScriptedHttp(clock, handler);
	return { clock, http, client: new ArxivClient(http, new RateLimiter(clock), clock, options) };
}

function scripted(answers: Answer[]): { clock: VirtualClock; http: ScriptedHttp; client: ArxivClient } {
	const clock = new VirtualClock();
	const http = ScriptedHttp.sequence(clock, answers);
	return { clock, http, client: new ArxivClient(http, new RateLimiter(clock), clock) };
}

const oneGoodAnswer = ok(recorded("idlist-1601.00001-doi-journalref.xml"));

describe("ArxivClient.fetchByIds", () => {
	it("asks for three papers in one request and returns them in the order asked", async () => {
		const { http, client } = setup(arxivServer(science));
		const answer = await client.fetchByIds(["1501.05039", "quant-ph/0210005", "1312.7288"]);
		expect(http.requests.map((r) => r.url)).toEqual([
			"https://export.arxiv.org/api/query?id_list=1501.05039,quant-ph/0210005,1312.7288&max_results=3",
		]);
		expect(http.requests[0]?.timeoutMs).toBe(30_000);
		expect(answer.notFound).toEqual([]);
		expect(answer.papers.map((p) => [p.id, p.title])).toEqual([
			["1501.05039", "Defining Data Science"],
			["quant-ph/0210005", "Quantum information science and complex quantum systems"],
			["1312.7288", "The Science of al-Biruni"],
		]);
	});

	it("splits 250 IDs into requests of 100, 100 and 50, at least 3 s apart", async () => {
		const ids = Array.from({ length: 250 }, (_, i) => `2405.${String(i + 1).padStart(5, "0")}`);
		const { http, client } = setup(arxivServer(new Map(ids.map((id) => [id, syntheticEntry(id)]))));
		const answer = await client.fetchByIds(ids);
		expect(http.idLists().map((l) => l.length)).toEqual([100, 100, 50]);
		expect(http.requests.map((r) => new URL(r.url).searchParams.get("max_results"))).toEqual(["100", "100", "50"]);
		expect(http.idLists().flat()).toEqual(ids);
		for (const gap of http.gaps()) expect(gap).toBeGreaterThanOrEqual(3000);
		expect(answer.papers.map((p) => p.id)).toEqual(ids);
		expect(answer.notFound).toEqual([]);
	});

	it("keeps 3 s between requests of two clients sharing one limiter", async () => {
		const clock = new VirtualClock();
		const http = new ScriptedHttp(clock, arxivServer(science));
		const limiter = new RateLimiter(clock);
		const a = new ArxivClient(http, limiter, clock);
		const b = new ArxivClient(http, limiter, clock);
		await Promise.all([a.fetchByIds(["1501.05039"]), b.fetchByIds(["1312.7288"]), a.fetchByIds(["0808.0631"])]);
		expect(http.requests.map((r) => r.at - (http.requests[0]?.at ?? 0))).toEqual([0, 3000, 6000]);
	});

	it("asks once for the same paper named twice", async () => {
		const { http, client } = setup(arxivServer(science));
		const answer = await client.fetchByIds(["1501.05039", "1501.05039v1", "1501.05039"]);
		expect(http.idLists()).toEqual([["1501.05039"]]);
		expect(answer.papers).toHaveLength(1);
	});

	it("reports IDs missing from the answer as not found", async () => {
		const { client } = setup(arxivServer(science));
		expect(await client.fetchByIds(["1501.05039", "2502.99999"])).toEqual({
			papers: [expect.objectContaining({ id: "1501.05039" })],
			notFound: ["2502.99999"],
			failed: [],
			warnings: [],
		});
	});

	it("reports an ID arXiv answers with an Error entry as failed, in arXiv's words, and imports the others", async () => {
		const { http, client } = setup(arxivServer(science, { errorFor: (id) => id === "1234.12345" }));
		const answer = await client.fetchByIds(["1501.05039", "1234.12345", "1312.7288"]);
		expect(answer.papers.map((p) => p.id)).toEqual(["1501.05039", "1312.7288"]);
		expect(answer.notFound).toEqual([]);
		expect(answer.failed).toEqual([{ input: "1234.12345", reason: "arXiv answered with an error: incorrect id format for 1234.12345" }]);
		expect(http.requests).toHaveLength(1);
	});

	it("asks again without the bad ID when arXiv drops the whole batch over it", async () => {
		const server = arxivServer(science);
		const { http, client } = setup((req, n) => (n === 0 ? ok(recorded("error-incorrect-id-format-1234.12345.xml")) : server(req, n)));
		const answer = await client.fetchByIds(["1501.05039", "1234.12345", "1312.7288"]);
		expect(http.idLists()).toEqual([
			["1501.05039", "1234.12345", "1312.7288"],
			["1501.05039", "1312.7288"],
		]);
		expect(answer.papers.map((p) => p.id)).toEqual(["1501.05039", "1312.7288"]);
		expect(answer.failed).toEqual([{ input: "1234.12345", reason: "arXiv answered with an error: incorrect id format for 1234.12345" }]);
		expect(answer.notFound).toEqual([]);
	});

	it("asks again only once, then reports what is still missing", async () => {
		const { http, client } = setup(() => ok(atomFeed([errorEntry("1234.12345")])));
		const answer = await client.fetchByIds(["1501.05039", "1234.12345"]);
		expect(http.requests).toHaveLength(2);
		expect(answer).toEqual({
			papers: [],
			notFound: [],
			failed: [
				{ input: "1501.05039", reason: "arXiv answered with an error: incorrect id format for 1234.12345 (instead of an entry for 1501.05039)" },
				{ input: "1234.12345", reason: "arXiv answered with an error: incorrect id format for 1234.12345" },
			],
			warnings: [],
		});
	});

	it("reads an HTTP 400 that explains a malformed ID with an Error entry as that ID's failure, keeping arXiv's text", async () => {
		const { http, client } = scripted([status(400, {}, recorded("error-incorrect-id-format-1234.12345.xml"))]);
		expect(await client.fetchByIds(["1234.12345"])).toEqual({
			papers: [],
			notFound: [],
			failed: [{ input: "1234.12345", reason: "arXiv answered with an error: incorrect id format for 1234.12345" }],
			warnings: [],
		});
		expect(http.requests).toHaveLength(1);
	});

	it("returns nothing and asks nothing for no IDs", async () => {
		const { http, client } = setup(arxivServer(science));
		expect(await client.fetchByIds([])).toEqual({ papers: [], notFound: [], failed: [], warnings: [] });
		expect(http.requests).toEqual([]);
	});

	it("uses the configured address", async () => {
		const { http, client } = setup(arxivServer(science), { baseUrl: "http://127.0.0.1:9/api/query" });
		await client.fetchByIds(["1501.05039"]);
		expect(http.requests[0]?.url).toBe("http://127.0.0.1:9/api/query?id_list=1501.05039&max_results=1");
	});
});

/** arXiv's Error entry with its own words and no ID anywhere (as for a malformed request). */
function anonymousError(summary: string): string {
	return `<entry>
    <id>http://arxiv.org/api/errors#malformed_request</id>
    <title>Error</title>
    <summary>${summary}</summary>
    <updated>2007-10-12T00:00:00-04:00</updated>
  </entry>`;
}

describe("ArxivClient: bad answers get a reason, never silence", () => {
	const entry = (id: string, change: (xml: string) => string = (x) => x): string => change(syntheticEntry(id));

	it("fails an entry without a title, naming the ID and what is missing", async () => {
		const { client } = scripted([ok(atomFeed([entry("2401.00001", (x) => x.replace(/<title>[^<]*<\/title>/, "<title>  </title>")), entry("2401.00002")]))]);
		const answer = await client.fetchByIds(["2401.00001", "2401.00002"]);
		expect(answer.papers.map((p) => p.id)).toEqual(["2401.00002"]);
		expect(answer.notFound).toEqual([]);
		expect(answer.failed).toHaveLength(1);
		expect(answer.failed[0]?.input).toBe("2401.00001");
		expect(answer.failed[0]?.reason).toMatch(/^arXiv (returned|sent) an (entry|incomplete record) for 2401\.00001 .*title/);
	});

	it("fails an entry without a publication date, naming the ID", async () => {
		const { client } = scripted([ok(atomFeed([entry("2401.00001", (x) => x.replace(/<published>[^<]*<\/published>/, ""))]))]);
		const answer = await client.fetchByIds(["2401.00001"]);
		expect(answer.papers).toEqual([]);
		expect(answer.failed).toEqual([{ input: "2401.00001", reason: expect.stringMatching(/2401\.00001.*date/) }]);
	});

	it("names the ID asked for when arXiv answers with an entry that has no ID", async () => {
		const { client } = scripted([ok(atomFeed([entry("2401.00001", (x) => x.replace(/<id>[^<]*<\/id>/, "<id></id>"))]))]);
		const answer = await client.fetchByIds(["2401.00001"]);
		expect(answer.notFound).toEqual([]);
		expect(answer.failed).toEqual([{ input: "2401.00001", reason: expect.stringMatching(/entry .*(empty|without an ID).*instead of an entry for 2401\.00001/) }]);
	});

	it.each([
		["published", "not-a-date"],
		["published", "2024-13-45T00:00:00Z"],
		["published", "2024-02-30T00:00:00Z"],
		["updated", "2024-02-30"],
		["updated", "2023-02-29T10:00:00Z"],
	])("leaves an impossible %s date (%s) out of the paper with a warning naming it", async (key, value) => {
		const tag = new RegExp(`<${key}>[^<]*</${key}>`);
		const { client } = scripted([ok(atomFeed([entry("2401.00001", (x) => x.replace(tag, `<${key}>${value}</${key}>`))]))]);
		const answer = await client.fetchByIds(["2401.00001"]);
		expect(answer.failed).toEqual([]);
		expect(answer.papers).toHaveLength(1);
		expect(answer.papers[0]).not.toHaveProperty(key);
		expect(answer.papers[0]?.[key === "published" ? "updated" : "published"]).toBe("2024-05-01T00:00:00Z");
		expect(answer.warnings).toEqual([`2401.00001: arXiv gave it the ${key} date "${value}", which is not a real date; it is left out of the note`]);
	});

	it("keeps real dates, leap days included", async () => {
		const { client } = scripted([ok(atomFeed([entry("2401.00001", (x) => x.replace(/<published>[^<]*</, "<published>2024-02-29T23:59:59Z<"))]))]);
		const answer = await client.fetchByIds(["2401.00001"]);
		expect(answer.papers[0]?.published).toBe("2024-02-29T23:59:59Z");
		expect(answer.warnings).toEqual([]);
	});

	it("keeps arXiv's own words from an error-only answer that names none of the IDs asked for", async () => {
		const { http, client } = scripted([status(400, {}, atomFeed([anonymousError("incorrect id format for 1234.5678")]))]);
		const answer = await client.fetchByIds(["2401.00001"]);
		expect(http.requests).toHaveLength(1);
		expect(answer.failed).toEqual([
			{ input: "2401.00001", reason: "arXiv answered with an error: incorrect id format for 1234.5678 (instead of an entry for 2401.00001)" },
		]);
	});

	it("keeps arXiv's own words for the ID its Error entry names", async () => {
		const { client } = scripted([status(400, {}, atomFeed([errorEntry("1234.5678")]))]);
		const answer = await client.fetchByIds(["1234.5678"]);
		expect(answer.failed).toEqual([{ input: "1234.5678", reason: "arXiv answered with an error: incorrect id format for 1234.5678" }]);
	});

	it("turns a search answered with errors only into an error with arXiv's words", async () => {
		const { client } = scripted([status(400, {}, atomFeed([anonymousError("malformed search query")]))]);
		const error: unknown = await client.search("graph").catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ArxivAnswerError);
		expect((error as Error).message).toBe("arXiv answered with an error: malformed search query");
	});

	it("leaves impossible dates out of search results too, with a warning", async () => {
		const { client } = scripted([ok(atomFeed([entry("2401.00001", (x) => x.replace(/<updated>[^<]*</, "<updated>2024-04-31<"))]))]);
		const found = await client.searchPapers("x");
		expect(found.papers[0]).not.toHaveProperty("updated");
		expect(found.warnings).toEqual([expect.stringContaining('"2024-04-31"')]);
	});
});

describe("ArxivClient retries", () => {
	it("stops waiting out a Retry-After as soon as the import is cancelled, and asks nothing more", async () => {
		const clock = new VirtualClock();
		const http = ScriptedHttp.sequence(clock, [status(503, { "retry-after": "30" }), oneGoodAnswer]);
		// Thirty seconds that do not pass by themselves: only the cancel can end the wait.
		const waiting = { now: (): Date => clock.now(), sleep: (): Promise<void> => new Promise<void>(() => undefined) };
		const controller = new AbortController();
		const answer = new ArxivClient(http, new RateLimiter(waiting), waiting).fetchByIds(["1601.00001"], controller.signal);
		await new Promise((resolve) => setTimeout(resolve, 10));
		controller.abort();
		await expect(answer).rejects.toThrow(/abort/i);
		expect(http.requests).toHaveLength(1);
	});

	it("waits as long as Retry-After (seconds) says, then succeeds", async () => {
		const { http, client } = scripted([status(503, { "retry-after": "20" }), oneGoodAnswer]);
		const answer = await client.fetchByIds(["1601.00001"]);
		expect(answer.papers.map((p) => p.id)).toEqual(["1601.00001"]);
		expect(http.gaps()).toEqual([20_000]);
	});

	it("understands Retry-After as an HTTP date", async () => {
		const { http, client } = scripted([status(429, { "retry-after": "Mon, 10 Mar 2025 12:00:45 GMT" }), oneGoodAnswer]);
		await client.fetchByIds(["1601.00001"]);
		expect(http.gaps()).toEqual([45_000]);
	});

	it("waits at most 60 s whatever Retry-After asks", async () => {
		const { http, client } = scripted([status(503, { "retry-after": "3600" }), oneGoodAnswer]);
		await client.fetchByIds(["1601.00001"]);
		expect(http.gaps()).toEqual([60_000]);
	});

	it("backs off exponentially without Retry-After", async () => {
		const { http, client } = scripted([status(502), status(502), status(502), oneGoodAnswer]);
		await client.fetchByIds(["1601.00001"]);
		expect(http.gaps()).toEqual([5000, 10_000, 20_000]);
	});

	const failures: [what: string, answer: Answer, message: RegExp, status?: number][] = [
		["HTTP 429", status(429), /^arXiv asked to slow down \(HTTP 429, 4 attempts\): wait a few minutes and try again$/, 429],
		["HTTP 503", status(503), /^arXiv is busy \(HTTP 503, 4 attempts\): try again in a few minutes$/, 503],
		["HTTP 500", status(500), /^arXiv had a server error \(HTTP 500, 4 attempts\): try again later$/, 500],
		["HTTP 504", status(504), /^arXiv had a server error \(HTTP 504, 4 attempts\)/, 504],
		[
			"a timeout",
			new HttpError("timeout", "no answer from export.arxiv.org in 30 s"),
			/^arXiv did not answer \(timeout after 30 s, 4 attempts\): check your connection and try again$/,
		],
		[
			"a network error",
			new HttpError("network", "could not reach export.arxiv.org (ENOTFOUND)"),
			/^could not reach arXiv \(could not reach export\.arxiv\.org \(ENOTFOUND\); 4 attempts\): check your connection and try again$/,
		],
	];
	it.each(failures)("retries %s three times, then says what happened", async (_what, failure, message, code) => {
		const { http, client } = scripted([failure]);
		const error: unknown = await client.fetchByIds(["1601.00001"]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ArxivUnavailableError);
		expect((error as ArxivUnavailableError).message).toMatch(message);
		expect((error as ArxivUnavailableError).status).toBe(code);
		expect(http.requests).toHaveLength(4);
		for (const gap of http.gaps()) expect(gap).toBeGreaterThanOrEqual(3000);
	});

	it.each([
		["a name that does not resolve", "could not reach export.arxiv.org (ENOTFOUND: getaddrinfo ENOTFOUND export.arxiv.org)"],
		["a refused connection", "could not reach 127.0.0.1:9 (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9)"],
	])("does not retry %s: fails at once, saying so", async (_what, message) => {
		const { clock, http, client } = scripted([new HttpError("network", message, true)]);
		const error: unknown = await client.fetchByIds(["1601.00001"]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ArxivUnavailableError);
		expect((error as Error).message).toBe(`could not reach arXiv (${message}; not retried, as asking again will not help): check your connection and try again`);
		expect(http.requests).toHaveLength(1);
		expect(clock.slept).toEqual([]);
		await expect(client.search("x")).rejects.toThrow(/not retried/);
	});

	it("follows maxRetries and timeoutMs", async () => {
		const clock = new VirtualClock();
		const http = ScriptedHttp.sequence(clock, [new HttpError("timeout", "no answer")]);
		const client = new ArxivClient(http, new RateLimiter(clock), clock, { maxRetries: 1, timeoutMs: 200 });
		await expect(client.fetchByIds(["1601.00001"])).rejects.toThrow("arXiv did not answer (timeout after 0.2 s, 2 attempts)");
		expect(http.requests.map((r) => r.timeoutMs)).toEqual([200, 200]);
	});

	it.each([404, 400, 403])("does not retry HTTP %i and names the status", async (code) => {
		const { http, client } = scripted([status(code, {}, "<html><body>nope</body></html>")]);
		const error: unknown = await client.fetchByIds(["1601.00001"]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ArxivRequestError);
		expect((error as ArxivRequestError).status).toBe(code);
		expect((error as ArxivRequestError).message).toContain(`HTTP ${code}`);
		expect(http.requests).toHaveLength(1);
	});

	it.each([
		["truncated", recorded("idlist-1601.00001-doi-journalref.xml").slice(0, 900)],
		["malformed", "<feed><entry><title>x</entry></feed>"],
	])("lets a %s answer fail with AtomParseError", async (_what, text) => {
		const { http, client } = scripted([ok(text)]);
		await expect(client.fetchByIds(["1601.00001"])).rejects.toThrow(AtomParseError);
		expect(http.requests).toHaveLength(1);
	});
});
