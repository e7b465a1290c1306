import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cleanFolder, isInside, joinPath, MAX_NAME_LENGTH, safeFileName } from "../../../src/core/notes/paths";

describe("safeFileName", () => {
	it("removes every character a file system or Obsidian link forbids", () => {
		expect(safeFileName('A/B\\C:D*E?F"G<H>I|J#K^L[M]N')).toBe("A B C D E F G H I J K L M N");
	});

	it("never starts with a dot and never ends with a dot or space (Windows)", () => {
		expect(safeFileName("..hidden. ")).toBe("hidden");
		expect(safeFileName("../../etc/passwd")).toBe("etc passwd");
	});

	it("caps long titles at a word boundary", () => {
		const name = safeFileName("word ".repeat(100));
		expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
		expect(name.endsWith("word")).toBe(true);
	});

	it("avoids Windows device names and empty names", () => {
		expect(safeFileName("CON")).toBe("CON (note)");
		expect(safeFileName("???", "Fallback")).toBe("Fallback");
	});

	it("always gives one safe segment, whatever the title", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (title) => {
				const name = safeFileName(title);
				expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\u0000-\u001f]/);
				expect(name.startsWith(".")).toBe(false);
				expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
				expect(name.length).toBeGreaterThan(0);
				expect(isInside("papers", joinPath("papers", `${name}.md`))).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("cleanFolder", () => {
	it("cleans slashes and dots", () => {
		expect(cleanFolder("papers", "/Research//papers/./")).toBe("Research/papers");
		expect(cleanFolder("papers", "")).toBe("");
	});

	it("refuses folders that climb out of the vault", () => {
		expect(() => cleanFolder("papers", "../outside")).toThrow(/not a folder inside the vault/);
		expect(() => cleanFolder("papers", "C:/Users")).toThrow(/not a folder inside the vault/);
	});
});

describe("isInside", () => {
	it.each([
		["keywords", "keywords/broad/X.md", true],
		["keywords", "keywords/../x.md", false],
		["keywords", "keywordsX/a.md", false],
		["", "a/b.md", true],
		["", "/etc/x.md", false],
	])("%s contains %s: %s", (folder, path, inside) => {
		expect(isInside(folder, path)).toBe(inside);
	});
});
