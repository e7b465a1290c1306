import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/core/arxiv/rate-limiter";
import { citationGraph, MISSING_SHOWN } from "../../../src/core/citations/citation-graph";
import { SemanticScholar, CitationSourceError } from "../../../src/core/citations/s2-client";
import { citingIds, readCitationRecord, type CitationRecord } from "../../../src/core/citations/s2-records";
import { readArxivId } from "../../../src/core/notes/paper-schema";
import type { HttpRequest, HttpResponse } from "../../../src/core/ports";
import { fixedClock, fixture } from "../../support/fakes";

/** Recorded bodies (tests/fixtures/semantic-scholar, see its README). */
const BATCH = JSON.parse(fixture("semantic-scholar/batch-null-entry.body.json")) as unknown[];
const REFS0 = JSON.parse(fixture("semantic-scholar/references-CorpusID-1033682.0.body.json")) as { data: { citedPaper: Record<string, unknown> }[] };
const REFS1 = JSON.parse(fixture("semantic-scholar/references-CorpusID-1033682.1.body.json")) as { data: { citedPaper: Record<string, unknown> }[] };
const NOT_FOUND = fixture("semantic-scholar/not-found.body.json");
const CITED = REFS0.data.map((d) => d.citedPaper);

describe("Semantic Scholar's answers", () => {
	it("read a recorded batch: null is an unknown paper; with no venue, the journal names the published version", () => {
		expect(readCitationRecord("2401.00001", BATCH[0])).toBeUndefined();
		const recorded = BATCH[1] as { venue: string; publicationVenue: null; journal: { name: string }; citationCount: number };
		expect([recorded.venue, recorded.publicationVenue]).toEqual(["", null]);
		const record = readCitationRecord("2401.00002", recorded);
		expect(record).toMatchObject({ id: "2401.00002", citationCount: recorded.citationCount, references: [] });
		expect(record?.publishedIn).toBe(recorded.journal.name);
		// The recorded paper's DOI is its published version's (not an arXiv 10.48550 DOI).
		expect(record?.publishedDoi).toBe("10.2139/ssrn.288970");
	});

	it("read recorded references as a batch entry's: those with an arXiv ID kept, unresolved ones left out", () => {
		const record = readCitationRecord("2301.00001", { references: [...REFS0.data, ...REFS1.data].map((d) => d.citedPaper) });
		const withId = [...REFS0.data, ...REFS1.data].filter((d) => (d.citedPaper["externalIds"] as { ArXiv?: string } | null)?.ArXiv !== undefined);
		expect(record?.references).toHaveLength(withId.length);
		expect(record?.references.map((r) => r.id)).toContain("2208.04425");
		expect(record?.references.map((r) => r.id)).toContain("1411.1784");
		// A recorded paper object read as a batch entry: its published venue and arXiv DOI.
		const neurips = readCitationRecord("2208.04425", CITED[0]);
		expect(neurips?.publishedIn).toBe("Neural Information Processing Systems");
		expect(neurips?.publishedDoi).toBeUndefined();
	});

	it("never throw on any answer, and keep only arXiv IDs a note could hold", () => {
		fc.assert(
			fc.property(fc.anything(), fc.jsonValue(), (a, b) => {
				const record = readCitationRecord("2401.00001", { references: [a, b, { externalIds: { ArXiv: a } }], externalIds: a, venue: b, citationCount: a });
				for (const ref of record?.references ?? []) if (ref.id !== undefined) expect(readArxivId({ arxiv_id: ref.id })).toBe(ref.id);
				const page = citingIds({ data: [a, b, { citingPaper: a }], next: b });
				for (const id of page.ids) expect(readArxivId({ arxiv_id: id })).toBe(id);
			}),
		);
	});
});

/** An HTTP client answering from a function; records the requests. */
function server(answer: (req: HttpRequest, n: number) => HttpResponse): { http: { request: (req: HttpRequest) => Promise<HttpResponse> }; requests: HttpRequest[] } {
	const requests: HttpRequest[] = [];
	return { requests, http: { request: (req) => Promise.resolve(answer(req, requests.push(req))) } };
}
const json = (body: unknown, status = 200, headers: Record<string, string> = {}): HttpResponse => ({ status, headers, text: JSON.stringify(body) });

