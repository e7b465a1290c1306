import { describe, expect, it } from "vitest";
import { inBatches, planIdList } from "../../../src/core/feed/id-list";

const NOW = new Date("2026-09-24T12:00:00Z");
const id = (n: number): string => `2509.${String(n).padStart(5, "0")}`;

/** A note the way people keep reading lists: links, bare IDs, versions, bullets and prose mixed. */
function readingList(count: number): string {
	const lines = ["# To read", ""];
	for (let n = 1; n <= count; n++) {
		const form = n % 4;
		lines.push(
			form === 0 ? `- https://arxiv.org/abs/${id(n)}` : form === 1 ? `- ${id(n)}v2 (great paper)` : form === 2 ? `- arXiv:${id(n)}` : `- https://arxiv.org/pdf/${id(n)}v1.pdf`,
		);
	}
	return lines.join("\n");
}

describe("planIdList", () => {
	it("250 IDs make 3 batches of at most 100", () => {
		const plan = planIdList(readingList(250), new Set(), NOW);
		expect(plan.batches.map((b) => b.length)).toEqual([100, 100, 50]);
		expect(plan.batches.flat()).toEqual(Array.from({ length: 250 }, (_, i) => id(i + 1)));
		expect(plan.rejected).toEqual([]);
	});

	it("collapses duplicates and versions to one paper each", () => {
		const text = `${id(1)} ${id(1)}v2 https://arxiv.org/abs/${id(1)}v3 arXiv:${id(2)} https://arxiv.org/pdf/${id(2)}.pdf math.GT/0309136 math/0309136v2`;
		const plan = planIdList(text, new Set(), NOW);
		expect(plan.fresh).toEqual([id(1), id(2), "math/0309136"]);
		expect(plan.batches).toEqual([[id(1), id(2), "math/0309136"]]);
	});

	it("sets apart the papers already in the vault and skips them by default", () => {
		const known = new Set([id(2), id(4)]);
		const plan = planIdList(readingList(5), known, NOW);
		expect(plan.fresh).toEqual([id(1), id(3), id(5)]);
		expect(plan.known).toEqual([id(2), id(4)]);
		expect(plan.batches).toEqual([[id(1), id(3), id(5)]]);
	});

	it("fetches the known ones too when they are to be updated", () => {
		const plan = planIdList(readingList(5), new Set([id(2), id(4)]), NOW, { updateKnown: true });
		expect(plan.batches).toEqual([[id(1), id(3), id(5), id(2), id(4)]]);
	});

	it("a list of only known papers plans nothing to fetch, without complaint", () => {
		const plan = planIdList(`${id(1)}\n${id(2)}`, new Set([id(1), id(2)]), NOW);
		expect(plan).toEqual({ fresh: [], known: [id(1), id(2)], batches: [], rejected: [] });
	});

	it("reports what looks like an ID but is not", () => {
		const plan = planIdList(`${id(1)} 2513.00001 hello`, new Set(), NOW);
		expect(plan.fresh).toEqual([id(1)]);
		expect(plan.rejected.map((r) => r.input)).toEqual(["2513.00001"]);
	});
});

describe("inBatches", () => {
	it("cuts in order and refuses a size below 1", () => {
		expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(inBatches([], 100)).toEqual([]);
		expect(() => inBatches([1], 0)).toThrow(RangeError);
	});
});
