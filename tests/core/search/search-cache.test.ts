import { describe, expect, it } from "vitest";
import { SearchCache } from "../../../src/core/search/search-cache";
import { fixedClock } from "../../support/fakes";

describe("SearchCache", () => {
	it("finds an answer again for the same query typed differently", () => {
		const cache = new SearchCache<string[]>();
		cache.set("Graph  neural ", ["2510.14827"]);
		expect(cache.get("graph neural")).toEqual(["2510.14827"]);
		expect(cache.get("  GRAPH neural AND")).toEqual(["2510.14827"]);
		expect(cache.get("graph")).toBeUndefined();
		expect(cache.size).toBe(1);
	});

	it("keeps field values apart by case (cat:cs.RO is not cat:cs.ro)", () => {
		const cache = new SearchCache<string>();
		cache.set("cat:cs.RO", "robotics");
		expect(cache.get("cat:cs.ro")).toBeUndefined();
	});

	it("drops the least recently used query when full", () => {
		const cache = new SearchCache<number>({ capacity: 2 });
		cache.set("alpha", 1);
		cache.set("beta", 2);
		expect(cache.get("alpha")).toBe(1); // alpha is now the most recent
		cache.set("gamma", 3);
		expect(cache.get("beta")).toBeUndefined();
		expect(cache.get("alpha")).toBe(1);
		expect(cache.get("gamma")).toBe(3);
	});

	it("fetches again once an answer is older than its time to live", async () => {
		const clock = fixedClock();
		const cache = new SearchCache<number>({ ttlMs: 60_000, clock });
		cache.set("graph", 1);
		await clock.sleep(59_000);
		expect(cache.get("graph")).toBe(1);
		await clock.sleep(2_000);
		expect(cache.get("graph")).toBeUndefined();
	});

	it("sends one request for a query asked twice while the first is under way, with arXiv's query", async () => {
		const cache = new SearchCache<string>();
		const asked: string[] = [];
		let answer: (value: string) => void = () => undefined;
		const load = (query: string): Promise<string> => {
			asked.push(query);
			return new Promise((resolve) => (answer = resolve));
		};
		const first = cache.lookup("graph neural", load);
		const second = cache.lookup("Graph  neural", load);
		answer("feed");
		expect(await first).toBe("feed");
		expect(await second).toBe("feed");
		expect(await cache.lookup("graph neural", load)).toBe("feed");
		expect(asked).toEqual(["(ti:graph OR abs:graph) AND (ti:neural OR abs:neural)"]);
	});

	it("does not keep a failed request: the next lookup asks again", async () => {
		const cache = new SearchCache<string>();
		let calls = 0;
		const failing = (): Promise<string> => {
			calls++;
			return Promise.reject(new Error("arXiv is busy"));
		};
		await expect(cache.lookup("graph", failing)).rejects.toThrow("arXiv is busy");
		expect(cache.get("graph")).toBeUndefined();
		expect(await cache.lookup("graph", () => Promise.resolve("ok"))).toBe("ok");
		expect(calls).toBe(1);
	});
});
