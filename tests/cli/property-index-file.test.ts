import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeIndex, encodeIndex, type Entry } from "../../src/cli/property-index-file";
import { KEYWORD_CATEGORIES } from "../../src/core/model";
import type { NoteDigest } from "../../src/core/notes/vault-snapshot";

const text = fc.string({ unit: "grapheme", maxLength: 12 });
const digest: fc.Arbitrary<NoteDigest> = fc.oneof(
	fc.record(
		{ id: fc.constantFrom("2401.00001", "2401.00002", "hep-th/9901001"), imported: text, announced: text, targets: fc.array(fc.constantFrom("keywords/broad/Graphs", "Graphs", "keywords/évolué/Ünïcode", "a|b"), { minLength: 1, maxLength: 6 }) },
		{ requiredKeys: ["id"] },
	),
	fc.record({ aliases: fc.array(text, { minLength: 1, maxLength: 3 }), category: fc.constantFrom(...KEYWORD_CATEGORIES) }, { requiredKeys: [] }),
);
const entries = fc.uniqueArray(fc.tuple(text.map((t) => `notes/${t}.md`), fc.nat(), fc.double({ min: 0, max: 2e12, noNaN: true }), digest), { selector: (e) => e[0], maxLength: 30 });

describe("the property index file", () => {
	it("reads back every note's size, time and digest as written", () => {
		fc.assert(
			fc.property(entries, (list) => {
				const index = new Map<string, Entry>(list.map(([path, size, mtimeMs, d]) => [path, { size, mtimeMs, digest: d }]));
				expect(decodeIndex(encodeIndex(index))).toEqual(index);
			}),
		);
	});

	it("writes each link target once, however many papers link it", () => {
		const index = new Map<string, Entry>();
		for (let i = 0; i < 100; i++) index.set(`papers/p${i}.md`, { size: 1, mtimeMs: 1, digest: { id: `2401.${String(10000 + i)}`, targets: ["keywords/broad/Graphs"] } });
		expect(encodeIndex(index).split("keywords/broad/Graphs").length - 1).toBe(1);
	});

	it("reads an index of another version, or of another shape, as empty", () => {
		for (const file of ['{"version":2,"notes":{}}', '{"version":3,"targets":[],"notes":{}}', "[]", "null", '{"version":3,"targets":[],"notes":[["a.md","big",1,{}]]}'])
			expect(decodeIndex(file).size).toBe(0);
	});
});
