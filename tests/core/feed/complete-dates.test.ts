import { describe, expect, it } from "vitest";
import { ArxivClient } from "../../../src/core/arxiv/client";
import { RateLimiter } from "../../../src/core/arxiv/rate-limiter";
import { completeDates } from "../../../src/core/feed/complete-dates";
import { parseListingFeed, type FeedPaper } from "../../../src/core/feed/rss";
import type { PaperSource } from "../../../src/core/importer";
import type { Paper } from "../../../src/core/model";
import { HttpError } from "../../../src/core/ports";
import { arxivServer, atomFeed, errorEntry, ok, ScriptedHttp, syntheticEntry, VirtualClock } from "../arxiv/fake-arxiv";
import { RSS_FILE, recordedListing } from "./listing-fixtures";

const id = (n: number): string => `2609.${String(n).padStart(5, "0")}`;

function feedPaper(paperId: string): FeedPaper {
	return { id: paperId, version: 1, title: `Paper ${paperId}`, abstract: "An abstract.", authors: ["A"], primaryCategory: "cs.LG", categories: ["cs.LG"], announced: "2026-09-24" };
}

/** An arXiv that knows every ID and records the IDs of each call; `failOnCall` makes that call throw like ArxivClient does. */
class FakeArxiv implements PaperSource {
	readonly calls: string[][] = [];
	constructor(private readonly failOnCall?: number) {}
	fetchByIds(ids: string[]): Promise<{ papers: Paper[]; notFound: string[] }> {
		this.calls.push(ids);
		if (this.calls.length === this.failOnCall) return Promise.reject(new Error("arXiv is busy (HTTP 503, 4 attempts): try again in a few minutes"));
		const papers = ids
			.filter((i) => !i.endsWith("99"))
			.map((i): Paper => ({ ...feedPaper(i), published: "2026-09-22T17:59:59Z", updated: "2026-09-23T10:00:00Z", comment: "12 pages" }));
		return Promise.resolve({ papers, notFound: ids.filter((i) => i.endsWith("99")) });
	}
}

describe("completeDates", () => {
	it("asks arXiv 100 IDs at a time and fills published, updated and the comment", async () => {
		const papers = Array.from({ length: 250 }, (_, i) => feedPaper(id(i + 1)));
		const arxiv = new FakeArxiv();
		const progress: number[] = [];
		const result = await completeDates(papers, arxiv, { onProgress: (asked) => progress.push(asked) });
		expect(arxiv.calls.map((c) => c.length)).toEqual([100, 100, 50]);
		expect(progress).toEqual([100, 200, 250]);
		expect(result.error).toBeUndefined();
		expect(result.notFound).toEqual([id(99), id(199)]);
		expect(result.completed).toHaveLength(248);
		expect(result.papers[0]).toEqual({ ...papers[0], published: "2026-09-22T17:59:59Z", updated: "2026-09-23T10:00:00Z", comment: "12 pages" });
		// A paper arXiv does not know stays as the listing gave it.
		expect(result.papers[98]).toEqual(papers[98]);
	});

	it("asks only for the papers that lack dates, and keeps the listing's own fields", async () => {
		const dated = { ...feedPaper(id(1)), published: "2020-01-01T00:00:00Z", updated: "2020-01-01T00:00:00Z" };
		const withComment = { ...feedPaper(id(2)), comment: "from the listing" };
		const arxiv = new FakeArxiv();
		const result = await completeDates([dated, withComment], arxiv);
		expect(arxiv.calls).toEqual([[id(2)]]);
		expect(result.papers).toEqual([dated, { ...withComment, published: "2026-09-22T17:59:59Z", updated: "2026-09-23T10:00:00Z" }]);
		expect(result.completed).toEqual([id(2)]);
	});

	it("when arXiv fails mid-way: the papers answered so far have dates, the rest stay complete without them, and the reason is given", async () => {
		const papers = Array.from({ length: 250 }, (_, i) => feedPaper(id(i + 1)));
		const arxiv = new FakeArxiv(2);
		const result = await completeDates(papers, arxiv);
		expect(arxiv.calls.map((c) => c.length)).toEqual([100, 100]);
		expect(result.error).toBe("arXiv is busy (HTTP 503, 4 attempts): try again in a few minutes");
		expect(result.completed).toHaveLength(99);
		expect(result.papers).toHaveLength(250);
		expect(result.papers[0]?.published).toBe("2026-09-22T17:59:59Z");
		expect(result.papers.slice(100)).toEqual(papers.slice(100));
	});

	it("with the real client and arXiv unreachable: the listing's papers come back unchanged with the client's message", async () => {
		const papers = parseListingFeed(recordedListing(RSS_FILE)).items.map((i) => i.paper);
		const clock = new VirtualClock();
		const http = new ScriptedHttp(clock, () => new HttpError("network", "getaddrinfo ENOTFOUND export.arxiv.org"));
		const result = await completeDates(papers, new ArxivClient(http, new RateLimiter(clock), clock));
		expect(result.papers).toEqual(papers);
		expect(result.completed).toEqual([]);
		expect(result.error).toMatch(/^could not reach arXiv \(getaddrinfo ENOTFOUND export\.arxiv\.org; 4 attempts\)/);
	});

	it("with the real client: an impossible date stays out and an arXiv error is kept, both as warnings", async () => {
		const papers = [feedPaper(id(1)), feedPaper(id(2)), feedPaper(id(3))];
		const clock = new VirtualClock();
		const badDate = syntheticEntry(id(1)).replace(/<published>[^<]*</, "<published>2024-02-30T00:00:00Z<");
		const http = new ScriptedHttp(clock, () => ok(atomFeed([badDate, errorEntry(id(2)), syntheticEntry(id(3))])));
		const result = await completeDates(papers, new ArxivClient(http, new RateLimiter(clock), clock));
		expect(result.papers[0]).not.toHaveProperty("published");
		expect(result.papers[0]?.updated).toBe("2024-05-01T00:00:00Z");
		expect(result.papers[1]).toEqual(papers[1]);
		expect(result.papers[2]?.published).toBe("2024-05-01T00:00:00Z");
		expect(result.notFound).toEqual([]);
		expect(result.warnings).toEqual([
			`${id(1)}: arXiv gave it the published date "2024-02-30T00:00:00Z", which is not a real date; it is left out of the note`,
			`${id(2)}: no published and updated dates (arXiv answered with an error: incorrect id format for ${id(2)})`,
		]);
	});

	it("with the real client: one API request completes the recorded listing", async () => {
		const papers = parseListingFeed(recordedListing(RSS_FILE)).items.map((i) => i.paper);
		const clock = new VirtualClock();
		const http = new ScriptedHttp(clock, arxivServer(new Map(papers.map((p) => [p.id, syntheticEntry(p.id)]))));
		const result = await completeDates(papers, new ArxivClient(http, new RateLimiter(clock), clock));
		expect(http.requests).toHaveLength(1);
		expect(http.idLists()).toEqual([papers.map((p) => p.id)]);
		expect(result.completed).toEqual(papers.map((p) => p.id));
		// The listing's own metadata stays; the API's synthetic title does not replace it.
		expect(result.papers.map((p) => [p.title, p.published])).toEqual(papers.map((p) => [p.title, "2024-05-01T00:00:00Z"]));
		// The replacement announced as v3 keeps v3 (the API's v1 answer is older than the listing).
		expect(result.papers[3]?.version).toBe(3);
	});
});
