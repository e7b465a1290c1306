import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runKeywords } from "../../src/cli/keywords-command";
import { tempDir } from "../support/temp-dir";

const INSPEC = "tests/fixtures/keyphrase/inspec-dev.jsonl";

function tempFile(text: string): string {
	const path = join(tempDir("arxiv-atlas-keywords-"), "docs.jsonl");
	writeFileSync(path, text);
	return path;
}

async function run(input: string, top: number, stdin?: Readable): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runKeywords({ input, top }, (l) => out.push(l), (l) => err.push(l), stdin);
	return { code, out, err };
}

const parsed = (line: string | undefined): { id: unknown; keywords: string[] } => JSON.parse(line ?? "") as { id: unknown; keywords: string[] };

describe("arxiv-atlas keywords", () => {
	it("prints one line per document, in input order, with ranked phrases (exit 0)", async () => {
		const { code, out, err } = await run(INSPEC, 10);
		expect(code).toBe(0);
		expect(err).toEqual([]);
		expect(out).toHaveLength(500);
		const first = parsed(out[0]);
		expect(first.id).toBe("inspec-15");
		expect(first.keywords.length).toBeGreaterThan(0);
		expect(first.keywords.length).toBeLessThanOrEqual(10);
		expect(first.keywords.map((k) => k.toLowerCase())).toContain("multi-step matrix game");
		expect(Object.keys(first)).toEqual(["id", "keywords"]);
	});

	it("honours --top and keeps the best first", async () => {
		const text = '{"id": 7, "title": "Graph neural networks for molecules", "abstract": "We train graph neural networks (GNNs) on molecules. GNNs predict molecular properties from message passing."}\n';
		const five = parsed((await run(tempFile(text), 5)).out[0]);
		const two = parsed((await run(tempFile(text), 2)).out[0]);
		expect(five.id).toBe(7);
		expect(five.keywords[0]).toBe("Graph Neural Networks");
		expect(two.keywords).toEqual(five.keywords.slice(0, 2));
	});

	it("skips blank lines, reports bad lines with their line number, and exits 1", async () => {
		const path = tempFile(
			[
				'{"id": "a", "title": "Sparse attention", "abstract": "Sparse attention cuts the cost of transformers."}',
				"",
				"not json",
				'{"title": "no id", "abstract": "x"}',
				'["an", "array"]',
				'{"id": "b", "abstract": "Kernel regression on long sequences; kernel regression scales."}',
				'{"id": "c", "title": 3, "abstract": "x"}',
			].join("\n"),
		);
		const { code, out, err } = await run(path, 5);
		expect(code).toBe(1);
		expect(out.map((l) => parsed(l).id)).toEqual(["a", "b"]);
		expect(parsed(out[1]).keywords).toContain("Kernel Regression");
		expect(err).toHaveLength(4);
		expect(err[0]).toMatch(/:3: skipped: not JSON/);
		expect(err[1]).toMatch(/:4: skipped: "id"/);
		expect(err[2]).toMatch(/:5: skipped: not a JSON object/);
		expect(err[3]).toMatch(/:7: skipped: "title"/);
	});

	it("reads standard input for -", async () => {
		const stdin = Readable.from(['{"id": "x", "title": "", "abstract": "We study dark matter halos. The dark matter halos are old."}\n']);
		const { code, out } = await run("-", 3, stdin);
		expect(code).toBe(0);
		expect(parsed(out[0]).keywords).toContain("Dark Matter Halos");
	});

	it("says so and exits 2, as for any file an option names, when the input cannot be read", async () => {
		const { code, out, err } = await run(join(tmpdir(), "no-such-dir-arxiv-atlas", "x.jsonl"), 5);
		expect(code).toBe(2);
		expect(out).toEqual([]);
		expect(err[0]).toMatch(/--input .*x\.jsonl: cannot read the file/);
	});
});