describe("the Semantic Scholar client", () => {
	it("asks for N papers in ceil(N / 500) batch requests, each answer aligned with its IDs", async () => {
		const ids = Array.from({ length: 1203 }, (_, i) => `2401.${String(10000 + i)}`);
		// Built from the recorded paper object: each paper known but the first of each batch (null, as recorded).
		const { http, requests } = server((req) => {
			const asked = (JSON.parse(req.body ?? "{}") as { ids: string[] }).ids;
			return json(asked.map((a, i) => (i === 0 ? null : { ...CITED[0], externalIds: { ArXiv: a.replace("ARXIV:", "") } })));
		});
		const clock = fixedClock();
		const s2 = new SemanticScholar(http, clock, new RateLimiter(clock, 1000));
		const found = await s2.papers(ids);
		expect(requests).toHaveLength(3);
		expect(requests[0]?.url).toMatch(/^https:\/\/api\.semanticscholar\.org\/graph\/v1\/paper\/batch\?fields=.*references\.externalIds/);
		expect(requests[0]?.method).toBe("POST");
		expect((JSON.parse(requests[0]?.body ?? "") as { ids: string[] }).ids[0]).toBe("ARXIV:2401.10000");
		expect(found.size).toBe(1200);
		expect(found.has("2401.10000")).toBe(false);
		expect(found.has("2401.10500")).toBe(false);
		expect(found.get("2401.10001")?.publishedIn).toBe("Neural Information Processing Systems");
	});

	it("asks for the halves of a batch whose answer would be too big, as often as it takes, and gets every paper once", async () => {
		// No recording of the size limit is published: it is answered as the API documents a refusal (an error message).
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 1, max: 1203 }), fc.integer({ min: 26, max: 600 }), fc.constantFrom(400, 413), async (count, most, status) => {
				const ids = Array.from({ length: count }, (_, i) => `2401.${String(10000 + i)}`);
				const answered: string[] = [];
				const { http } = server((req) => {
					const asked = (JSON.parse(req.body ?? "{}") as { ids: string[] }).ids.map((a) => a.replace("ARXIV:", ""));
					if (asked.length > most) return json({ error: "Response would exceed maximum size of 10 MB" }, status);
					answered.push(...asked);
					return json(asked.map((a) => ({ ...CITED[0], externalIds: { ArXiv: a } })));
				});
				const clock = fixedClock();
				const progress: number[] = [];
				const found = await new SemanticScholar(http, clock, new RateLimiter(clock, 1000)).papers(ids, (done) => progress.push(done));
				expect([...found.keys()].sort()).toEqual([...ids].sort());
				expect(answered.sort()).toEqual([...ids].sort());
				expect(progress.at(-1)).toBe(count);
			}),
			{ numRuns: 30 },
		);
	});

	it("asks for the halves of a batch that keeps failing (504, as big batches with references did), once", async () => {
		const ids = Array.from({ length: 1000 }, (_, i) => `2401.${String(10000 + i)}`);
		const clock = fixedClock();
		const bySize = (most: number): ReturnType<typeof server> =>
			server((req) => {
				const asked = (JSON.parse(req.body ?? "{}") as { ids: string[] }).ids.map((a) => a.replace("ARXIV:", ""));
				return asked.length > most ? json({ message: "Endpoint request timed out" }, 504) : json(asked.map((a) => ({ ...CITED[0], externalIds: { ArXiv: a } })));
			});
		expect((await new SemanticScholar(bySize(250).http, clock, new RateLimiter(clock, 1000)).papers(ids)).size).toBe(1000);
		// Halves that fail too: the outage is reported after one split, not after splitting down to the smallest batch.
		const down = bySize(100);
		await expect(new SemanticScholar(down.http, clock, new RateLimiter(clock, 1000)).papers(ids)).rejects.toThrow(/HTTP 504 4 times/);
		expect(down.requests).toHaveLength(8);
	});

	it("reports a failing batch once it is too small to split, and a refusal that is not about size at once", async () => {
		const ids = Array.from({ length: 40 }, (_, i) => `2401.${String(10000 + i)}`);
		const clock = fixedClock();
		const failing = server(() => json({ message: "Internal Server Error" }, 500));
		await expect(new SemanticScholar(failing.http, clock, new RateLimiter(clock, 1000)).papers(ids)).rejects.toThrow(/HTTP 500 4 times/);
		// 40 papers tried 4 times, then split; the first 20 (too few to split again) tried 4 times, then the report.
		expect(failing.requests).toHaveLength(8);
		const bad = server(() => json({ error: "Unrecognized field: referencez" }, 400));
		await expect(new SemanticScholar(bad.http, clock, new RateLimiter(clock, 1000)).papers(ids)).rejects.toThrow(/refused the batch \(HTTP 400: Unrecognized field/);
		expect(bad.requests).toHaveLength(1);
	});

	it("stops between batches when cancelled", async () => {
		const ids = Array.from({ length: 1203 }, (_, i) => `2401.${String(10000 + i)}`);
		const { http, requests } = server((req) => json((JSON.parse(req.body ?? "{}") as { ids: string[] }).ids.map(() => null)));
		const clock = fixedClock();
		const controller = new AbortController();
		const s2 = new SemanticScholar(http, clock, new RateLimiter(clock, 1000));
		await expect(s2.papers(ids, () => controller.abort(), controller.signal)).rejects.toThrow();
		expect(requests).toHaveLength(1);
	});

	it("pages through the recorded 19 pages of a paper's citing papers, following next to the last", async () => {
		const { http, requests } = server((req) => {
			const offset = Number(/offset=(\d+)/.exec(req.url)?.[1]);
			return { status: 200, headers: {}, text: fixture(`semantic-scholar/citations-CorpusID-14514057/${offset / 100}.body.json`) };
		});
		const clock = fixedClock();
		const s2 = new SemanticScholar(http, clock, new RateLimiter(clock, 1000));
		// The recording asked for titles only: no citing paper names an arXiv ID.
		expect(await s2.citedBy("2401.00001")).toEqual([]);
		expect(requests.map((r) => Number(/offset=(\d+)/.exec(r.url)?.[1]))).toEqual(Array.from({ length: 19 }, (_, i) => i * 100));
	});

	it("refuses a batch answer that does not list the papers asked, and says a refused key is the key", async () => {
		const short = server(() => json([null]));
		const clock = fixedClock();
		await expect(new SemanticScholar(short.http, clock, new RateLimiter(clock, 1000)).papers(["2401.00001", "2401.00002"])).rejects.toThrow(/does not list the 2 papers asked/);
		const forbidden = server(() => json({ message: "Forbidden" }, 403));
		await expect(new SemanticScholar(forbidden.http, clock, new RateLimiter(clock, 1000), { apiKey: "bad" }).papers(["2401.00001"])).rejects.toThrow(/refused the API key \(HTTP 403\): check it in the settings/);
		// An entry that names another arXiv paper is not taken for the one asked.
		const swapped = server(() => json([{ ...CITED[0] }]));
		expect((await new SemanticScholar(swapped.http, clock, new RateLimiter(clock, 1000)).papers(["2401.00001"])).size).toBe(0);
	});

	it("waits out a 429's Retry-After, then gives up with a message that says what to do", async () => {
		const { http, requests } = server((_req, n) => (n === 1 ? json({ message: "Too Many Requests" }, 429, { "retry-after": "7" }) : json([null])));
		const clock = fixedClock();
		const s2 = new SemanticScholar(http, clock, new RateLimiter(clock, 1000), { apiKey: "k" });
		expect((await s2.papers(["2401.00001"])).size).toBe(0);
		expect(requests).toHaveLength(2);
		expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(7000);
		expect(requests[1]?.headers?.["x-api-key"]).toBe("k");

		const always = server(() => json({ message: "Too Many Requests" }, 429));
		const slow = new SemanticScholar(always.http, clock, new RateLimiter(clock, 1000));
		await expect(slow.papers(["2401.00001"])).rejects.toThrow(CitationSourceError);
		await expect(slow.papers(["2401.00001"])).rejects.toThrow(/asked to slow down \(HTTP 429\).*add an API key/);
	});

	it("stops waiting out a Retry-After as soon as the user cancels, and asks nothing more", async () => {
		const { http, requests } = server(() => json({ message: "Too Many Requests" }, 429, { "retry-after": "60" }));
		const clock = fixedClock();
		// A minute that does not pass by itself: only the cancel can end the wait.
		const waiting = { ...clock, sleep: (): Promise<void> => new Promise<void>(() => undefined) };
		const controller = new AbortController();
		const run = new SemanticScholar(http, waiting, new RateLimiter(waiting, 1000)).papers(["2401.00001"], undefined, controller.signal);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(requests).toHaveLength(1);
		controller.abort();
		await expect(run).rejects.toThrow(/abort/i);
		expect(requests).toHaveLength(1);
	});

	it("pages the papers citing one until there is no next, and knows a paper it does not know (404)", async () => {
		const { http, requests } = server((req) => {
			if (req.url.includes("arXiv:2401.99999")) return { status: 404, headers: {}, text: NOT_FOUND };
			const offset = Number(/offset=(\d+)/.exec(req.url)?.[1]);
			// The recorded reference pages, as citing papers: page 0 then the last page.
			const page = offset === 0 ? REFS0 : REFS1;
			return json({ ...page, data: page.data.map((d) => ({ citingPaper: d.citedPaper })) });
		});
		const clock = fixedClock();
		const s2 = new SemanticScholar(http, clock, new RateLimiter(clock, 1000));
		const citing = await s2.citedBy("2401.00001");
		expect(requests.map((r) => /offset=(\d+)/.exec(r.url)?.[1])).toEqual(["0", "100"]);
		expect(citing).toContain("2208.04425");
		expect(citing).toContain("1411.1784");
		expect(await s2.citedBy("2401.99999")).toBeUndefined();
	});
});

