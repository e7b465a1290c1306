import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ensureListLine, ensureListLineByLines } from "../../../src/core/notes/list-section";

describe("adding a paper to a list note", () => {
	it("the fast path for long notes gives the same note as the line-by-line path, for any note", () => {
		const piece = fc.constantFrom("## Papers", "## Papers  ", "# Title", "## Other", "### Sub", "- [[p/A|A]] · arXiv:2401.00001", "- [[p/B|B]] · arXiv:2401.00002", "My own words", "", "---", "tags: [x]", "#tag", "##", "#\tTabbed", "####");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom("", "\n", "\n\n"), fc.constantFrom("2401.00001", "2401.00003"), (lines, end, id) => {
				const text = lines.join("\n") + end;
				const line = `- [[p/New|New]] · arXiv:${id}`;
				expect(ensureListLine(text, "Papers", line, `arXiv:${id}`)).toBe(ensureListLineByLines(text, "Papers", line, `arXiv:${id}`));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("taking a paper out of a list note", () => {
	it("removes only the plugin's line for the paper; the user's own bullets that mention it stay", async () => {
		const { removeListLine } = await import("../../../src/core/notes/unlist");
		const text = [
			"# 2026-11-30",
			"",
			"- Read arXiv:2401.00010 again, the proof of lemma 2",
			"  - [[papers/A|A]] · arXiv:2401.00010",
			"",
			"## arXiv papers",
			"",
			"- [[papers/A|A]] · arXiv:2401.00010",
			"- [[papers/B|B]] · arXiv:2401.00011",
			"",
		].join("\n");
		expect(removeListLine(text, "2401.00010")).toBe(text.replace("- [[papers/A|A]] · arXiv:2401.00010\n- [[papers/B", "- [[papers/B"));
		expect(removeListLine(text, "2401.0001")).toBe(text);
	});
});
