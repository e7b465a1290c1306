import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readArxivId } from "../../../src/core/notes/paper-schema";
import { normalizeFolder, settingsFrom } from "../../../src/core/settings";

describe("readArxivId", () => {
	it("reads a hand-typed unquoted new-style ID that YAML parsed as a number", () => {
		// Generated: every new-style ID, typed without quotes, parsed by YAML as a note's property.
		const newStyle = fc.tuple(fc.integer({ min: 7, max: 29 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99999 })).map(([yy, mm, n]) => {
			const yymm = `${String(yy).padStart(2, "0")}${String(mm).padStart(2, "0")}`;
			return `${yymm}.${String(n % (Number(yymm) >= 1501 ? 100000 : 10000)).padStart(Number(yymm) >= 1501 ? 5 : 4, "0")}`;
		});
		fc.assert(
			fc.property(newStyle, (id) => {
				const fm = parse(`arxiv_id: ${id}\n`) as Record<string, unknown>;
				expect(readArxivId(fm)).toBe(id);
				expect(readArxivId({ arxiv_id: id })).toBe(id);
			}),
			{ numRuns: 500 },
		);
		expect(readArxivId(parse("arxiv_id: 2401.00010\n") as Record<string, unknown>)).toBe("2401.00010");
		expect(readArxivId(parse("arxiv_id: 0704.0001\n") as Record<string, unknown>)).toBe("0704.0001");
	});

	it("drops a version, reads old-style IDs, and says no to what is not an ID", () => {
		expect(readArxivId({ arxiv_id: "2502.15871v2" })).toBe("2502.15871");
		expect(readArxivId({ arxiv_id: "hep-th/9901001" })).toBe("hep-th/9901001");
		expect(readArxivId({ arxiv_id: "math.GT/0309136v1" })).toBe("math.GT/0309136");
		for (const value of ["", "notanid", 12, -1, null, ["2401.00010"], "2401.000100", "../etc"]) expect(readArxivId({ arxiv_id: value })).toBeUndefined();
		expect(readArxivId(undefined)).toBeUndefined();
	});
});

describe("folder settings", () => {
	it("are read the same however they were typed", () => {
		for (const typed of ["keywords", "keywords/", "./keywords", " keywords ", "/keywords//", ".\\keywords\\"]) expect(normalizeFolder(typed)).toBe("keywords");
		expect(normalizeFolder("research/ papers /2026")).toBe("research/papers/2026");
		expect(normalizeFolder("./")).toBe("");
		expect(settingsFrom({ keywordsFolder: "./kw/", layout: { authorsFolder: "people/" } })).toMatchObject({ keywordsFolder: "kw", layout: { authorsFolder: "people" } });
	});

	it("that climb out of the vault are kept as typed, so the import refuses them", () => {
		expect(normalizeFolder("../outside")).toBe("../outside");
		expect(settingsFrom({ papersFolder: "a/../../b" }).papersFolder).toBe("a/../../b");
	});
});
