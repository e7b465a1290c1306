import { describe, expect, it } from "vitest";
import { paperYear } from "../../src/core/paper-year";
import { renderPaperBody } from "../../src/core/notes/paper-note";
import { labelsFor } from "../../src/core/notes/labels";
import { wikiLinks } from "../../src/cli/links";
import { paper } from "../support/fakes";

describe("a paper from a listing, before the API told its dates", () => {
	const fromFeed = paper({ id: "2609.26811", published: undefined, updated: undefined, announced: "2026-09-24" });

	it.each([
		[{ id: "2609.26811", published: "2026-09-23T10:00:00Z" }, "2026"],
		[{ id: "2609.26811" }, "2026"],
		[{ id: "hep-th/9901001" }, "1999"],
		[{ id: "math/0309136" }, "2003"],
		[{ id: "weird", announced: "2026-09-24" }, "2026"],
	])("has a year: %j -> %s", (p, year) => {
		expect(paperYear(p)).toBe(year);
	});

	it("renders without Published and Updated lines", () => {
		const input = { paper: fromFeed, notePath: "papers/x.md", keywords: [], categoryPaths: [], labels: labelsFor("en"), links: wikiLinks, generatedAt: "2026-09-24 08:00:00" };
		const body = renderPaperBody(input);
		expect(body).not.toMatch(/\*\*Published:?\*\*/);
		expect(body).not.toMatch(/\*\*Updated:?\*\*/);
		expect(body).toContain("> **Announced:** 2026-09-24");
	});
});
