import { describe, expect, it } from "vitest";
import { byScore, preselected, scoreShares } from "../../../src/core/feed/score-shares";

const item = (id: string): { paper: { id: string } } => ({ paper: { id } });
const scores = new Map([
	["a", { score: -0.4 }],
	["b", { score: -0.1 }],
	["c", { score: -0.25 }],
]);

describe("a ranked listing", () => {
	it("reads each score as its place between the day's lowest and best, whatever their sign", () => {
		expect([...scoreShares(scores)]).toEqual([
			["a", 0],
			["b", 1],
			["c", 0.5],
		]);
	});

	it("is best first, the papers with no score after the others in their order", () => {
		expect(byScore([item("x"), item("a"), item("b"), item("y"), item("c")], scores).map((i) => i.paper.id)).toEqual(["b", "c", "a", "x", "y"]);
	});

	it("ticks every paper the vault lacks, or only those at least half way to the best", () => {
		const items = ["a", "b", "c", "d"].map(item);
		expect([...preselected(items, new Set(["d"]), scores, "all")].sort()).toEqual(["a", "b", "c"]);
		expect([...preselected(items, new Set(["b"]), scores, "liked")].sort()).toEqual(["c"]);
		// No scores (sorting off): "liked" ticks every new paper.
		expect([...preselected(items, new Set(), new Map(), "liked")].sort()).toEqual(["a", "b", "c", "d"]);
	});
});
