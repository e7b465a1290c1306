import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/core/arxiv/rate-limiter";
import { ArxivClient } from "../../../src/core/arxiv/client";
import { pastDays, pastListing, pastListingQuery, PastDatesError } from "../../../src/core/feed/past-listing";
import type { HttpRequest } from "../../../src/core/ports";
import { fixedClock, fixture, paper } from "../../support/fakes";

const TODAY = new Date("2026-12-01T10:00:00");

describe("a past listing", () => {
	it("is a past day or up to seven days, said plainly when not", () => {
		expect(pastDays("2026-11-25", undefined, TODAY)).toEqual({ from: "2026-11-25", to: "2026-11-25" });
		expect(pastDays("2026-11-23", "2026-11-27", TODAY)).toEqual({ from: "2026-11-23", to: "2026-11-27" });
		expect(() => pastDays("25/11/2026", undefined, TODAY)).toThrow(/takes a day as YYYY-MM-DD/);
		expect(() => pastDays("2026-02-30", undefined, TODAY)).toThrow(PastDatesError);
		expect(() => pastDays("2026-11-27", "2026-11-23", TODAY)).toThrow(/comes before the first/);
		expect(() => pastDays("2026-12-02", undefined, TODAY)).toThrow(/has not come yet/);
		expect(() => pastDays("2026-11-01", "2026-11-20", TODAY)).toThrow(/20 days is more than a listing/);
	});

	it("asks the API for the followed categories' papers submitted on those days", () => {
		expect(pastListingQuery(["cs.LG", "stat.ML"], { from: "2026-11-23", to: "2026-11-25" })).toBe("(cat:cs.LG OR cat:stat.ML) AND submittedDate:[202611230000 TO 202611252359]");
		// A whole archive takes its categories by a wildcard (arXiv's API takes `cat:math.*`); one
		// that is a single category (hep-th) is itself, and `math` does not take math-ph.
		expect(pastListingQuery(["math", "hep-th", "astro-ph"], { from: "2026-11-23", to: "2026-11-23" })).toBe(
			"(cat:math OR cat:math.* OR cat:hep-th OR cat:astro-ph OR cat:astro-ph.*) AND submittedDate:[202611230000 TO 202611232359]",
		);
	});

	it("reads the papers as a listing: new when their primary category is followed, cross-listed otherwise, each once", () => {
		const listing = pastListing(
			[paper({ id: "2611.00001", primaryCategory: "cs.LG", categories: ["cs.LG"] }), paper({ id: "2611.00002", primaryCategory: "math.ST", categories: ["math.ST", "stat.ML"] }), paper({ id: "2611.00001", primaryCategory: "cs.LG" })],
			["cs.LG", "stat.ML"],
			{ from: "2026-11-25", to: "2026-11-25" },
		);
		expect(listing.items.map((i) => [i.paper.id, i.announceType])).toEqual([
			["2611.00001", "new"],
			["2611.00002", "cross"],
		]);
		expect(listing.announced).toBe("2026-11-25");
	});

	it("is read a page at a time, oldest first, until a page comes back short", async () => {
		const full = fixture("arxiv-api/search-all-science-10-entries.xml");
		const short = fixture("arxiv-api/search-cat-cs.RO-AND-neural-2-entries.xml");
		const asked: HttpRequest[] = [];
		const http = { request: (req: HttpRequest) => (asked.push(req), Promise.resolve({ status: 200, headers: {}, text: asked.length === 1 ? full : short })) };
		const clock = fixedClock();
		const client = new ArxivClient(http, new RateLimiter(clock), clock);
		const answer = await client.queryAll("(cat:cs.RO) AND submittedDate:[202611250000 TO 202611252359]", 10);
		expect(answer.papers).toHaveLength(12);
		expect(asked.map((r) => new URL(r.url).searchParams.get("start"))).toEqual(["0", "10"]);
		const url = new URL(asked[0]?.url ?? "");
		expect(url.searchParams.get("search_query")).toBe("(cat:cs.RO) AND submittedDate:[202611250000 TO 202611252359]");
		expect(url.searchParams.get("sortBy")).toBe("submittedDate");
		expect(url.searchParams.get("sortOrder")).toBe("ascending");
		// 3 s between the two pages, as between any two arXiv requests.
		expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3000);
	});
});
