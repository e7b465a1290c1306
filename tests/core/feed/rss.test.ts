import { describe, expect, it } from "vitest";
import { ListingParseError, parseListingFeed, splitAuthors } from "../../../src/core/feed/rss";
import { ATOM_FILE, RSS_FILE, recordedItems, recordedListing, rssWithItems } from "./listing-fixtures";

describe("parseListingFeed on the recorded RSS listing (cs.LG+cs.AI+cs.CL+stat.ML, 2026-09-24)", () => {
	const listing = parseListingFeed(recordedListing(RSS_FILE));

	it("names the categories asked for, the listing day as arXiv writes it, and the days without listings", () => {
		expect(listing.categories).toEqual(["cs.LG", "cs.AI", "cs.CL", "stat.ML"]);
		// pubDate `Thu, 24 Sep 2026 00:00:00 -0400`: arXiv's midnight, read as written (not shifted to UTC).
		expect(listing.announced).toBe("2026-09-24");
		expect(listing.skipDays).toEqual(["Sunday", "Saturday"]);
		expect(listing.skipped).toEqual([]);
	});

	it("takes the categories from the channel link, the title only when there is no link (hand-made variants)", () => {
		const retitled = recordedListing(RSS_FILE).replace(/<title>cs\.LG, [^<]*<\/title>/, "<title>arXiv listing</title>");
		expect(parseListingFeed(retitled).categories).toEqual(["cs.LG", "cs.AI", "cs.CL", "stat.ML"]);
		const unlinked = recordedListing(RSS_FILE).replace(/<link>http[^<]*<\/link>|<atom:link[^>]*\/>/g, "");
		expect(parseListingFeed(unlinked).categories).toEqual(["cs.LG", "cs.AI", "cs.CL", "stat.ML"]);
	});

	it("reads the four papers in feed order with their announce types and versions", () => {
		expect(listing.items.map((i) => [i.paper.id, i.announceType, i.version, i.paper.title])).toEqual([
			["2609.26811", "new", 1, "The Drift Contract: Spectral Updates for Depth-Robust Local Learning"],
			[
				"2609.26820",
				"new",
				1,
				"Signal2Symbol: Neuro-Symbolic Temporal Reasoning for Explainable Physiological Time-Series Anomaly Detection",
			],
			["2205.06398", "cross", 2, "Outlier Detection for Multi-Network Data"],
			["2009.13987", "replace", 3, "Random Polytope Descriptors"],
		]);
		for (const item of listing.items) expect(item.paper.version).toBe(item.version);
	});

	it("splits dc:creator into one author each", () => {
		expect(listing.items.map((i) => i.paper.authors)).toEqual([
			["Fabien Polly"],
			["Naser Mansour", "Sidahmed Benabderrahmane", "Ameer Rahwan"],
			["Pritam Dey", "Zhengwu Zhang", "David B. Dunson"],
			["Michael Joswig", "Marek Kaluba", "Lukas Ruff"],
		]);
	});

	it("removes the `arXiv:… Announce Type: … Abstract:` prefix and keeps the whole abstract on one line", () => {
		const [drift, signal] = listing.items;
		expect(drift?.paper.abstract.startsWith("Local learning trains each layer with its own auxiliary loss")).toBe(true);
		expect(drift?.paper.abstract.endsWith("the local advantage concentrates precisely where normalization is absent.")).toBe(true);
		for (const item of listing.items) {
			expect(item.paper.abstract).not.toMatch(/arXiv:|Announce Type|Abstract:|\n/);
		}
		expect(signal?.paper.abstract).toContain("VQ-VAE (Vector Quantized Variational Autoencoder)");
	});

	it("takes the categories in feed order, the first one as primary (a cross-list keeps its own primary)", () => {
		expect(listing.items.map((i) => [i.paper.primaryCategory, i.paper.categories])).toEqual([
			["cs.LG", ["cs.LG"]],
			["cs.LG", ["cs.LG", "cs.AI"]],
			// Cross-listed into stat.ML from stat.ME: arXiv lists the primary first, not alphabetically.
			["stat.ME", ["stat.ME", "stat.AP", "stat.ML"]],
			["cs.LG", ["cs.LG", "math.MG", "stat.ML"]],
		]);
	});

	it("keeps arxiv:DOI when the feed has one, leaves published/updated unknown and sets the listing day", () => {
		const outlier = listing.items[2]?.paper;
		expect(outlier?.doi).toBe("10.1093/bioinformatics/btac431");
		expect(outlier?.journalRef).toBeUndefined();
		for (const { paper } of listing.items) {
			expect(paper.published).toBeUndefined();
			expect(paper.updated).toBeUndefined();
			expect(paper.announced).toBe("2026-09-24");
		}
		expect(listing.items[0]?.paper.doi).toBeUndefined();
	});
});

