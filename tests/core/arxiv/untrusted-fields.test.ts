/**
 * Text from arXiv is data: what the Atom API and the listing feeds (RSS and Atom) send is read the
 * way XML means it, whatever characters it holds. Generated cases for both parsers.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseAtomFeed } from "../../../src/core/arxiv/atom";
import { collapse, decodeXmlReferences } from "../../../src/core/arxiv/xml-nodes";
import { parseListingFeed } from "../../../src/core/feed/rss";
import { isCategoryCode, isSubjectClass } from "../../../src/core/arxiv/category-code";
import { ARCHIVES, CATEGORY_NAMES } from "../../../src/core/arxiv/taxonomy-data";
import type { Paper } from "../../../src/core/model";
import { renderPaperBody } from "../../../src/core/notes/paper-note";
import { paperView } from "../../../src/core/template/paper-view";
import { exampleNoteInput } from "../notes/example-paper";
import { htmlToText, looksLikeHtml } from "../../../src/core/arxiv/html-text";
import { extractKeywords } from "../../../src/core/keywords/extract";

function atomFeed(fields: { title: string; summary: string; authors: string[]; categories?: string; primary?: string; id?: string }): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry>
    <id>${fields.id ?? "http://arxiv.org/abs/2401.00001v1"}</id>
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

const xmlEscape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Codes of the taxonomy, and codes of its form that arXiv may add (a known archive, a new class). */
const validCode = fc.oneof(
	fc.constantFrom(...Object.keys(CATEGORY_NAMES)),
	fc.tuple(fc.constantFrom("cs", "math", "astro-ph", "q-bio", "stat", "eess"), fc.stringMatching(/^[A-Z]{2}$/)).map(([a, c]) => `${a}.${c}`),
	fc.tuple(fc.constantFrom("physics", "cond-mat"), fc.stringMatching(/^[a-z]{2,6}(?:-[a-z]{2,4})?$/)).map(([a, c]) => `${a}.${c}`),
	fc.constantFrom(...ARCHIVES),
);
/** What a hostile or broken answer might put where a category goes, and the MSC/ACM classes arXiv really sends. */
const otherTerm = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.constantFrom(
		"<img src=x onerror=alert(1)>",
		"cs.AI]] [[Secret",
		"cs.AI) [x](javascript:alert(1))",
		"#tag",
		"../../etc/passwd",
		"$x^2$",
		"cs.AI|alias",
		"CON",
		"cs.ai",
		"cs..AI",
		"hello",
		"foo.BAR",
		"cs.AI.extra",
		"cs.A1",
		"physics.soc_ph",
		"03B70, 68Q99",
		"F.4.1; F.4.m; K.2",
		"68T05",
	),
);

/** What the parsers must make of a primary category and terms: each valid code once, primary first, a warning per other value that is no MSC/ACM class. */
function expected(id: string, primary: string, terms: string[]): { categories: string[]; warned: string[] } {
	const all = [primary, ...terms].map(collapse).filter((t) => t !== "");
	const categories = [...new Set(all.filter(isCategoryCode))];
	const warned = [...new Set(all.filter((t) => !categories.includes(t) && !isSubjectClass(t)))];
	return { categories, warned: warned.map((t) => `${id}: ${t}`) };
}

const warnedTerms = (warnings: string[] | undefined, id: string): string[] =>
	(warnings ?? []).map((w) => `${id}: ${/category "(.*)", which is not/.exec(w)?.[1] ?? w}`);

/** The body of the note the importer would write for this paper, categories linked as plan.ts links them. */
function noteBody(paper: Paper): string {
	const codes = [paper.primaryCategory, ...paper.categories.filter((c) => c !== paper.primaryCategory)].filter((c) => c !== "");
	return renderPaperBody({ ...exampleNoteInput, paper, categoryPaths: codes.map((code) => ({ code, path: `categories/${code}.md` })) });
}

/** The Category line and the category links of a note hold nothing but category codes. */
function expectOnlyCodesInNote(body: string, categories: string[]): void {
	const line = /^\*\*Category\*\*: (.*)$/m.exec(body)?.[1] ?? "";
	expect(line.split(" · ").filter((c) => c !== "")).toEqual(categories);
	const linked = [...body.matchAll(/\[\[categories\/([^|\]]*)\.md\|?([^\]]*)\]\]|\[\[categories\/([^|\]]*)\]\]/g)].map((m) => m[1] ?? m[3]);
	for (const code of linked) expect(isCategoryCode(code ?? "")).toBe(true);
}

