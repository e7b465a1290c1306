import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeFrontCoded, encodeFrontCoded } from "../../../src/core/keywords/front-coding";
import { VERB_ONLY_CODED } from "../../../src/core/keywords/verbs-data";
import { isVerbOnlyForm } from "../../../src/core/keywords/verbs";

describe("the front-coded verb list", () => {
	it("reads back any sorted list of words as it was", () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,14}$/), { maxLength: 60 }), (list) => {
				const sorted = [...list].sort();
				expect(decodeFrontCoded(encodeFrontCoded(sorted))).toEqual(sorted);
			}),
		);
	});

	it("is verb-only.txt, as scripts/encode-verbs.mjs writes it", () => {
		const listed = readFileSync("src/core/keywords/verb-only.txt", "utf8").split(/\s+/).filter((w) => w !== "");
		expect(decodeFrontCoded(VERB_ONLY_CODED)).toEqual([...new Set(listed)].sort());
		for (const verb of ["abate", "generalize", "understand", "zigzag"].filter((w) => listed.includes(w))) expect(isVerbOnlyForm(verb)).toBe(true);
	});
});

describe("the front-coded word lists", () => {
	it("are word-lists.txt, as scripts/encode-word-lists.mjs writes them", async () => {
		const { WORD_LISTS_CODED } = await import("../../../src/core/keywords/word-lists-data");
		const lists = new Map<string, Set<string>>();
		let current: Set<string> | undefined;
		for (const line of readFileSync("src/core/keywords/word-lists.txt", "utf8").split("\n")) {
			const heading = /^# ([A-Z_]+)$/.exec(line.trim());
			if (heading?.[1]) lists.set(heading[1], (current = new Set()));
			else if (current && line.trim() !== "" && !line.startsWith("#")) current.add(line.trim());
		}
		expect(Object.keys(WORD_LISTS_CODED).sort()).toEqual([...lists.keys()].sort());
		for (const [name, words] of lists) expect(decodeFrontCoded(WORD_LISTS_CODED[name as keyof typeof WORD_LISTS_CODED])).toEqual([...words].sort());
	});
});
