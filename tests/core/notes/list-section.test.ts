import { describe, expect, it } from "vitest";
import { ensureListLine, paperKey } from "../../../src/core/notes/list-section";

const line = (id: string): string => `- [[papers/P ${id}|P ${id}]] · ${paperKey(id)}`;

describe("ensureListLine", () => {
	it("adds a line under the heading once", () => {
		const start = "# Healthcare\n\n## Papers\n";
		const once = ensureListLine(start, "Papers", line("2502.15871"), paperKey("2502.15871"));
		expect(once).toBe("# Healthcare\n\n## Papers\n\n- [[papers/P 2502.15871|P 2502.15871]] · arXiv:2502.15871\n");
		expect(ensureListLine(once, "Papers", line("2502.15871"), paperKey("2502.15871"))).toBe(once);
	});

	it("appends after the last item and keeps the user's text around it", () => {
		const text = "intro\n\n## Papers\n\n- one · arXiv:2401.00001\n- two · arXiv:2401.00002\n\n## My thoughts\n\nkeep me\n";
		const out = ensureListLine(text, "Papers", "- three · arXiv:2401.00003", "arXiv:2401.00003");
		expect(out).toBe("intro\n\n## Papers\n\n- one · arXiv:2401.00001\n- two · arXiv:2401.00002\n- three · arXiv:2401.00003\n\n## My thoughts\n\nkeep me\n");
	});

	it("adds the heading when the note has none (a user's own daily note)", () => {
		expect(ensureListLine("Went to the lab.", "arXiv papers", "- x · arXiv:2401.00001", "arXiv:2401.00001")).toBe(
			"Went to the lab.\n\n## arXiv papers\n\n- x · arXiv:2401.00001\n",
		);
	});

	it("does not mistake a longer ID for the same paper", () => {
		const text = "## Papers\n\n- a · arXiv:0704.00011\n";
		expect(ensureListLine(text, "Papers", "- b · arXiv:0704.0001", "arXiv:0704.0001")).toContain("- b · arXiv:0704.0001");
	});
});
