import { readFileSync } from "node:fs";

export const RSS_FILE = "rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml";
export const ATOM_FILE = "atom-cs.LG-2026-09-25-3-entries-abstracts-truncated.xml";

/** A listing feed recorded from rss.arxiv.org (tests/fixtures/arxiv-rss). */
export function recordedListing(name: string): string {
	return readFileSync(new URL(`../../fixtures/arxiv-rss/${name}`, import.meta.url), "utf8");
}

/** The recorded RSS feed's `<item>` blocks. */
export function recordedItems(): string[] {
	return [...recordedListing(RSS_FILE).matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
}

/** The recorded RSS feed with its items replaced (hand-made variants: the channel stays as recorded). */
export function rssWithItems(items: readonly string[], channel: (xml: string) => string = (x) => x): string {
	const xml = recordedListing(RSS_FILE);
	const start = xml.indexOf("<item>");
	const end = xml.lastIndexOf("</item>") + "</item>".length;
	return channel(`${xml.slice(0, start)}${items.join("\n    ")}${xml.slice(end)}`);
}
