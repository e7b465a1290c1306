// npm run bench:radar: does "more like the papers I keep" find them, and fast?
// Quality: a simulation on the Inspec keyphrase data (tests/fixtures/keyphrase/inspec-dev.jsonl, 500
// abstracts with their authors' keyphrases). A trial takes a paper's keyphrases as a topic; the library is
// up to 12 papers that share one of them; a "listing" is 200 other papers. A listing paper's relevance is
// how many of its gold keyphrases (Porter-stemmed) the library's papers have. Ranked by the radar
// (tf-idf; the library's centroid with no history, `radar`; the linear SVM with 200 papers seen before as negatives,
// `radar_history`; src/core/radar), by keyword overlap (the offline extractor's keywords a listing
// paper shares with the library's) and at random; nDCG@10 (graded) and P@10 (relevant: ≥ 1 shared) over
// 60 trials with a fixed seed.
// Speed: index 10,000 papers (recorded abstracts, each made distinct) and train with 300 seen papers; then rank
// a 2,000-item listing; the heap the index holds.
// Last line: one JSON object with every figure.
import { readFileSync } from "node:fs";
import { stemmer } from "stemmer";
import { extractKeywords } from "../src/core/keywords/extract";
import { keywordKey } from "../src/core/keywords/normalize";
import { rankCandidates, type RadarPaper } from "../src/core/radar/radar";
import { parseRadarCache, serializeRadarCache } from "../src/core/radar/paper-cache";
import { RadarIndex } from "../src/core/radar/radar-index";

interface GoldDoc {
	id: string;
	title: string;
	abstract: string;
	keyphrases: string[];
}

const docs: GoldDoc[] = readFileSync("tests/fixtures/keyphrase/inspec-dev.jsonl", "utf8")
	.trim()
	.split("\n")
	.map((l) => JSON.parse(l) as GoldDoc);
const stem = (p: string): string => p.toLowerCase().split(/\s+/).filter(Boolean).map((w) => stemmer(w)).join(" ");
const gold = new Map(docs.map((d) => [d.id, new Set(d.keyphrases.map(stem))]));
const extracted = new Map(docs.map((d) => [d.id, extractKeywords({ title: d.title, abstract: d.abstract }, { max: 8 }).map((k) => k.name)]));

