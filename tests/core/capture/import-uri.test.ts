import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importBookmarklet, readImportUri, URI_MAX_PAPERS } from "../../../src/core/capture/import-uri";

const NOW = new Date("2026-12-01T10:00:00");

describe("the obsidian://arxiv-atlas link", () => {
	it("takes arXiv IDs and abs, pdf or html links, and the PDF when asked", () => {
		expect(readImportUri({ action: "arxiv-atlas", import: "https://arxiv.org/html/2401.00001v2" }, NOW)).toEqual({ text: "https://arxiv.org/html/2401.00001v2", pdf: false });
		expect(readImportUri({ action: "arxiv-atlas", import: "2401.00001, 2401.00002", pdf: "1" }, NOW)).toEqual({ text: "2401.00001, 2401.00002", pdf: true });
	});

	it("says what is wrong with a link that names no paper, or too many", () => {
		expect(readImportUri({ action: "arxiv-atlas" }, NOW)).toEqual({ problem: expect.stringMatching(/names no paper: it needs import=/) as string });
		expect(readImportUri({ action: "arxiv-atlas", import: "https://example.com/page" }, NOW)).toEqual({ problem: expect.stringMatching(/names no arXiv paper/) as string });
		const many = Array.from({ length: URI_MAX_PAPERS + 1 }, (_, i) => `2401.${String(10000 + i)}`).join(" ");
		expect(readImportUri({ action: "arxiv-atlas", import: many }, NOW)).toEqual({ problem: expect.stringMatching(/names 21 papers; it imports at most 20 at a time/) as string });
	});

	it("never throws, whatever a page puts in it", () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.string()), (params) => {
				const read = readImportUri(params, NOW);
				expect("problem" in read || read.text.trim() !== "").toBe(true);
			}),
		);
	});
});

describe("the bookmarklet", () => {
	it("sends the open page to the named vault, its name escaped", () => {
		const link = importBookmarklet('My "vault" & notes', true);
		expect(link.startsWith("javascript:location.href=")).toBe(true);
		// Run as a browser would, on an arXiv page.
		const location = { href: "https://arxiv.org/abs/2401.00001v2" };
		const target = new Function("location", `${link.slice("javascript:".length)}; return location.href;`) as (l: { href: string }) => string;
		const url = new URL(target(location));
		expect(url.protocol).toBe("obsidian:");
		expect(url.searchParams.get("vault")).toBe('My "vault" & notes');
		expect(url.searchParams.get("pdf")).toBe("1");
		expect(url.searchParams.get("import")).toBe("https://arxiv.org/abs/2401.00001v2");
	});
});
