import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DateValue } from "../../../src/core/notes/frontmatter";
import { setProperties } from "../../../src/core/notes/frontmatter-edit";

const fm = (text: string): Record<string, unknown> => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "") as Record<string, unknown>;

const USER = [
	"status: 'single quoted'",
	"rating: 1.10",
	"topics: [alpha, beta]",
	"# my comment about the next one",
	"review: |",
	"  line one",
	"  line two: with a colon",
	"nested:",
	"  a: 1",
	"  b: [x, y]",
	"list:",
	"- one",
	"- two",
	'"quoted key": yes',
	"empty:",
	"dashes: ---",
];

describe("setProperties", () => {
	it("rewrites only the plugin's keys; the user's properties stay byte for byte", () => {
		const before = ["---", 'title: "Old title"', ...USER, "version: 1", "---", "", "Body ---", ""].join("\n");
		const after = setProperties(before, [
			["title", "New: title"],
			["version", 2],
			["published", new DateValue("2024-01-02")],
			["keywords", ["[[A]]", "[[B]]"]],
			["doi", undefined],
		]);
		for (const line of USER) expect(after).toContain(`\n${line}\n`);
		expect(after.indexOf("status:")).toBeLessThan(after.indexOf("dashes:"));
		expect(after.endsWith("---\n\nBody ---\n")).toBe(true);
		expect(fm(after)).toMatchObject({ title: "New: title", version: 2, published: "2024-01-02", keywords: ["[[A]]", "[[B]]"], rating: 1.1, status: "single quoted", topics: ["alpha", "beta"], list: ["one", "two"], dashes: "---" });
		expect(setProperties(after, [["title", "New: title"], ["version", 2]])).toBe(after);
	});

	it("keeps CRLF notes CRLF and adds a block to a note without one", () => {
		const crlf = "---\r\nmine: 'x'\r\ntitle: \"a\"\r\n---\r\nBody\r\n";
		expect(setProperties(crlf, [["title", "b"]])).toBe("---\r\nmine: 'x'\r\ntitle: \"b\"\r\n---\r\nBody\r\n");
		expect(setProperties("Body\n", [["title", "b"]])).toBe('---\ntitle: "b"\n---\nBody\n');
	});

	it("never changes a line of a generated user property, whatever the values written", () => {
		const userLine = fc.oneof(
			fc.tuple(fc.constantFrom("a", "b_c", "Mixed Case", "ünï"), fc.constantFrom("'q'", '"d"', "1.10", "[x, y]", "---", "yes", "~", "2024-01-01", "# not a comment")).map(([k, v]) => `${k}: ${v}`),
			fc.constantFrom("# comment", "", "block: |\n  text: here\n  more", "seq:\n- 1\n- 2", "map:\n  k: v"),
		);
		fc.assert(
			fc.property(fc.array(userLine, { maxLength: 8 }), fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 4 }), (lines, title, version, keywords) => {
				// Each user property once (YAML keys are unique).
				const user = lines.map((l, i) => (/^[#\s]|^$/.test(l) ? l : `u${i}${l}`));
				const before = `---\n${user.join("\n")}${user.length ? "\n" : ""}---\nBody\n`;
				const after = setProperties(before, [["title", title], ["version", version], ["keywords", keywords]]);
				for (const line of user.join("\n").split("\n")) expect(after.split("\n")).toContain(line);
				const parsed = fm(after);
				expect(parsed["title"]).toBe(title);
				expect(parsed["version"]).toBe(version);
				expect(parsed["keywords"] ?? []).toEqual(keywords);
			}),
			{ numRuns: 300 },
		);
	});
});