describe("parseListingFeed on the recorded Atom listing (cs.LG, 2026-09-25, abstracts cut short)", () => {
	const listing = parseListingFeed(recordedListing(ATOM_FILE));

	it("reads the same fields from Atom: ids, types, categories, authors, DOI and journal reference", () => {
		expect(listing.categories).toEqual(["cs.LG"]);
		// From the entries' <published> (arXiv's midnight, -04:00), not the feed's UTC <updated>.
		expect(listing.announced).toBe("2026-09-25");
		expect(listing.items.map((i) => [i.paper.id, i.announceType, i.version, i.paper.primaryCategory])).toEqual([
			["2609.28553", "new", 1, "cs.LG"],
			["2402.10149", "cross", 3, "hep-ph"],
			["2401.08875", "replace", 3, "cs.LG"],
		]);
		const smiles = listing.items[0]?.paper;
		expect(smiles?.authors).toEqual([
			"Quang Minh Nguyen",
			"Thuy Quynh Nguyen",
			"Duc Minh Le",
			"Ho Nhat Minh Nguyen",
			"Thanh Long Dai Doan",
			"Trong Nghia Nguyen",
		]);
		expect(smiles?.doi).toBe("10.1109/MAPR72750.2026.11685822");
		expect(smiles?.journalRef).toBe("2026 International Conference on Multimedia Analysis and Pattern Recognition (MAPR)");
		expect(smiles?.abstract).toBe(
			"Drug toxicity prediction is critical for reducing late-stage attrition in drug discovery, yet remains challenging due to severe class imbalance, scaffold-based generalization, and the clinical need for interpretable predictions.",
		);
		expect(listing.items[1]?.paper.categories).toEqual(["hep-ph", "cs.LG", "hep-ex"]);
		// The entry's <published> is the listing's midnight, not the paper's first version.
		for (const { paper } of listing.items) expect(paper.published).toBeUndefined();
	});
});

/** One hand-made item in the recorded feed's format (not recorded from arXiv). */
function handMadeItem(fields: { id: string; type: string; creator: string; title?: string; extra?: string; categories?: string[] }): string {
	const cats = (fields.categories ?? ["cs.LG"]).map((c) => `<category>${c}</category>`).join("");
	return `<item>
      <title>${fields.title ?? `Paper ${fields.id}`}</title>
      <link>https://arxiv.org/abs/${fields.id.replace(/v\d+$/, "")}</link>
      <description>arXiv:${fields.id} Announce Type: ${fields.type} 
Abstract: An abstract.</description>
      <guid isPermaLink="false">oai:arXiv.org:${fields.id}</guid>
      ${cats}
      <pubDate>Thu, 24 Sep 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>${fields.type}</arxiv:announce_type>
      ${fields.extra ?? ""}
      <dc:creator>${fields.creator}</dc:creator>
    </item>`;
}

