import { describe, expect, test } from "vitest";
import { distinctIds, scanArxivIds } from "../../../src/core/view/id-scan";

describe("scanning text for arXiv IDs", () => {
	test("finds IDs, prefixed IDs and links, with their positions", () => {
		const text = "See 2502.15871v2, arXiv:1706.03762 and https://arxiv.org/pdf/2401.00010v1.pdf; old: hep-th/9901001, math.GT/0309136.";
		const found = scanArxivIds(text, 100);
		expect(found.map((f) => f.id)).toEqual(["2502.15871", "1706.03762", "2401.00010", "hep-th/9901001", "math/0309136"]);
		const first = found[0];
		expect(first && text.slice(first.from - 100, first.to - 100)).toBe("2502.15871v2");
		const link = found[2];
		expect(link && text.slice(link.from - 100, link.to - 100)).toBe("https://arxiv.org/pdf/2401.00010v1.pdf");
	});

	test("leaves numbers that are not IDs alone", () => {
		expect(scanArxivIds("version 1.2502.15871, 2513.12345 (month 13), 0612.1234 (before April 2007), 12502.15871, 2502.1587, x2502.15871")).toEqual([]);
		expect(scanArxivIds("example.com/2502.15871")).toEqual([]);
	});

	test("distinct IDs in order of first appearance", () => {
		expect(distinctIds("2502.15871 then 0704.0001 and 2502.15871v3 again")).toEqual(["2502.15871", "0704.0001"]);
	});
});
