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
