import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRadarCache, radarChangeLine, replayRadarLog, serializeRadarCache, type CachedPaper } from "../../../src/core/radar/paper-cache";

const entry: fc.Arbitrary<CachedPaper> = fc.record({
	mtime: fc.nat(),
	size: fc.nat(),
	paper: fc.record({ id: fc.constantFrom("2401.00001", "hep-th/9901001"), title: fc.string(), abstract: fc.string(), keywords: fc.array(fc.string(), { maxLength: 3 }) }, { requiredKeys: ["id", "title"] }),
});
const path = fc.constantFrom("papers/a.md", "papers/b.md", "papers/ü \"q\".md", "x/y/z.md", "__proto__.md");
const change = fc.tuple(path, fc.option(entry, { nil: null }));

describe("the radar's cache file and its log", () => {
	it("read back as the entries were after every change, whatever changed in what order", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(path, entry)), fc.array(change), (initial, changes) => {
				const expected = new Map(initial);
				const file = serializeRadarCache(expected);
				for (const [p, e] of changes) {
					if (e) expected.set(p, e);
					else expected.delete(p);
				}
				const read = parseRadarCache(file);
				expect(replayRadarLog(read, changes.map(([p, e]) => radarChangeLine(p, e)).join(""))).toBe(changes.length);
				expect(read).toEqual(expected);
			}),
		);
	});

	it("pass over a line cut off when the app quit, and lines of another version", () => {
		const a: CachedPaper = { mtime: 1, size: 2, paper: { id: "2401.00001", title: "A" } };
		const entries = new Map<string, CachedPaper>();
		const log = `${radarChangeLine("a.md", a)}{"v":0,"path":"b.md","mtime":1,"size":1,"paper":{"id":"2401.00002","title":"B"}}\n${radarChangeLine("c.md", a).slice(0, 20)}`;
		expect(replayRadarLog(entries, log)).toBe(3);
		expect([...entries.keys()]).toEqual(["a.md"]);
	});
});
