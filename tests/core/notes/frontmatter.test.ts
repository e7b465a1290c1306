import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DateValue, renderFrontmatter } from "../../../src/core/notes/frontmatter";

const body = (text: string): string => text.replace(/^---\n/, "").replace(/---\n$/, "");

describe("renderFrontmatter", () => {
	it("round-trips hostile strings and keeps IDs as text", () => {
		const title = 'Colons: "quotes", --- dashes, #hash, [[link]], <b>, $x$, \\ and a\nnew line';
		const text = renderFrontmatter([
			["title", title],
			["arxiv_id", "2401.00010"],
			["version", 2],
			["authors", ["Jürgen O'Neil", "- dash first", "null"]],
			["published", new DateValue("2025-02-21")],
			["empty", []],
			["skipped", undefined],
		]);
		expect(text.startsWith("---\n") && text.endsWith("---\n")).toBe(true);
		const data = parse(body(text)) as Record<string, unknown>;
		expect(data).toEqual({
			title,
			arxiv_id: "2401.00010",
			version: 2,
			authors: ["Jürgen O'Neil", "- dash first", "null"],
			published: "2025-02-21",
			empty: [],
		});
		// Exactly one closing delimiter: the title's "---" cannot end the block early.
		expect(text.match(/^---$/gm)).toHaveLength(2);
	});

	it("writes dates bare so Obsidian types them as dates, and quotes anything else given as a date", () => {
		expect(renderFrontmatter([["published", new DateValue("2025-02-21")]])).toContain("published: 2025-02-21\n");
		expect(renderFrontmatter([["published", new DateValue("not a date: x")]])).toContain('published: "not a date: x"');
	});
});
