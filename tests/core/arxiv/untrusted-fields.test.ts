/**
 * Text from arXiv is data: what the Atom API and the listing feeds (RSS and Atom) send is read the
 * way XML means it, whatever characters it holds. Generated cases for both parsers.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseAtomFeed } from "../../../src/core/arxiv/atom";
import { collapse, decodeXmlReferences } from "../../../src/core/arxiv/xml-nodes";
import { parseListingFeed } from "../../../src/core/feed/rss";

function atomFeed(fields: { title: string; summary: string; authors: string[]; categories?: string; primary?: string }): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry>
    <id>http://arxiv.org/abs/2401.00001v1</id>
    <updated>2024-01-02T10:00:00Z</updated>
    <published>2024-01-01T10:00:00Z</published>
    <title>${fields.title}</title>
    <summary>${fields.summary}</summary>
    ${fields.authors.map((a) => `<author><name>${a}</name></author>`).join("")}
    <arxiv:primary_category term="${fields.primary ?? "cs.LG"}" scheme="http://arxiv.org/schemas/atom"/>
    ${fields.categories ?? `<category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>`}
  </entry>
</feed>`;
}

function rssFeed(fields: { title: string; description: string; creator: string; categories?: string[] }): string {
	const cats = (fields.categories ?? ["cs.LG"]).map((c) => `<category>${c}</category>`).join("");
	return `<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>cs.LG updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.LG</link>
    <description>cs.LG updates on the arXiv.org e-print archive.</description>
    <pubDate>Thu, 24 Sep 2026 00:00:00 -0400</pubDate>
    <item>
      <title>${fields.title}</title>
      <link>https://arxiv.org/abs/2609.00001</link>
      <description>arXiv:2609.00001v1 Announce Type: new 
Abstract: ${fields.description}</description>
      <guid isPermaLink="false">oai:arXiv.org:2609.00001v1</guid>
      ${cats}
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:creator>${fields.creator}</dc:creator>
    </item>
  </channel>
</rss>`;
}

const isXmlChar = (cp: number): boolean =>
	cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

const NAMED: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" };

/** One character as XML may write it: itself (when it may stand alone), a decimal or hex reference (`&#x`, lower-case x, as XML demands), or a named entity. */
const encodedChar = (ch: string): fc.Arbitrary<string> => {
	const cp = ch.codePointAt(0) ?? 0;
	const forms = [`&#${cp};`, `&#x${cp.toString(16)};`, `&#x${cp.toString(16).toUpperCase()};`, `&#00${cp};`, `&#x00${cp.toString(16)};`];
	if (NAMED[ch]) forms.push(NAMED[ch]);
	else forms.push(ch);
	return fc.constantFrom(...forms);
};

/** Text of any XML characters but the backslash (TeX accents are decoded on purpose), and its encoding. */
const encodedText = (chars: fc.Arbitrary<string>): fc.Arbitrary<{ text: string; xml: string }> =>
	fc.array(chars, { minLength: 1, maxLength: 60 }).chain((list) =>
		fc.tuple(...list.map(encodedChar)).map((xml) => ({ text: list.join(""), xml: xml.join("") })),
	);

const anyXmlChar = fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((c) => isXmlChar(c.codePointAt(0) ?? 0) && c !== "\\");
/** Letters of names: no separators (comma, semicolon, parentheses, spaces) of dc:creator. */
const nameChar = fc.constantFrom(..."AbZéøÖłαΩ漢字한'’-.".split(""));

describe("numeric character references are decoded (Atom API and listing feeds)", () => {
	it.each([
		["Don&#39;t", "Don't"],
		["&#x3B1;-helix &#x3b2;", "α-helix β"],
		["&#128512; &#x1F600;", "😀 😀"],
		["Q&amp;A &lt;b&gt;", "Q&A <b>"],
		["&amp;#39; stays written", "&#39; stays written"],
		["&#0; &#xD800; &#x110000;", "\uFFFD \uFFFD \uFFFD"],
		["&nbsp; is HTML's", "&nbsp; is HTML's"],
	])("%s -> %s", (xml, text) => {
		expect(decodeXmlReferences(xml)).toBe(text);
		const [paper] = parseAtomFeed(atomFeed({ title: `T ${xml}`, summary: xml, authors: [xml] })).papers;
		expect(paper?.title).toBe(collapse(`T ${text}`));
		expect(paper?.abstract).toBe(collapse(text));
	});

	it("Atom API: title, abstract and authors read as the text that was encoded, however it was encoded", () => {
		fc.assert(
			fc.property(encodedText(anyXmlChar), encodedText(anyXmlChar), encodedText(anyXmlChar), (title, summary, author) => {
				const feed = parseAtomFeed(atomFeed({ title: `T${title.xml}`, summary: summary.xml, authors: [`A${author.xml}`] }));
				expect(feed.errors).toEqual([]);
				const [paper] = feed.papers;
				expect(paper?.title).toBe(collapse(`T${title.text}`));
				expect(paper?.abstract).toBe(collapse(summary.text));
				expect(paper?.authors).toEqual([collapse(`A${author.text}`)]);
			}),
			{ numRuns: 300 },
		);
	});

	it("listing feed: title, abstract and authors read as the text that was encoded", () => {
		// No `<` in the abstract: a description with tags is read as HTML (tested below).
		const abstractChar = anyXmlChar.filter((c) => c !== "<");
		fc.assert(
			fc.property(
				encodedText(anyXmlChar),
				encodedText(abstractChar),
				fc.array(encodedText(nameChar), { minLength: 1, maxLength: 4 }),
				(title, description, names) => {
					const xml = rssFeed({ title: `T${title.xml}`, description: `D${description.xml}`, creator: names.map((n) => `N${n.xml}`).join(", ") });
					const { items, skipped } = parseListingFeed(xml);
					expect(skipped).toEqual([]);
					const paper = items[0]?.paper;
					expect(paper?.title).toBe(collapse(`T${title.text}`));
					expect(paper?.abstract).toBe(collapse(`D${description.text}`));
					expect(paper?.authors).toEqual(names.map((n) => `N${n.text}`));
				},
			),
			{ numRuns: 300 },
		);
	});
});