describe("only arXiv category codes reach a paper and its note", () => {
	it("knows every code of the taxonomy and the forms of the brief", () => {
		for (const code of Object.keys(CATEGORY_NAMES)) expect(isCategoryCode(code)).toBe(true);
		for (const code of ["cs.AI", "math.GT", "hep-th", "astro-ph.CO", "q-bio.BM", "physics.soc-ph", "cond-mat.mes-hall", "cs", "stat.XY"]) expect(isCategoryCode(code)).toBe(true);
		for (const code of ["cs.ai", "hep-th.XY", "physics.AB", "cs.AI]]", "hello", "foo.BAR", "cs..AI", "cs.AI.x", "__proto__", "constructor", "", "<b>", "68T05"]) expect(isCategoryCode(code)).toBe(false);
	});

	it("Atom API: drops what is no category (with a warning unless it is an MSC/ACM class), keeps the primary first", () => {
		fc.assert(
			fc.property(fc.oneof(validCode, otherTerm), fc.array(fc.oneof(validCode, otherTerm), { maxLength: 6 }), (primary, terms) => {
				const xml = atomFeed({
					title: "T",
					summary: "S",
					authors: ["A"],
					primary: xmlEscape(primary),
					categories: terms.map((t) => `<category term="${xmlEscape(t)}" scheme="http://arxiv.org/schemas/atom"/>`).join(""),
				});
				const feed = parseAtomFeed(xml);
				const paper = feed.papers[0];
				if (paper === undefined) throw new Error("no paper");
				const want = expected("2401.00001", primary, terms);
				expect(paper.categories).toEqual(want.categories);
				expect(paper.primaryCategory).toBe(want.categories[0] ?? "");
				expect(warnedTerms(feed.warnings, "2401.00001")).toEqual(want.warned);
				expectOnlyCodesInNote(noteBody(paper), want.categories);
			}),
			{ numRuns: 300 },
		);
	});

	it("listing feed: the same, the first valid category being the primary", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(validCode, otherTerm), { minLength: 1, maxLength: 6 }), (terms) => {
				const listing = parseListingFeed(rssFeed({ title: "T", description: "D", creator: "A", categories: terms.map(xmlEscape) }));
				const item = listing.items[0];
				if (item === undefined) throw new Error("no item");
				const want = expected("2609.00001", "", terms);
				expect(item.paper.categories).toEqual(want.categories);
				expect(item.paper.primaryCategory).toBe(want.categories[0] ?? "");
				expect(warnedTerms(listing.warnings, "2609.00001")).toEqual(want.warned);
				expect(item.warnings ?? []).toEqual(listing.warnings ?? []);
			}),
			{ numRuns: 300 },
		);
	});

	it("a warning names the paper and quotes the value on one line, cut at 60 characters", () => {
		const feed = parseAtomFeed(atomFeed({ title: "T", summary: "S", authors: ["A"], primary: xmlEscape("<img src=x onerror=alert(1)>"), categories: `<category term="cs.AI"/><category term="${"x".repeat(100)}"/>` }));
		expect(feed.papers[0]).toMatchObject({ primaryCategory: "cs.AI", categories: ["cs.AI"] });
		expect(feed.warnings).toEqual([
			'2401.00001: arXiv gave it the category "<img src=x onerror=alert(1)>", which is not an arXiv category; it is left out of the note',
			`2401.00001: arXiv gave it the category "${"x".repeat(59)}…", which is not an arXiv category; it is left out of the note`,
		]);
		expect(parseAtomFeed(atomFeed({ title: "T", summary: "S", authors: ["A"] })).warnings).toBeUndefined();
	});

	it("a paper read from elsewhere (note properties) with markup in its categories renders it as text", () => {
		const paper: Paper = { ...exampleNoteInput.paper, primaryCategory: "<img src=x>", categories: ["<img src=x>", "[[Secret]]", "$x$"] };
		const view = paperView({ ...exampleNoteInput, paper, categoryPaths: [{ code: "[[Secret]]", path: "categories/Secret.md" }] });
		expect(view["primary_category"]).toBe("\\<img src\\=x\\>");
		expect(view["categories"]).toEqual(["\\<img src\\=x\\>", "\\[\\[Secret\\]\\]", "\\$x\\$"]);
		expect(view["other_categories"]).toEqual(["\\[\\[Secret\\]\\]", "\\$x\\$"]);
		expect(view["category_links"]).toEqual(["[[categories/Secret|((Secret))]]"]);
	});
});