describe("parseListingFeed on hand-made variants of the RSS listing", () => {
	it("reads arxiv:journal_reference and arxiv:DOI on an RSS item", () => {
		const xml = rssWithItems([
			handMadeItem({
				id: "2609.00001v1",
				type: "new",
				creator: "Ada Lovelace",
				extra: "<arxiv:journal_reference>J. Chem. Phys. 144, 124107 (2016)</arxiv:journal_reference><arxiv:DOI>10.1063/1.4944470</arxiv:DOI>",
			}),
		]);
		expect(parseListingFeed(xml).items[0]?.paper).toMatchObject({ doi: "10.1063/1.4944470", journalRef: "J. Chem. Phys. 144, 124107 (2016)" });
	});

	it("splits authors at commas and `and`, drops affiliations (commas inside them too) and decodes TeX accents", () => {
		const creator = String.raw`Kurt G\"odel (IAS, Princeton), Emmy Noether and Paul Erd\H{o}s ((1) Dept. of Physics and Astronomy), and Alan Turing`;
		const xml = rssWithItems([handMadeItem({ id: "2609.00002v1", type: "new", creator })]);
		expect(parseListingFeed(xml).items[0]?.paper.authors).toEqual(["Kurt Gödel", "Emmy Noether", "Paul Erdős", "Alan Turing"]);
	});

	it("keeps names that contain `and` as letters", () => {
		expect(splitAuthors("Anand Sandberg, Alexander Andrews")).toEqual(["Anand Sandberg", "Alexander Andrews"]);
		expect(splitAuthors("")).toEqual([]);
	});

	it("reads replace-cross, old-style IDs, the type from the description when the element is missing, and absonly as replace", () => {
		const noElement = handMadeItem({ id: "2609.00004v2", type: "replace-cross", creator: "C" }).replace(/<arxiv:announce_type>.*<\/arxiv:announce_type>/, "");
		const xml = rssWithItems([
			handMadeItem({ id: "2609.00003v4", type: "replace-cross", creator: "A" }),
			handMadeItem({ id: "hep-th/9901001v2", type: "replace", creator: "B", categories: ["hep-th"] }),
			noElement,
			handMadeItem({ id: "2609.00005v2", type: "absonly", creator: "D" }),
		]);
		expect(parseListingFeed(xml).items.map((i) => [i.paper.id, i.announceType, i.version])).toEqual([
			["2609.00003", "replace-cross", 4],
			["hep-th/9901001", "replace", 2],
			["2609.00004", "replace-cross", 2],
			["2609.00005", "replace", 2],
		]);
	});

	it("lists a paper once even when the feed repeats it, and sets aside items it cannot read", () => {
		const [first] = recordedItems();
		const xml = rssWithItems([
			first ?? "",
			first ?? "",
			handMadeItem({ id: "2609.00006v1", type: "withdrawn", creator: "E" }),
			"<item><title>Not a paper</title><link>https://example.org/x</link><description>Nothing</description></item>",
		]);
		const listing = parseListingFeed(xml);
		expect(listing.items.map((i) => i.paper.id)).toEqual(["2609.26811"]);
		expect(listing.skipped).toEqual([
			{ id: "2609.00006", reason: 'unknown announce type "withdrawn"' },
			{ reason: "the feed lists an item that names no arXiv paper: https://example.org/x" },
		]);
	});

	it("decodes XML entities in titles and keeps IDs with trailing zeros as text", () => {
		const xml = rssWithItems([handMadeItem({ id: "2401.00010v1", type: "new", creator: "A", title: "Q&amp;A on &lt;fast&gt; \"models\"" })]);
		const paper = parseListingFeed(xml).items[0]?.paper;
		expect(paper?.id).toBe("2401.00010");
		expect(paper?.title).toBe('Q&A on <fast> "models"');
	});
});

describe("parseListingFeed errors", () => {
	const recorded = recordedListing(RSS_FILE);

	it.each([
		["a feed cut off in transfer", recorded.slice(0, 5000), /not valid XML \(it ends before its closing tags, as if cut off\)/],
		["plain text", "Service Unavailable", /not valid XML/],
		["an empty answer", "", /not valid XML/],
		["an HTML error page", "<!DOCTYPE html><html><body><p>Error</p></body></html>", /not a listing feed \(it starts with <html>\)/],
	])("throws ListingParseError for %s", (_what, xml, message) => {
		expect(() => parseListingFeed(xml)).toThrow(ListingParseError);
		expect(() => parseListingFeed(xml)).toThrow(message);
	});

	it("passes on arXiv's own error feed for a bad category", () => {
		// The shape arXiv's feed service (arxiv-feed, serialize_error) sends; hand-made.
		const xml = `<?xml version='1.0' encoding='UTF-8'?>
<rss version="2.0"><channel><title>Feed error for query: https://rss.arxiv.org/rss/cs.XX</title><link>https://rss.arxiv.org/rss/cs.XX</link>
<description>Bad subject class 'XX'. Valid subject classes for the archive 'cs' are: cs.AI, cs.AR.</description></channel></rss>`;
		expect(() => parseListingFeed(xml)).toThrow("arXiv could not make this listing: Bad subject class 'XX'. Valid subject classes for the archive 'cs' are: cs.AI, cs.AR.");
	});
});
