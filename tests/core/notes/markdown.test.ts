import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { collapseWhitespace, escapeInline, escapeLineStart, safeLinkDisplay } from "../../../src/core/notes/markdown";

// What a reader would see if the escaped text were rendered: CommonMark drops the backslash
// before ASCII punctuation. Used to check that escaping never changes the visible text.
const visible = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, "$1");

describe("escapeInline", () => {
	it.each([
		["[[Secret note]]", /\[\[/],
		["![](https://evil.example/?k=1)", /!\[/],
		["<script>alert(1)</script>", /(^|[^\\])<script/],
		["a #tag in text", /(^|\s)#tag/],
		["price $5$ and $x^2$", /(^|[^\\])\$/],
		["==highlight== and %%comment%%", /==|%%/],
		["see https://github.com/x/y", /https:\/\//],
		["visit www.example.com", /www\.example/],
		["a|b table", /(^|[^\\])\|/],
	])("neutralises %s", (input, pattern) => {
		const out = escapeInline(input);
		expect(out).not.toMatch(pattern);
		expect(visible(out)).toBe(input);
	});

	it("keeps the visible text and joins wrapped lines", () => {
		expect(visible(escapeInline("Inelastic effects in molecular\n  transport: The *probe*"))).toBe("Inelastic effects in molecular transport: The *probe*");
	});

	it("stops a line from starting a list, quote or heading", () => {
		expect(escapeInline("- not a list")).toBe("\\- not a list");
		expect(escapeInline("> not a quote")).toBe("\\> not a quote");
		expect(escapeInline("1. not a list")).toBe("1\\. not a list");
		expect(escapeInline("# not a heading").startsWith("\\#")).toBe(true);
	});
});

/** How a line starts a Markdown or Obsidian block (CommonMark 0.31 and Obsidian's extensions), for checking escaped text. */
const BLOCK_STARTS: Array<[string, RegExp]> = [
	["thematic break", /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/],
	["setext heading underline", /^ {0,3}(?:=+|-+)[ \t]*$/],
	["ATX heading", /^ {0,3}#{1,6}(?:[ \t]|$)/],
	["block quote or callout", /^ {0,3}>/],
	["bullet list", /^ {0,3}[-+*](?:[ \t]|$)/],
	["ordered list", /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/],
	["indented code", /^(?: {4}|\t)/],
	["fenced code", /^ {0,3}(?:`{3,}|~{3,})/],
	["HTML block", /^ {0,3}</],
	["link reference definition or footnote", /^ {0,3}\[/],
	["math block", /^ {0,3}\$\$/],
	["comment", /^ {0,3}%%/],
	["table row (an unescaped pipe)", /(?:^|[^\\])(?:\\\\)*\|/],
];

const blockStartOf = (line: string): string | undefined => BLOCK_STARTS.find(([, re]) => re.test(line))?.[0];

const MARKERS = ["-", "--", "---", "***", "___", "===", "==", "* * *", "- - -", "_ _ _", "#", "###### ", "> ", ">", "- ", "* ", "+ ", "1. ", "1) ", "123456789. ", "    ", "\t", "```", "~~~", "| a | b |", "|", "<div>", "<!--", "[^1]: ", "[x]: http://e", "$$", "%%", "> [!note]", "\\", " ", "\n", "a", "text", "0.", "+", "~", "`"];

describe("a line of untrusted text never starts a block", () => {
	it.each([
		["---", "\\---"],
		["--", "\\--"],
		["-", "\\-"],
		["***", "\\*\\*\\*"],
		["___", "\\_\\_\\_"],
		["===", "\\=\\=\\="],
		["+ item", "\\+ item"],
		["    code", "code"],
		["~~~ fence", "\\~\\~\\~ fence"],
		["-1.5 is negative", "-1.5 is negative"],
	])("%s -> %s", (line, escaped) => {
		expect(escapeInline(line)).toBe(escaped);
		expect(blockStartOf(escapeInline(line))).toBeUndefined();
	});

	it("for generated lines of block markers: no block starts, on its own or under a paragraph, and the visible text is kept", () => {
		const line = fc.oneof(
			fc.array(fc.constantFrom(...MARKERS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join("")),
			fc.string({ unit: fc.constantFrom(..."-*_=#>+`~| \t1.)<[]$%:!\\\n9a".split("")), minLength: 1, maxLength: 20 }),
		);
		fc.assert(
			fc.property(line, (text) => {
				const out = escapeInline(text);
				expect(out).not.toMatch(/\n/);
				// As its own paragraph and as the line after a paragraph line (where `---` or `===` would underline it).
				expect(blockStartOf(out)).toBeUndefined();
				expect(blockStartOf(`Paragraph\n${out}`.split("\n")[1] ?? "")).toBeUndefined();
				expect(visible(out)).toBe(collapseWhitespace(text));
			}),
			{ numRuns: 3000 },
		);
	});

	it("escapeLineStart leaves ordinary text alone", () => {
		for (const text of ["We study graphs.", "-1.5 is negative", "2024 was a year", "+1 vote", "a - b"]) expect(escapeLineStart(text)).toBe(text);
	});
});

describe("safeLinkDisplay", () => {
	it("cannot close or split a link", () => {
		const out = safeLinkDisplay("A [[b]] | c #d ^e\nf");
		expect(out).not.toMatch(/[[\]|#^\n]/);
		expect(out).toBe("A ((b)) - c d e f");
	});
});
