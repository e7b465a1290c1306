import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
	cleanFolder,
	fileNameWithSuffix,
	isInside,
	isWindowsDeviceName,
	joinPath,
	MAX_FILE_NAME_BYTES,
	MAX_NAME_BYTES,
	MAX_NAME_LENGTH,
	safeFileName,
	utf8Length,
} from "../../../src/core/notes/paths";

const bytes = (s: string): number => new TextEncoder().encode(s).length;

/**
 * Every name the plugin makes from a safe name, at its longest: the clash suffixes of plan.ts and
 * author-index.ts with large counters and an arXiv ID of 28 characters, `.md`/`.pdf`, and the folder
 * vault's temporary file `.<name>.<pid>.<n>.tmp` given 40 bytes.
 */
function worstCaseFinalNames(name: string): string[] {
	const id = "cond-mat.mes-hall 0101001v12".padEnd(28, "9");
	const n = 999999;
	const finals = [
		`${name}.md`,
		`${name}.pdf`,
		`${name} (keyword).md`,
		`${name} (author).md`,
		`${name} (author ${n}).md`,
		`${name} ${n}.md`,
		`${name} (${id}).md`,
		`${name} (${id}) ${n}.md`,
		`${safeFileName(`${name} (${id})`)} ${n}.md`,
	];
	return finals.flatMap((f) => [f, `.${f}.4194304.${"9".repeat(40 - 14)}.tmp`]);
}

const FORBIDDEN_IN_NAME = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/;

/** Any Unicode: code points of every plane, emoji with modifiers and joiners, CJK, combining marks, lone surrogates. */
const anyTitle = fc.oneof(
	fc.string({ unit: "binary", maxLength: 400 }),
	fc.string({ unit: "grapheme", maxLength: 300 }),
	fc.array(fc.constantFrom("👩🏽‍🔬", "🇰🇷", "😀", "e\u0301", "漢", "字", "한", "글", " ", "\uD800", "\uDFFF", "a", ".", "‮"), { maxLength: 300 }).map((a) => a.join("")),
	fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)), maxLength: 200 }),
	fc.string({ unit: fc.integer({ min: 0x1f300, max: 0x1faff }).map((c) => String.fromCodePoint(c)), maxLength: 200 }),
);

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

