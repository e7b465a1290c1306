import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newVersions } from "../../src/core/versions/new-versions";
import { readVersion } from "../../src/core/notes/paper-schema";
import { paper } from "../support/fakes";

describe("new versions", () => {
	it("are the papers arXiv has a later version of than the note says (no version: v1), newest first", () => {
		const notes = [
			{ id: "2401.00001", path: "a.md", title: "A", version: 1 },
			{ id: "2401.00002", path: "b.md", title: "B", version: 3 },
			{ id: "2401.00003", path: "c.md", title: "C" },
			{ id: "2401.00004", path: "d.md", title: "D", version: 1 },
		];
		const papers = [
			paper({ id: "2401.00001", version: 2, updated: "2026-10-01T10:00:00Z" }),
			paper({ id: "2401.00002", version: 3 }),
			paper({ id: "2401.00003", version: 2, updated: "2026-11-01T10:00:00Z" }),
		];
		expect(newVersions(notes, papers)).toEqual([
			{ id: "2401.00003", path: "c.md", title: "C", to: 2, updated: "2026-11-01" },
			{ id: "2401.00001", path: "a.md", title: "A", from: 1, to: 2, updated: "2026-10-01" },
		]);
	});

	it("read a note's version however it is written, and nothing else", () => {
		expect([2, "2", "v3", " V4 ", 0, -1, 1.5, "two", null, undefined].map(readVersion)).toEqual([2, 2, 3, 4, undefined, undefined, undefined, undefined, undefined, undefined]);
		fc.assert(
			fc.property(fc.anything(), (value) => {
				const v = readVersion(value);
				if (v !== undefined) expect(Number.isInteger(v) && v >= 1).toBe(true);
			}),
		);
	});
});
