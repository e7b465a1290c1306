import { describe, expect, it } from "vitest";
import { canonicalCategory, listingUrl, UnknownCategoryError } from "../../../src/core/feed/feed-url";

describe("listingUrl", () => {
	it("asks for every followed category in one request", () => {
		expect(listingUrl(["cs.LG", "cs.AI", "cs.CL", "stat.ML"])).toBe("https://rss.arxiv.org/rss/cs.LG+cs.AI+cs.CL+stat.ML");
		expect(listingUrl(["cs.LG"], "atom")).toBe("https://rss.arxiv.org/atom/cs.LG");
	});

	it("accepts whole archives, corrects case and drops blanks and repeats", () => {
		expect(listingUrl(["math", "cs.lg", " hep-th ", "", "CS.LG", "cond-mat.MES-HALL"])).toBe(
			"https://rss.arxiv.org/rss/math+cs.LG+hep-th+cond-mat.mes-hall",
		);
	});

	it.each([
		[["cs.XX"], "cs.XX is not an arXiv category"],
		[["cs.LG", "machine learning"], "machine learning is not an arXiv category"],
		[["cs.LG+cs.AI"], "cs.LG+cs.AI is not an arXiv category"],
		[[], "Choose at least one arXiv category"],
		[["  "], "Choose at least one arXiv category"],
	])("refuses %j: %s", (categories, message) => {
		expect(() => listingUrl(categories)).toThrow(UnknownCategoryError);
		expect(() => listingUrl(categories)).toThrow(message);
	});

	it("canonicalCategory gives the taxonomy's spelling or nothing", () => {
		expect(canonicalCategory("q-bio.nc")).toBe("q-bio.NC");
		expect(canonicalCategory("physics.ACC-PH")).toBe("physics.acc-ph");
		expect(canonicalCategory("cs.XX")).toBeUndefined();
	});
});
