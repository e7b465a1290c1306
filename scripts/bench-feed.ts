// The local work of "Import today's arXiv listing" for a big day: parse a 500-item listing, filter it,
// extract every kept paper's keywords; and the requests a real run makes for it (1 listing request,
// then the API for the dates the listing lacks, 100 IDs a request). The feed is the recorded one
// (tests/fixtures/arxiv-rss), its 4 items repeated, each copy with its own ID and title.
// Last line: {"papers", "feed_requests", "api_requests", "local_ms"}.
import { readFileSync } from "node:fs";
import { filterListing } from "../src/core/feed/filter";
import { API_BATCH_SIZE, inBatches } from "../src/core/feed/id-list";
import { ANNOUNCE_TYPES, parseListingFeed } from "../src/core/feed/rss";
import { extractKeywords } from "../src/core/keywords/extract";
import { DEFAULT_SETTINGS } from "../src/core/settings";

const COUNT = 500;
const FILE = "tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml";

function build500(): string {
	const xml = readFileSync(FILE, "utf8");
	const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
	if (items.length === 0) throw new Error(`no <item> in ${FILE}`);
	const out: string[] = [];
	for (let i = 0; i < COUNT; i++) {
		const item = items[i % items.length] ?? "";
		const oldId = /oai:arXiv\.org:([^<]+?)v\d+</.exec(item)?.[1] ?? "";
		const newId = `2609.${String(10001 + i).padStart(5, "0")}`;
		out.push(
			item
				.split(oldId)
				.join(newId)
				.replace(/<title>([\s\S]*?)<\/title>/, (_m: string, t: string) => `<title>${t} (copy ${Math.floor(i / items.length) + 1})</title>`),
		);
	}
	const start = xml.indexOf("<item>");
	const end = xml.lastIndexOf("</item>") + "</item>".length;
	return `${xml.slice(0, start)}${out.join("\n    ")}${xml.slice(end)}`;
}

interface Run {
	ms: number;
	parseMs: number;
	filterMs: number;
	listed: number;
	kept: number;
	keywords: number;
}

function runOnce(xml: string): Run {
	const t0 = performance.now();
	const listing = parseListingFeed(xml);
	const t1 = performance.now();
	// Every announce type, and exclude terms that match none of the recorded papers: all 500 go
	// through the matcher and on to keyword extraction.
	const kept = filterListing(listing.items, {
		announceTypes: new Set(ANNOUNCE_TYPES),
		include: [],
		exclude: ["quantum gravity", "blockchain*", "protein folding"],
	});
	const t2 = performance.now();
	let keywords = 0;
	for (const { paper } of kept) {
		keywords += extractKeywords({ title: paper.title, abstract: paper.abstract }, { max: DEFAULT_SETTINGS.keywordsPerPaper }).length;
	}
	return { ms: performance.now() - t0, parseMs: t1 - t0, filterMs: t2 - t1, listed: listing.items.length, kept: kept.length, keywords };
}

function main(): void {
	const xml = build500();
	runOnce(xml); // warm-up
	const runs = [runOnce(xml), runOnce(xml), runOnce(xml)].sort((a, b) => a.ms - b.ms);
	const median = runs[1] ?? runs[0];
	if (!median) throw new Error("no run");
	const feedRequests = 1;
	const apiRequests = inBatches(Array.from({ length: median.kept }, (_, i) => i), API_BATCH_SIZE).length;
	console.log(`listing: ${median.listed} items (${(xml.length / 1024).toFixed(0)} KB), kept by the filter: ${median.kept}, keywords: ${median.keywords}`);
	console.log(`requests a real run makes: ${feedRequests} listing + ${apiRequests} API (dates, ${API_BATCH_SIZE} IDs each)`);
	console.log(`parse + filter + keywords: ${median.ms.toFixed(1)} ms (median of 3), ${(median.ms / median.kept).toFixed(3)} ms per paper`);
	console.log(`of which parse ${median.parseMs.toFixed(1)} ms, filter ${median.filterMs.toFixed(1)} ms, keywords ${(median.ms - median.parseMs - median.filterMs).toFixed(1)} ms`);
	console.log(JSON.stringify({ papers: median.kept, feed_requests: feedRequests, api_requests: apiRequests, local_ms: Number(median.ms.toFixed(1)) }));
}

main();
