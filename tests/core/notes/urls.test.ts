import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { doiUrl, encodeLinkPath } from "../../../src/core/notes/urls";
import { escapeInline } from "../../../src/core/notes/markdown";
import { paperView } from "../../../src/core/template/paper-view";
import { exampleNoteInput } from "./example-paper";

/** Characters of `chars` in Markdown that no backslash escapes (an even run of backslashes before them). */
function unescaped(md: string, chars: string): string[] {
	const found: string[] = [];
	let backslashes = 0;
	for (const ch of md) {
		if (chars.includes(ch) && backslashes % 2 === 0) found.push(ch);
		backslashes = ch === "\\" ? backslashes + 1 : 0;
	}
	return found;
}

/** DOIs as they come, and as a broken or hostile answer might send them. */
const anyDoi = fc.oneof(
	fc.tuple(fc.integer({ min: 1000, max: 99999 }), fc.string({ minLength: 1, maxLength: 40 })).map(([r, s]) => `10.${r}/${s}`),
	fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
	fc.array(fc.constantFrom("10.1002/", "(SICI)", ")", "(", "$x$", "*", "_", "\\", " ", "<", ">", "[", "]", "#", "?", "%", "&amp;", "`", "|", "^", "é", "😀", "\uD800"), { minLength: 1, maxLength: 20 }).map((a) => a.join("")),
);

describe("doiUrl", () => {
	it.each([
		["10.1063/1.4944470", "https://doi.org/10.1063/1.4944470"],
		["10.1142/9789812701893_0020", "https://doi.org/10.1142/9789812701893_0020"],
		["10.1002/(SICI)1097-4636(199706)35:3<311::AID-JBM5>3.0.CO;2-C", "https://doi.org/10.1002/%28SICI%291097-4636%28199706%2935:3%3C311::AID-JBM5%3E3.0.CO;2-C"],
		["10.1000/a) and $x$ [y](z)", "https://doi.org/10.1000/a%29%20and%20%24x%24%20%5By%5D%28z%29"],
		["10.1000/100%#frag?q", "https://doi.org/10.1000/100%25%23frag%3Fq"],
	])("%s -> %s", (doi, url) => {
		expect(doiUrl(doi)).toBe(url);
	});

	it("for any DOI: one Markdown link whose destination nothing closes early, that decodes back to the DOI", () => {
		fc.assert(
			fc.property(anyDoi, (doi) => {
				const url = doiUrl(doi);
				const destination = url.slice("https://doi.org/".length);
				expect(destination).not.toMatch(/[\s()<>\\[\]`$*|^&#?"{}]/);
				expect(decodeURIComponent(destination)).toBe(doi.trim().replace(/\p{Cs}/gu, "\uFFFD"));
				// One link: the text's brackets are escaped, so its only unescaped `]` is the one before the destination.
				const text = escapeInline(doi);
				expect(unescaped(text, "[]")).toEqual([]);
				const link = `[${text}](${url})`;
				expect(link.endsWith(`](${url})`)).toBe(true);
				expect(unescaped(url, "()")).toEqual([]);
				// The visible text makes no math, emphasis, code or escape.
				expect(unescaped(escapeInline(doi), "$*_`")).toEqual([]);
			}),
			{ numRuns: 1000 },
		);
	});

	it("percent-encodes every character a Markdown link destination or URL would read as syntax", () => {
		expect(encodeLinkPath(" ()<>\\[]`$*|^&#?%\"{}")).toBe("%20%28%29%3C%3E%5C%5B%5D%60%24%2A%7C%5E%26%23%3F%25%22%7B%7D");
		expect(encodeLinkPath("a-b.c_d~e/f:g;h,i=j@k+l!m'n")).toBe("a-b.c_d~e/f:g;h,i=j@k+l!m'n");
		expect(encodeLinkPath("é😀")).toBe("%C3%A9%F0%9F%98%80");
	});

	it("is what the note's DOI line links to", () => {
		const paper = { ...exampleNoteInput.paper, doi: "10.1000/a) and $x$" };
		const view = paperView({ ...exampleNoteInput, paper });
		expect(view["doi_url"]).toBe("https://doi.org/10.1000/a%29%20and%20%24x%24");
		expect(view["doi"]).toBe("10.1000/a) and \\$x\\$");
	});
});

describe("the note view escapes every field from outside", () => {
	it("dates that are not dates show as text", () => {
		const paper = { ...exampleNoteInput.paper, published: "[[x]]$a$ ok", updated: "<b>2025</b>", announced: "#tag" };
		const view = paperView({ ...exampleNoteInput, paper });
		expect(view["published"]).toBe("\\[\\[x\\]\\]\\$a\\$ o");
		expect(view["updated"]).toBe("\\<b\\>2025\\</b");
		expect(view["announced"]).toBe("\\#tag");
		expect(view["year"]).toBe("\\[\\[x\\]");
	});

	it("well-formed values escape to themselves (the golden notes do not change)", () => {
		const view = paperView(exampleNoteInput);
		expect([view["published"], view["updated"], view["announced"], view["year"], view["primary_category"]]).toEqual(["2025-02-21", "2025-09-16", "2025-09-18", "2025", "cs.AI"]);
	});
});
