import { describe, expect, it } from "vitest";
import { checkPapers, entryWithoutId, errorReason, incompleteEntry, isCalendarDate, withValidDates } from "../../../src/core/arxiv/entry-check";
import type { Paper } from "../../../src/core/model";

const paper = (extra: Partial<Paper> = {}): Paper => ({
	id: "2401.00001",
	version: 1,
	title: "A title",
	abstract: "",
	authors: [],
	published: "2024-01-02T03:04:05Z",
	updated: "2024-01-03T00:00:00Z",
	primaryCategory: "cs.LG",
	categories: ["cs.LG"],
	...extra,
});

describe("isCalendarDate", () => {
	it.each(["2024-02-29", "2000-02-29T00:00:00Z", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123Z", "2007-10-12T00:00:00-04:00", "2024-12-31 23:59:59", "2024-05-01T10:00"])(
		"accepts %s",
		(value) => expect(isCalendarDate(value)).toBe(true),
	);

	it.each(["not-a-date", "2024-13-45", "2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31T00:00:00Z", "2024-00-10", "2024-01-00", "0000-01-01", "2024-05-01T24:00:00Z", "2024-05-01T10:60:00Z", "2024-05-01T10:00:61Z", "2024-05-01T10:00:00+15:00", "24-05-01", "2024-5-1", "", "2024-05-01junk"])(
		"refuses %s",
		(value) => expect(isCalendarDate(value)).toBe(false),
	);
});

describe("entry reasons", () => {
	it("names the ID and what is missing", () => {
		expect(incompleteEntry("2401.00001", { title: " ", published: "2024-01-01" })).toBe("arXiv returned an entry for 2401.00001 without a title");
		expect(incompleteEntry("2401.00001", { title: "T", published: undefined })).toBe("arXiv returned an entry for 2401.00001 without a publication date");
		expect(incompleteEntry("2401.00001", { title: "", published: "" })).toBe("arXiv returned an entry for 2401.00001 without a title or a publication date");
		expect(incompleteEntry("2401.00001", { title: "T", published: "2024-01-01" })).toBeUndefined();
	});

	it("says what an entry without an ID had instead", () => {
		expect(entryWithoutId("", "Some paper")).toBe('arXiv returned an entry without an ID, titled "Some paper"');
		expect(entryWithoutId("http://example.com/x", "")).toBe("arXiv returned an entry whose ID is not an arXiv paper link (http://example.com/x)");
	});

	it("keeps arXiv's words and says they are arXiv's; keeps the parser's sentences as they are", () => {
		expect(errorReason({ id: "1234.5678", message: "incorrect id format for 1234.5678" })).toBe("arXiv answered with an error: incorrect id format for 1234.5678");
		expect(errorReason({ message: "arXiv sent an entry whose id is not an arXiv paper link: (empty)" })).toBe("arXiv sent an entry whose id is not an arXiv paper link: (empty)");
	});
});

describe("withValidDates and checkPapers", () => {
	it("leaves a paper with real dates as it is", () => {
		const p = paper();
		expect(withValidDates(p)).toEqual({ paper: p, warnings: [] });
	});

	it("leaves out each impossible date with a warning naming the paper, the property and the value", () => {
		const p = paper({ published: "2024-02-30", updated: "not-a-date" });
		const { paper: out, warnings } = withValidDates(p);
		expect(out).not.toHaveProperty("published");
		expect(out).not.toHaveProperty("updated");
		expect(p.published).toBe("2024-02-30");
		expect(warnings).toEqual([
			'2401.00001: arXiv gave it the published date "2024-02-30", which is not a real date; it is left out of the note',
			'2401.00001: arXiv gave it the updated date "not-a-date", which is not a real date; it is left out of the note',
		]);
	});

	it("turns a paper without a title or publication date into an error, keeps the rest", () => {
		const result = checkPapers([paper({ title: "" }), paper({ id: "2401.00002", updated: "2024-13-45" }), paper({ id: "2401.00003", published: undefined })]);
		expect(result.papers.map((p) => p.id)).toEqual(["2401.00002"]);
		expect(result.errors).toEqual([
			{ id: "2401.00001", message: "arXiv returned an entry for 2401.00001 without a title" },
			{ id: "2401.00003", message: "arXiv returned an entry for 2401.00003 without a publication date" },
		]);
		expect([...result.warnings]).toEqual([["2401.00002", ['2401.00002: arXiv gave it the updated date "2024-13-45", which is not a real date; it is left out of the note']]]);
	});
});
