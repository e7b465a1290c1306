import { describe, expect, it } from "vitest";
import { escapeInline, safeLinkDisplay } from "../../../src/core/notes/markdown";

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

describe("safeLinkDisplay", () => {
	it("cannot close or split a link", () => {
		const out = safeLinkDisplay("A [[b]] | c #d ^e\nf");
		expect(out).not.toMatch(/[[\]|#^\n]/);
		expect(out).toBe("A ((b)) - c d e f");
	});
});
