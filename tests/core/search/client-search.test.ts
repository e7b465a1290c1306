import { describe, expect, it } from "vitest";
import { ArxivClient, ArxivUnavailableError } from "../../../src/core/arxiv/client";
import { RateLimiter } from "../../../src/core/arxiv/rate-limiter";
import { ok, recorded, ScriptedHttp, status, VirtualClock, type Answer } from "../arxiv/fake-arxiv";

function scripted(answers: Answer[]): { clock: VirtualClock; http: ScriptedHttp; client: ArxivClient } {
	const clock = new VirtualClock();
	const http = ScriptedHttp.sequence(clock, answers);
	return { clock, http, client: new ArxivClient(http, new RateLimiter(clock), clock) };
}

describe("ArxivClient.search", () => {
	it("sends the translated query over https and returns the recorded papers, best first", async () => {
		const { http, client } = scripted([ok(recorded("search-cat-cs.RO-AND-neural-2-entries.xml"))]);
		const papers = await client.search("cat:cs.RO neural", 2);
		expect(papers).toHaveLength(2);
		expect(papers[0]?.primaryCategory).toBe("cs.RO");
		const url = new URL(http.requests[0]?.url ?? "");
		expect(url.protocol).toBe("https:");
		expect(url.searchParams.get("search_query")).toBe("cat:cs.RO AND (ti:neural OR abs:neural)");
		expect(url.searchParams.get("max_results")).toBe("2");
	});

	it("parses the old-style ID of the recorded answer", async () => {
		const { client } = scripted([ok(recorded("search-all-electron-old-style-id-hep-ex-0307015.xml"))]);
		const papers = await client.search("electron", 10);
		expect(papers.map((p) => p.id)).toContain("hep-ex/0307015");
	});

	it("shares the limiter with ID lookups: requests start at least 3 s apart", async () => {
		const { http, client } = scripted([ok(recorded("search-all-science-10-entries.xml"))]);
		await client.search("science", 10);
		await client.search("science two", 10);
		await client.fetchByIds(["1501.05039"]);
		expect(http.gaps().every((g) => g >= 3000)).toBe(true);
	});

	it("honours Retry-After and retries a 503, then gives up with a clear message", async () => {
		const { http, client } = scripted([status(503, { "retry-after": "7" }), ok(recorded("search-all-science-10-entries.xml"))]);
		await expect(client.search("science", 10)).resolves.toHaveLength(10);
		expect(http.gaps()[0]).toBeGreaterThanOrEqual(7000);
		const failing = scripted([status(503)]);
		await expect(failing.client.search("science", 10)).rejects.toBeInstanceOf(ArxivUnavailableError);
		expect(failing.http.requests).toHaveLength(4);
	});
});