describe("the citation map", () => {
	const id = fc.constantFrom("2401.00001", "2401.00002", "2401.00003", "2401.00004", "2401.00005", "2401.00006");
	const reference = fc.record({ id: fc.option(id, { nil: undefined }), title: fc.string(), citationCount: fc.option(fc.nat(), { nil: undefined }) });
	const records = fc.array(fc.record({ id, references: fc.array(reference, { maxLength: 8 }), citedBy: fc.option(fc.array(id), { nil: undefined }) }), { maxLength: 6 });

	it("has B in A's cites exactly when A is in B's cited_by, only papers of the vault, never a paper citing itself", () => {
		fc.assert(
			fc.property(fc.uniqueArray(id, { maxLength: 6 }), records, (vaultIds, list) => {
				const vault = new Set<string>(vaultIds);
				const map = new Map<string, CitationRecord>();
				for (const r of list) map.set(r.id, { id: r.id, references: r.references.map((x) => (x.id === undefined ? { title: x.title } : { ...x, id: x.id })), ...(r.citedBy ? { citedBy: r.citedBy } : {}) });
				const graph = citationGraph(vault, map);
				for (const [a, c] of graph) {
					for (const b of c.cites) {
						expect(vault.has(b) && b !== a).toBe(true);
						expect(graph.get(b)?.citedBy).toContain(a);
					}
					for (const b of c.citedBy) expect(graph.get(b)?.cites).toContain(a);
					expect(c.missing.length).toBeLessThanOrEqual(MISSING_SHOWN);
					for (const m of c.missing) expect(vault.has(m.id ?? "")).toBe(false);
					expect(c.missing.map((m) => m.citationCount ?? 0)).toEqual([...c.missing.map((m) => m.citationCount ?? 0)].sort((x, y) => y - x));
				}
			}),
		);
	});
});

