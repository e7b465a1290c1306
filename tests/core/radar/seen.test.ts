import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addSeen, parseSeen, SEEN_LIMIT } from "../../../src/core/radar/seen";

const paper = fc.record({ id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `2401.${String(10000 + i)}`)), title: fc.string({ maxLength: 8 }), abstract: fc.string({ maxLength: 8 }) });

describe("papers seen and not imported (the radar's negatives)", () => {
	it("newest first, each once, none the user imported, at most the limit", () => {
		fc.assert(
			fc.property(fc.array(paper, { maxLength: 20 }), fc.array(paper, { maxLength: 20 }), fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 5 }), (before, shown, picks) => {
				const imported = new Set(picks.map((i) => `2401.${String(10000 + i)}`));
				const next = addSeen(addSeen([], before, new Set()), shown, imported);
				const ids = next.map((p) => p.id);
				expect(new Set(ids).size).toBe(ids.length);
				expect(ids.some((id) => imported.has(id))).toBe(false);
				expect(next.length).toBeLessThanOrEqual(SEEN_LIMIT);
				const freshIds = [...new Set(shown.filter((p) => !imported.has(p.id)).map((p) => p.id))];
				expect(ids.slice(0, freshIds.length).sort()).toEqual([...freshIds].sort());
			}),
		);
	});

	it("keep the newest when there are more than the limit", () => {
		const many = Array.from({ length: SEEN_LIMIT + 10 }, (_, i) => ({ id: `p${i}`, title: "t" }));
		const next = addSeen(many.slice(0, 20), many.slice(20), new Set());
		expect(next).toHaveLength(SEEN_LIMIT);
		expect(next[0]?.id).toBe("p20");
	});

	it("read back from a file: only well-formed entries, each once, at most the limit; a file that is no list is not read as one", () => {
		expect(parseSeen('[{"id":"2401.00001","title":"T","abstract":"A"},{"id":3},null,"x",{"title":"no id"},{"id":"2401.00001","title":"again"}]')).toEqual([{ id: "2401.00001", title: "T", abstract: "A" }]);
		expect(parseSeen(JSON.stringify(Array.from({ length: SEEN_LIMIT + 5 }, (_, i) => ({ id: `p${i}`, title: "t" }))))).toHaveLength(SEEN_LIMIT);
		expect(parseSeen('{"version":2,"papers":[]}')).toBeUndefined();
		// Whatever the text, the result is undefined or a list of well-formed, distinct entries.
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
				const seen = parseSeen(text);
				if (seen === undefined) return;
				expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
				for (const p of seen) expect(typeof p.id === "string" && typeof p.title === "string").toBe(true);
			}),
		);
		expect(parseSeen("{not json")).toBeUndefined();
	});
});
