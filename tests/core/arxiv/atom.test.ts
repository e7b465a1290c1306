import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AtomParseError, parseAtomFeed } from "../../../src/core/arxiv/atom";

const recorded = (name: string): string => readFileSync(new URL(`../../fixtures/arxiv-api/${name}`, import.meta.url), "utf8");

/** A one-entry feed in the shape arXiv sends for `id_list=`. */
function feed(entries: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title type="html">ArXiv Query</title>
  ${entries}
</feed>`;
}

function entry(id: string, title: string): string {
	return `<entry>
    <id>http://arxiv.org/abs/${id}</id>
    <updated>2024-01-02T10:00:00Z</updated>
    <published>2024-01-01T10:00:00Z</published>
    <title>${title}</title>
    <summary>An abstract.</summary>
    <author><name>Ada Lovelace</name></author>
    <arxiv:primary_category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`;
}

describe("parseAtomFeed on recorded arXiv answers", () => {
	it("reads a paper with DOI and journal reference (id_list=1601.00001)", () => {
		const { papers, errors } = parseAtomFeed(recorded("idlist-1601.00001-doi-journalref.xml"));
		expect(errors).toEqual([]);
		expect(papers).toHaveLength(1);
		const paper = papers[0];
		expect(paper).toMatchObject({
			id: "1601.00001",
			version: 1,
			title: "Inelastic effects in molecular transport junctions: The probe technique at high bias",
			authors: ["Michael Kilgour", "Dvira Segal"],
			published: "2015-12-26T21:19:45Z",
			updated: "2015-12-26T21:19:45Z",
			primaryCategory: "cond-mat.mes-hall",
			categories: ["cond-mat.mes-hall"],
			doi: "10.1063/1.4944470",
			journalRef: "J. Chem. Phys. 144, 124107 (2016)",
		});
		expect(paper?.comment).toBeUndefined();
		expect(paper?.abstract.startsWith("We extend the Landauer-Büttiker probe formalism for conductances to the high bias regime, and")).toBe(true);
		expect(paper?.abstract.endsWith("on molecular electronic transport far-from-equilibrium.")).toBe(true);
		expect(paper?.abstract).not.toMatch(/\s{2}|\n/);
	});

	it("reads an old-style ID without a version in <id>, taking the version from the abs link", () => {
		const { papers } = parseAtomFeed(recorded("search-all-electron-old-style-id-hep-ex-0307015.xml"));
		expect(papers).toEqual([
			expect.objectContaining({
				id: "hep-ex/0307015",
				version: 1,
				title: "Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA",
				authors: ["H1 Collaboration"],
				published: "2003-07-07T13:46:39-04:00",
				primaryCategory: "hep-ex",
				categories: ["hep-ex"],
				comment: "23 pages, 8 figures and 4 tables",
				journalRef: "Eur.Phys.J. C31 (2003) 17-29",
			}),
		]);
	});

	it("reads ten entries in order, new and old style, with decoded entities and clean categories", () => {
		const { papers, errors } = parseAtomFeed(recorded("search-all-science-10-entries.xml"));
		expect(errors).toEqual([]);
		expect(papers.map((p) => p.id)).toEqual([
			"1501.05039",
			"1503.01162",
			"quant-ph/0210005",
			"0808.0631",
			"0808.0638",
			"0808.0639",
			"0705.1367",
			"1802.03292",
			"physics/0507092",
			"1312.7288",
		]);
		const report = papers[1];
		expect(report?.title).toBe(
			"Report on a Boston University Conference December 7-8, 2012 on 'How Can the History and Philosophy of Science Contribute to Contemporary U.S. Science Teaching?'",
		);
		expect(report?.authors).toEqual(["Peter Garik", "Yann Benétreau-Dupin"]);
		expect(report?.journalRef).toBe("Science & Education, September 2014, 23(9): 1853-1873");
		expect(report?.categories).toEqual(["physics.ed-ph", "physics.hist-ph", "physics.soc-ph"]);
		// The MSC and ACM classes arXiv lists as categories are not arXiv categories.
		expect(papers[7]?.categories).toEqual(["cs.LO"]);
		// A comment spread over lines reads as one line.
		expect(papers[2]?.comment).toBe("6 pages, invited contribution to QCMC 2002, a considerably abbreviated version of quant-ph/0208078");
	});

	it("reads a recent search answer (cs.RO, 2 entries)", () => {
		const { papers } = parseAtomFeed(recorded("search-cat-cs.RO-AND-neural-2-entries.xml"));
		expect(papers).toHaveLength(2);
		expect(papers[0]).toMatchObject({
			id: "2510.14968",
			version: 1,
			title: "RDD: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks",
			primaryCategory: "cs.RO",
		});
		expect(papers[0]?.authors.slice(0, 3)).toEqual(["Mingxuan Yan", "Yuping Wang", "Zechun Liu"]);
		for (const p of papers) expect(p.categories[0]).toBe(p.primaryCategory);
	});

	it("turns an Error entry into an error naming the ID, not a paper", () => {
		expect(parseAtomFeed(recorded("error-incorrect-id-format-1234.12345.xml"))).toEqual({
			papers: [],
			errors: [{ id: "1234.12345", message: "incorrect id format for 1234.12345" }],
		});
	});
});

describe("parseAtomFeed keeps strings strings", () => {
	it("keeps an ID with trailing zeros and a numeric title as text", () => {
		const { papers } = parseAtomFeed(feed(entry("2401.00010v2", "1234")));
		expect(papers[0]?.id).toBe("2401.00010");
		expect(papers[0]?.version).toBe(2);
		expect(papers[0]?.title).toBe("1234");
		expect(typeof papers[0]?.title).toBe("string");
	});

	it("reads an answer with a single entry and one with none", () => {
		expect(parseAtomFeed(feed(entry("2502.15871v1", "One"))).papers.map((p) => p.id)).toEqual(["2502.15871"]);
		expect(parseAtomFeed(feed(""))).toEqual({ papers: [], errors: [] });
	});

	it("puts the primary category first and lists each category once", () => {
		const xml = feed(`<entry>
    <id>http://arxiv.org/abs/2502.15871v3</id>
    <published>2025-02-21T00:00:00Z</published>
    <updated>2025-03-01T00:00:00Z</updated>
    <title>  A   title
      over lines </title>
    <summary>An abstract.</summary>
    <author><name>A</name></author><author><name>B</name></author><author><name>C</name></author>
    <category term="cs.AI"/><category term="cs.CL"/><category term="cs.AI"/>
    <arxiv:primary_category term="cs.CL"/>
  </entry>`);
		const [paper] = parseAtomFeed(xml).papers;
		expect(paper).toMatchObject({ title: "A title over lines", version: 3, authors: ["A", "B", "C"], primaryCategory: "cs.CL", categories: ["cs.CL", "cs.AI"] });
		expect(paper?.updated).toBe("2025-03-01T00:00:00Z");
	});

	it("reports an entry arXiv sent without a title instead of inventing a paper", () => {
		const xml = feed(`<entry><id>http://arxiv.org/abs/2502.99999v1</id><title/><summary/></entry>`);
		expect(parseAtomFeed(xml)).toEqual({
			papers: [],
			errors: [{ id: "2502.99999", message: expect.stringContaining("arXiv returned an entry for 2502.99999 without a title") as unknown }],
		});
	});
});

describe("parseAtomFeed refuses what is not an Atom feed", () => {
	const full = recorded("idlist-1601.00001-doi-journalref.xml");
	it.each([
		["a truncated answer", full.slice(0, Math.floor(full.length / 2)), /not valid XML \(it ends before its closing tags/],
		["an empty answer", "", /not valid XML/],
		["plain text", "Rate exceeded.", /not valid XML/],
		["broken markup", "<feed><entry></feed>", /not valid XML/],
		["an HTML page", "<html><body><h1>Service Unavailable</h1></body></html>", /not an Atom feed \(it starts with <html>\)/],
	])("%s", (_what, xml, message) => {
		expect(() => parseAtomFeed(xml)).toThrow(AtomParseError);
		expect(() => parseAtomFeed(xml)).toThrow(message);
		expect(() => parseAtomFeed(xml)).toThrow(/try again later$/);
	});
});
