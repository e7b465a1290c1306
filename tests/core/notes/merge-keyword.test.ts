import { describe, expect, it } from "vitest";
import { addPaperLines, dedupeLinks, paperLines, replaceLinks } from "../../../src/core/notes/merge-keyword";

const source = "---\ncategory: unique\n---\n# LLMs\n\n## Papers\n\n- [[papers/A|A]] · arXiv:2401.00001\n- [[papers/B|B]] · arXiv:hep-th/9901001\n\n## My notes\n\n- not a paper\n";
const target = "---\ncategory: broad\n---\n# Large Language Models\n\n## Papers\n\n- [[papers/B|B]] · arXiv:hep-th/9901001\n";

describe("merging a keyword note", () => {
	it("reads the paper lines of the list section only", () => {
		expect(paperLines(source, "Papers").map((l) => l.key)).toEqual(["arXiv:2401.00001", "arXiv:hep-th/9901001"]);
	});

	it("adds the source's papers to the target, each once", () => {
		const merged = addPaperLines(target, paperLines(source, "Papers"), "Papers");
		expect(merged.split("arXiv:hep-th/9901001")).toHaveLength(2);
		expect(merged).toContain("- [[papers/A|A]] · arXiv:2401.00001");
	});

	it("rewrites exactly the links that pointed at the source", () => {
		const text = "See [[keywords/unique/LLMs|LLMs]] and [[keywords/unique/LLMs-2|other]].\n";
		const out = replaceLinks(text, new Map([["[[keywords/unique/LLMs|LLMs]]", "[[keywords/broad/Large Language Models|Large Language Models]]"]]));
		expect(out).toBe("See [[keywords/broad/Large Language Models|Large Language Models]] and [[keywords/unique/LLMs-2|other]].\n");
	});

	it("drops a second link to the same note from a property list", () => {
		const target = (l: string): string | undefined => /^\[\[([^|\]]+)/.exec(l)?.[1];
		expect(dedupeLinks(["[[k/LLM|Large Language Models]]", "[[k/Healthcare|Healthcare]]", "[[k/LLM|LLMs]]", 3], target)).toEqual([
			"[[k/LLM|Large Language Models]]",
			"[[k/Healthcare|Healthcare]]",
			3,
		]);
	});
});