describe("safeFileName caps names in UTF-8 bytes", () => {
	it("leaves room for every suffix and the temporary file of the folder vault", () => {
		expect(MAX_NAME_BYTES + 85).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
		// 90 CJK characters (270 bytes) and 150 emoji (600 bytes) were too long for ext4 and APFS.
		for (const title of ["漢".repeat(90), "😀".repeat(150), "한국어 제목 ".repeat(40)]) {
			const name = safeFileName(title);
			for (const final of worstCaseFinalNames(name)) expect(bytes(final)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
		}
	});

	it("cuts between characters as a reader sees them: no half surrogate pair, no mark or skin tone without its letter", () => {
		expect(safeFileName("😀".repeat(150))).toBe("😀".repeat(Math.floor(MAX_NAME_BYTES / 4)));
		const accented = safeFileName("e\u0301".repeat(200)); // é as e + combining acute, NFC makes it one code point
		expect(accented).toBe("é".repeat(Math.floor(MAX_NAME_BYTES / 2)));
		const marks = safeFileName("\u1E9B\u0323".repeat(200)); // ẛ̣: stays two code points in NFC
		expect(marks.normalize("NFC")).toBe(marks);
		expect(/\u0323$/.test(marks)).toBe(true);
		const people = safeFileName("👩🏽‍🔬".repeat(60));
		expect(Array.from(people).length % 4).toBe(0);
		expect(people.endsWith("🔬")).toBe(true);
		const flags = safeFileName("🇰🇷".repeat(60));
		expect(Array.from(flags).length % 2).toBe(0);
	});

	it("for any run of emoji, flags, marks and CJK, a cut name is whole characters only", () => {
		const clusters = ["👩🏽‍🔬", "🇰🇷", "🇯🇵", "\u1E9B\u0323", "ḍ̇", "漢", "a", "각", "❤️", "👍🏿"];
		const whole = new RegExp(`^(?:${clusters.join("|")})+$`, "u");
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...clusters), { minLength: 1, maxLength: 200 }), (parts) => {
				expect(safeFileName(parts.join(""))).toMatch(whole);
			}),
			{ numRuns: 500 },
		);
	});

	it("still prefers a word boundary", () => {
		const name = safeFileName("한국어 제목 ".repeat(40));
		expect(name.endsWith("제목") || name.endsWith("한국어")).toBe(true);
	});

	it("counts bytes as a file system does", () => {
		expect(utf8Length("a é 漢 😀")).toBe(bytes("a é 漢 😀"));
	});

	it("for any Unicode title: non-empty, no forbidden character, and within 255 bytes with any suffix", () => {
		fc.assert(
			fc.property(anyTitle, (title) => {
				const name = safeFileName(title);
				expect(name.length).toBeGreaterThan(0);
				expect(name).not.toMatch(FORBIDDEN_IN_NAME);
				expect(name).not.toMatch(/[\p{Cs}\u202A-\u202E\u2066-\u2069]/u);
				expect(name).toBe(name.trim());
				expect(name.startsWith(".")).toBe(false);
				expect(name.endsWith(".")).toBe(false);
				expect(utf8Length(name)).toBe(bytes(name));
				expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
				expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
				for (const final of worstCaseFinalNames(name)) {
					expect(bytes(final)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
					expect(isWindowsDeviceName(final)).toBe(false);
				}
				expect(safeFileName(name)).toBe(name);
			}),
			{ numRuns: 2000 },
		);
	});

	it("keeps a clash suffix whole, within the cap", () => {
		fc.assert(
			fc.property(anyTitle, fc.constantFrom(" (2401.00001)", " (hep-th 9901001)", " (author 12)", " (keyword)"), (title, suffix) => {
				const name = fileNameWithSuffix(safeFileName(title), suffix);
				expect(name.endsWith(suffix)).toBe(true);
				expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
				expect(isWindowsDeviceName(`${name}.md`)).toBe(false);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("safeFileName refuses Windows device names", () => {
	const DEVICES = ["CON", "PRN", "AUX", "NUL", ..."0123456789¹²³".split("").flatMap((d) => [`COM${d}`, `LPT${d}`]), "CONIN$", "CONOUT$"];

	it.each([
		["COM¹", "COM¹ (note)"],
		["nul.txt", "nul (note).txt"],
		["AUX.tar.gz", "AUX (note).tar.gz"],
		["con .md", "con (note).md"],
		["lpt9", "lpt9 (note)"],
		["CONsole", "CONsole"],
		["COM10", "COM10"],
		["A CON", "A CON"],
	])("%s -> %s", (raw, safe) => {
		expect(safeFileName(raw)).toBe(safe);
	});

	it("tells device names whatever the case, extension or trailing spaces", () => {
		expect(isWindowsDeviceName("nul.txt (note).md")).toBe(true);
		expect(isWindowsDeviceName("AUX.tar.gz (note).md")).toBe(true);
		expect(isWindowsDeviceName("com¹.md")).toBe(true);
		expect(isWindowsDeviceName("Con  .md")).toBe(true);
		expect(isWindowsDeviceName("CON (note).md")).toBe(false);
		expect(isWindowsDeviceName("COM12.md")).toBe(false);
	});

	it("for generated device names with any case, extension and suffix, the final name is no device", () => {
		const randomCase = (s: string): fc.Arbitrary<string> =>
			fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) => Array.from(s).map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(""));
		const device = fc.constantFrom(...DEVICES).chain(randomCase);
		const extension = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("md", "txt", "tar", "gz", " ", "")), { maxLength: 4 }).map((parts) => parts.map((p) => `.${p}`).join(""));
		const spaces = fc.constantFrom("", " ", "  ", " .", ". ");
		fc.assert(
			fc.property(device, spaces, extension, fc.string({ maxLength: 20 }), (dev, space, ext, tail) => {
				const raw = `${dev}${space}${ext}${tail}`;
				const name = safeFileName(raw);
				expect(isWindowsDeviceName(name)).toBe(false);
				for (const final of worstCaseFinalNames(name)) expect(isWindowsDeviceName(final)).toBe(false);
			}),
			{ numRuns: 2000 },
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