/** A seeded PRNG (mulberry32), so every run draws the same trials. */
function rng(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = rng(20261201);
const shuffle = <T>(xs: T[]): T[] => {
	const out = [...xs];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
};

const radarPaper = (d: GoldDoc): RadarPaper => ({ id: d.id, title: d.title, abstract: d.abstract, keywords: extracted.get(d.id) ?? [] });

function ndcgAt10(gains: number[]): number {
	const dcg = (gs: number[]): number => gs.slice(0, 10).reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
	const ideal = dcg([...gains].sort((a, b) => b - a));
	return ideal === 0 ? 0 : dcg(gains) / ideal;
}
const precisionAt10 = (gains: number[]): number => gains.slice(0, 10).filter((g) => g > 0).length / 10;

const TRIALS = 60;
const sums = { radar: [0, 0], radar_history: [0, 0], overlap: [0, 0], random: [0, 0] };
let trials = 0;
for (let attempt = 0; trials < TRIALS && attempt < 1000; attempt++) {
	const seed = docs[Math.floor(random() * docs.length)] as GoldDoc;
	const topic = gold.get(seed.id) ?? new Set<string>();
	const related = shuffle(docs.filter((d) => d.id !== seed.id && [...(gold.get(d.id) ?? [])].some((k) => topic.has(k))));
	if (related.length < 3) continue;
	const library = [seed, ...related.slice(0, 11)];
	const inLibrary = new Set(library.map((d) => d.id));
	const libraryGold = new Set(library.flatMap((d) => [...(gold.get(d.id) ?? [])]));
	const others = shuffle(docs.filter((d) => !inLibrary.has(d.id)));
	const listing = others.slice(0, 200);
	// Earlier previews the user did not import from: other papers, as the SVM's negatives.
	const seen = others.slice(200, 400).map(radarPaper);
	const gain = (d: GoldDoc): number => [...(gold.get(d.id) ?? [])].filter((k) => libraryGold.has(k)).length;
	if (listing.every((d) => gain(d) === 0)) continue;
	trials++;

	const radar = rankCandidates(library.map(radarPaper), listing.map((d) => ({ ...radarPaper(d), doc: d }))).map((r) => gain(r.paper.doc));
	const radarHistory = rankCandidates(library.map(radarPaper), listing.map((d) => ({ ...radarPaper(d), doc: d })), { seen }).map((r) => gain(r.paper.doc));
	const libraryKeys = new Set(library.flatMap((d) => (extracted.get(d.id) ?? []).map(keywordKey)));
	const overlap = listing
		.map((d) => ({ d, n: (extracted.get(d.id) ?? []).filter((k) => libraryKeys.has(keywordKey(k))).length }))
		.sort((a, b) => b.n - a.n || (a.d.id < b.d.id ? -1 : 1))
		.map(({ d }) => gain(d));
	const randomOrder = shuffle(listing).map(gain);
	for (const [name, gains] of [["radar", radar], ["radar_history", radarHistory], ["overlap", overlap], ["random", randomOrder]] as const) {
		sums[name][0] = (sums[name][0] ?? 0) + ndcgAt10(gains);
		sums[name][1] = (sums[name][1] ?? 0) + precisionAt10(gains);
	}
}
const quality = Object.fromEntries(
	Object.entries(sums).flatMap(([name, [ndcg, p]]) => [
		[`${name}_ndcg10`, Number(((100 * (ndcg ?? 0)) / trials).toFixed(1))],
		[`${name}_p10`, Number(((100 * (p ?? 0)) / trials).toFixed(1))],
	]),
);
console.log(`quality over ${trials} trials:`, quality);

// Speed and memory at 10,000 papers.
const big: RadarPaper[] = [];
for (let i = 0; big.length < 10_000; i++) {
	const d = docs[i % docs.length] as GoldDoc;
	// Distinct papers: each copy gets a word of its own (a real library has no two papers alike).
	big.push({ id: `p${i}`, title: `${d.title} v${Math.floor(i / docs.length)}`, abstract: d.abstract, keywords: extracted.get(d.id) ?? [] });
}
const listing2000 = big.slice(0, 2000).map((p) => ({ ...p, id: `c${p.id}` }));
// Papers seen in earlier previews and not imported: the negatives the index trains with.
const seen = big.slice(2000, 2300).map((p) => ({ ...p, id: `s${p.id}` }));
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let t0 = performance.now();
const index = new RadarIndex();
for (const p of big) index.add(p);
index.train(seen);
const indexMs = performance.now() - t0;
// The first ranking (as a preview's) and the median of five (the same listing ranked again).
const rankTimes: number[] = [];
for (let run = 0; run < 5; run++) {
	t0 = performance.now();
	index.rank(listing2000);
	rankTimes.push(performance.now() - t0);
}
// As the listing preview does it: the day's items join the idf (the model is trained again), then are ranked.
t0 = performance.now();
index.train(seen, listing2000);
index.rank(listing2000);
const previewMs = performance.now() - t0;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
// The papers the plugin keeps between sessions (radar-papers.json): its size and reading it back.
const cacheText = serializeRadarCache(new Map(big.map((p, i) => [`papers/${p.id}.md`, { mtime: 1_700_000_000_000 + i, size: 4000 + i, paper: p }])));
t0 = performance.now();
const cacheRead = parseRadarCache(cacheText).size;
const cacheMs = performance.now() - t0;
if (cacheRead !== big.length) throw new Error(`the cache read back ${cacheRead} of ${big.length} papers`);
const median = [...rankTimes].sort((a, b) => a - b)[2] ?? 0;
const figures = { trials, ...quality, index_10000_ms: Math.round(indexMs), rank_2000_first_ms: Math.round(rankTimes[0] ?? 0), rank_2000_median_ms: Math.round(median), train_and_rank_2000_ms: Math.round(previewMs), cache_10000_mb: Number((cacheText.length / 1024 / 1024).toFixed(1)), cache_10000_read_ms: Math.round(cacheMs), heap_mb: Number(heapMb.toFixed(1)) };
console.log(JSON.stringify(figures));