describe("the OpenAlex fallback", () => {
	const works = (JSON.parse(fixture("openalex/works-title-search-chemistry-tools.body.json")) as { results: { doi: string }[] }).results;

	it("reads a recorded work: the preprint's count, the journal article's venue and DOI", async () => {
		const { readOpenAlexWork } = await import("../../../src/core/citations/openalex");
		const preprint = works.find((w) => w.doi.includes("10.48550"));
		const article = works.find((w) => !w.doi.includes("10.48550"));
		expect(readOpenAlexWork("2304.05376", preprint)).toEqual({ id: "2304.05376", references: [], citationCount: 106 });
		expect(readOpenAlexWork("2304.05376", article)).toMatchObject({ publishedIn: "Nature Machine Intelligence", publishedDoi: "10.1038/s42256-024-00832-8" });
		fc.assert(
			fc.property(fc.anything(), (value) => {
				const read = readOpenAlexWork("2401.00001", value);
				if (read?.citationCount !== undefined) expect(Number.isInteger(read.citationCount)).toBe(true);
			}),
		);
	});

	it("asks one work per paper by its arXiv DOI, and leaves a paper it answers with a 404 page unknown", async () => {
		const { openAlexRecords } = await import("../../../src/core/citations/openalex");
		const preprint = works.find((w) => w.doi.includes("10.48550"));
		const { http, requests } = server((req) => (req.url.endsWith("arXiv.2304.05376") ? json(preprint) : { status: 404, headers: {}, text: fixture("openalex/not-found.body.html") }));
		const clock = fixedClock();
		const found = await openAlexRecords(http, new RateLimiter(clock, 200), ["2304.05376", "2401.99999"]);
		expect(requests.map((r) => r.url)).toEqual(["https://api.openalex.org/works/https://doi.org/10.48550/arXiv.2304.05376", "https://api.openalex.org/works/https://doi.org/10.48550/arXiv.2401.99999"]);
		expect([...found.keys()]).toEqual(["2304.05376"]);
	});
});
