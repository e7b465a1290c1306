import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesTerm } from "../../../src/core/feed/filter";
import { ListingSelection } from "../../../src/core/feed/listing-selection";
import { parseListingFeed, type ListingItem } from "../../../src/core/feed/rss";
import { recordedListing, RSS_FILE } from "./listing-fixtures";

const WORDS = ["graph", "graphs", "neural", "Schrödinger", "multi-agent", "LLM", "diffusion", "-", "*", "graph*", "quantum"];

const item = (id: string, title: string, abstract: string): ListingItem => ({
	paper: { id, version: 1, title, abstract, authors: ["Ada Lovelace"], primaryCategory: "cs.LG", categories: ["cs.LG"] },
	announceType: "new",
	version: 1,
});

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(" "));
const items = fc.uniqueArray(fc.integer({ min: 10000, max: 10050 }), { maxLength: 12 }).chain((ids) =>
	fc.tuple(...ids.map((n) => fc.tuple(text, text).map(([t, a]) => item(`2601.${n}`, t, a)))),
);
type Op = { kind: "filter"; term: string } | { kind: "set"; at: number; on: boolean } | { kind: "all"; on: boolean };
const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("filter" as const), term: fc.oneof(text, fc.constantFrom("", "  ", "graph neural")) }),
	fc.record({ kind: fc.constant("set" as const), at: fc.nat(20), on: fc.boolean() }),
	fc.record({ kind: fc.constant("all" as const), on: fc.boolean() }),
);

describe("ListingSelection: what the listing preview imports", () => {
	it("imports exactly the ticked papers the filter shows; every ticked paper is either imported or counted as hidden", () => {
		fc.assert(
			fc.property(items, fc.uniqueArray(fc.nat(12), { maxLength: 4 }), fc.array(op, { maxLength: 15 }), (list, knownAt, ops) => {
				const known = new Set(knownAt.flatMap((i) => list[i]?.paper.id ?? []));
				const s = new ListingSelection(list, known);
				const ticked = new Set(list.filter((i) => !known.has(i.paper.id)).map((i) => i.paper.id));
				let term = "";
				for (const o of ops) {
					if (o.kind === "filter") {
						term = o.term;
						s.setFilter(term);
					} else if (o.kind === "set") {
						const id = list[o.at]?.paper.id;
						if (id === undefined) continue;
						s.set(id, o.on);
						if (o.on) ticked.add(id);
						else ticked.delete(id);
					} else {
						s.setVisible(o.on);
						for (const i of s.visible()) if (o.on) ticked.add(i.paper.id);
						else ticked.delete(i.paper.id);
					}
				}
				const shown = list.filter(({ paper }) => !/[\p{L}\p{N}]/u.test(term) || [paper.title, paper.abstract, paper.authors.join(", "), paper.categories.join(" ")].some((t) => matchesTerm(t, term.trim())));
				expect(s.visible()).toEqual(shown);
				expect(s.toImport()).toEqual(shown.filter((i) => ticked.has(i.paper.id)));
				expect(s.toImport().length + s.hiddenChecked()).toBe(ticked.size);
			}),
		);
	});

	it("offers the recorded day's papers ticked except the one in the vault; a term with no letter filters nothing", () => {
		const listing = parseListingFeed(recordedListing(RSS_FILE));
		const s = new ListingSelection(listing.items, new Set(["2609.26820"]));
		expect(s.toImport().map((i) => i.paper.id)).toEqual(listing.items.map((i) => i.paper.id).filter((id) => id !== "2609.26820"));
		s.setFilter(" - ");
		expect(s.visible()).toHaveLength(listing.items.length);
		s.setFilter("neuroimaging");
		expect(s.visible().map((i) => i.paper.title)).toEqual(["Outlier Detection for Multi-Network Data"]);
		// Ticked and hidden: every paper but the one shown and the one in the vault.
		expect(s.hiddenChecked()).toBe(listing.items.length - 2);
	});
});
