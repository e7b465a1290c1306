import { describe, expect, it } from "vitest";
import { parseListingFeed, quietDay } from "../../../src/core/feed/rss";
import { ATOM_FILE, RSS_FILE, recordedListing, rssWithItems } from "./listing-fixtures";

/** The recorded feed emptied, dated another day: what arXiv sends when it announces nothing (hand-made). */
function emptyFeedOn(pubDate: string): string {
	return rssWithItems([], (xml) => xml.split("Thu, 24 Sep 2026 00:00:00 -0400").join(pubDate));
}

describe("quietDay: an empty listing says why instead of failing", () => {
	it("on a Saturday: no items, the skipDays, and a plain message", () => {
		const listing = parseListingFeed(emptyFeedOn("Sat, 26 Sep 2026 00:00:00 -0400"));
		expect(listing.items).toEqual([]);
		expect(listing.skipDays).toEqual(["Sunday", "Saturday"]);
		expect(quietDay(listing, new Date("2026-09-26T09:00:00Z"))).toEqual({
			weekday: "Saturday",
			weekend: true,
			message: "No new arXiv listing on Saturday: arXiv does not announce on weekends and holidays",
		});
	});

	it("goes by arXiv's day in the feed, not the user's clock (Monday morning in Seoul is Sunday in New York)", () => {
		const listing = parseListingFeed(emptyFeedOn("Sun, 27 Sep 2026 00:00:00 -0400"));
		expect(quietDay(listing, new Date("2026-09-28T00:30:00Z"))?.weekday).toBe("Sunday");
	});

	it("on a weekday holiday (Thanksgiving) names the day and the categories", () => {
		const listing = parseListingFeed(emptyFeedOn("Thu, 26 Nov 2026 00:00:00 -0500"));
		expect(quietDay(listing, new Date("2026-11-26T15:00:00Z"))).toEqual({
			weekday: "Thursday",
			weekend: false,
			message:
				"No new arXiv listing on Thursday 2026-11-26: arXiv does not announce on weekends and holidays, or nothing new came in cs.LG, cs.AI, cs.CL, stat.ML that day",
		});
	});

	it("an empty Atom listing (no skipDays element) still counts Saturday and Sunday as days off", () => {
		const atom = recordedListing(ATOM_FILE).replace(/\s*<entry>[\s\S]*<\/entry>/, "").replace("2026-09-25T04:00:11", "2026-09-26T04:00:11");
		const listing = parseListingFeed(atom);
		expect(listing.items).toEqual([]);
		expect(quietDay(listing, new Date("2026-09-26T09:00:00Z"))?.weekend).toBe(true);
	});

	it("says nothing when the listing has papers", () => {
		expect(quietDay(parseListingFeed(recordedListing(RSS_FILE)), new Date("2026-09-24T09:00:00Z"))).toBeUndefined();
	});
});