describe("the arXiv ID of an Atom entry", () => {
	it.each([
		["http://arxiv.org/abs/2401.00001v3", "2401.00001", 3],
		["https://arxiv.org/abs/hep-ex/0307015", "hep-ex/0307015", 1],
		["http://arxiv.org/abs/math.GT/0309136v2", "math/0309136", 2],
	])("%s is %s v%s", (url, id, version) => {
		expect(parseAtomFeed(atomFeed({ id: url, title: "T", summary: "S", authors: ["A"] })).papers[0]).toMatchObject({ id, version });
	});

	it("is one of arXiv's two forms, or the entry is an error: an ID is written into links and file names as it is", () => {
		const suffix = fc.oneof(
			fc.string({ minLength: 1, maxLength: 20 }),
			fc.constantFrom(") [x](javascript:alert(1))", "/../../x", " x", "#x", "[[y]]", "$x$", "<b>"),
		);
		fc.assert(
			fc.property(fc.constantFrom("2401.00001", "hep-th/9901001", ""), suffix, (id, tail) => {
				const url = `http://arxiv.org/abs/${id}${tail}`;
				const feed = parseAtomFeed(atomFeed({ id: xmlEscape(url), title: "T", summary: "S", authors: ["A"] }));
				for (const paper of feed.papers) expect(paper.id).toMatch(/^(?:\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/);
				expect(feed.papers.length + feed.errors.length).toBe(1);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("HTML in a listing description is text, not keywords", () => {
	it("keeps the text of tags, drops tags, comments, scripts and styles, decodes references", () => {
		const html = `<p>We study <a href="https://x.org/a?b=1&amp;c=2">graphs</a> and <img src="a.png" alt="pic"/> <span class="hl">trees</span>.</p><!-- note --><script>alert("x")</script><style>p{}</style><br>H<sub>2</sub>O &amp; R&amp;D, Don&#39;t &lt;b&gt;`;
		expect(collapse(htmlToText(html))).toBe("We study graphs and trees. H2O & R&D, Don't <b>");
	});

	it.each([
		"for n<m and m>k the bound holds",
		"we show $<$ and $>$ relations, x <a and b> y",
		"a < b > c, <i> is the identity",
		"R&amp;D stays as written when nothing is HTML",
	])("leaves text that is not surely HTML as it is: %s", (text) => {
		expect(looksLikeHtml(text)).toBe(false);
		expect(htmlToText(text)).toBe(text);
	});

	const WORDS = ["graph", "neural", "network", "learning", "model", "spectral", "R&D", "x<y", "a>b", "Don't", "\"quoted\"", "α", "transformer", "attention"];
	const ATTRIBUTE_NAMES = ["href", "src", "class", "style", "id", "alt", "title", "data-x", "onerror", "width"];
	const TAGS = ["a", "b", "i", "em", "strong", "span", "sub", "sup", "p", "div", "br", "img", "li", "ul", "h2", "table", "td", "font", "code"];
	const MARKUP_WORDS = new Set([...ATTRIBUTE_NAMES, ...TAGS, "img", "src", "href", "span", "class", "script", "style", "http", "https", "png", "www", "data", "hl", "x"]);

	const encode = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
	const textNode = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((words) => ({ html: ` ${encode(words.join(" "))} `, text: ` ${words.join(" ")} ` }));
	const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), fc.string({ maxLength: 15 }).map((v) => v.replace(/["&<]/g, "")), fc.constantFrom('"', "'"))
		.map(([name, value, q]) => ` ${name}=${q}${value.split(q).join("")}${q}`);
	type Node = { html: string; text: string };
	const element = (children: fc.Arbitrary<Node[]>): fc.Arbitrary<Node> =>
		fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), children).map(([tag, attrs, kids]) => {
			const open = `<${tag}${attrs.join("")}>`;
			if (tag === "br" || tag === "img") return { html: `${open}${kids.map((k) => k.html).join("")}`, text: kids.map((k) => k.text).join("") };
			return { html: `${open}${kids.map((k) => k.html).join("")}</${tag}>`, text: kids.map((k) => k.text).join("") };
		});
	// A script or style holds raw text up to its end tag (HTML parses no elements inside it): it goes whole.
	const hidden: fc.Arbitrary<Node> = fc
		.tuple(fc.constantFrom("script", "style"), fc.array(attribute, { maxLength: 2 }), fc.array(textNode, { maxLength: 3 }))
		.map(([tag, attrs, kids]) => ({ html: `<${tag}${attrs.join("")}>${kids.map((k) => k.html).join("")}</${tag}>`, text: " " }));
	const inner = fc.oneof(textNode, hidden, element(fc.array(fc.oneof(textNode, hidden), { maxLength: 3 })));
	const document = fc
		.array(fc.oneof(textNode, hidden, element(fc.array(inner, { maxLength: 4 }))), { minLength: 1, maxLength: 6 })
		.map((nodes) => ({ html: `<p>${nodes.map((n) => n.html).join("")}</p>`, text: nodes.map((n) => n.text).join("") }));

	it("for generated HTML descriptions, the abstract is the text and no keyword comes from markup", () => {
		fc.assert(
			fc.property(document, (doc) => {
				const { items } = parseListingFeed(rssFeed({ title: "Spectral graph learning", description: xmlEscape(doc.html), creator: "A" }));
				const abstract = items[0]?.paper.abstract ?? "";
				expect(abstract).toBe(collapse(doc.text));
				expect(abstract).not.toMatch(new RegExp(`</?(?:${TAGS.join("|")}|script|style)[\\s/>]|href|src=|class=`));
				const keywords = extractKeywords({ title: "Spectral graph learning", abstract }, { max: 20 });
				for (const k of keywords) {
					for (const word of k.name.toLowerCase().split(/[\s-]+/)) expect(MARKUP_WORDS.has(word)).toBe(false);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("the keyword extractor drops HTML even when the text reaches it another way", () => {
		const abstract = '<p>We train <a href="https://x.org">neural networks</a> with <img src="fig.png"/> and <span class="hl">attention</span>.</p>';
		const names = extractKeywords({ title: "Neural networks", abstract }, { max: 20 }).map((k) => k.name.toLowerCase());
		for (const bad of ["href", "img src", "span class", "img", "src", "span", "class"]) expect(names).not.toContain(bad);
		expect(names.join(" ")).not.toMatch(/href|img|span|class/);
	});
});
