// npm run bench:keywords -- [gold.jsonl] [--only ours]
// Scores keyword extractors the way the published keyphrase tables do:
//   lower-case, split on white space, Porter-stem every token, exact match of the whole phrase;
//   gold = every listed keyphrase (present in the text or not), de-duplicated after stemming;
//   predictions = the first k distinct stemmed phrases; precision, recall and F1 micro-averaged
//   over all documents (total hits / total predicted, total hits / total gold) at k = 5, 10, 15.
// Compared in the same run: our extractor, retext-keywords (keyphrases, with retext-pos) and
// keyword-extractor (chained words), each timed per document after a warm-up (median ms, one core).
// Last line: one JSON object with our figures.
import { readFileSync } from "node:fs";
import keywordExtractor from "keyword-extractor";
import { retext } from "retext";
import retextKeywords from "retext-keywords";
import retextPos from "retext-pos";
import { stemmer } from "stemmer";
import { extractKeywords } from "../src/core/keywords/extract";

interface GoldDoc {
	id: string;
	title: string;
	abstract: string;
	keyphrases: string[];
}

type Extractor = (doc: GoldDoc, top: number) => string[] | Promise<string[]>;

const KS = [5, 10, 15] as const;
const TOP = 15;
const TIMED_PASSES = 3;

function norm(phrase: string): string {
	return phrase
		.toLowerCase()
		.split(/\s+/)
		.filter((t) => t !== "")
		.map((t) => stemmer(t))
		.join(" ");
}

function distinct(phrases: readonly string[]): string[] {
	const out: string[] = [];
	for (const p of phrases.map(norm)) if (p !== "" && !out.includes(p)) out.push(p);
	return out;
}

/** The text of nlcst nodes (what nlcst-to-string does). */
function nodeText(nodes: readonly unknown[]): string {
	return nodes
		.map((n) => {
			const node = n as { value?: string; children?: unknown[] };
			return node.value ?? nodeText(node.children ?? []);
		})
		.join("");
}

/** The whole text as one string, for the extractors that take no title. */
const fullText = (d: GoldDoc): string => (d.title.trim() === "" ? d.abstract : `${d.title.trim()}.\n\n${d.abstract}`);

const extractors: Record<string, Extractor> = {
	"arxiv-atlas": (d, top) => extractKeywords({ title: d.title, abstract: d.abstract }, { max: top }).map((k) => k.name),
	"retext-keywords": async (d, top) => {
		const file = await retext().use(retextPos).use(retextKeywords, { maximum: top }).process(fullText(d));
		return (file.data.keyphrases ?? []).map((p) => (p.matches[0] === undefined ? "" : nodeText(p.matches[0].nodes)));
	},
	"keyword-extractor": (d) =>
		keywordExtractor.extract(fullText(d), { language: "english", remove_digits: true, return_changed_case: true, remove_duplicates: true, return_chained_words: true }),
};

interface Figures {
	p: number[];
	r: number[];
	f1: number[];
	ms: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function measure(extract: Extractor, docs: readonly GoldDoc[]): Promise<Figures> {
	const predictions: string[][] = [];
	for (const d of docs) predictions.push(distinct(await extract(d, TOP))); // also the warm-up
	const times: number[] = [];
	for (let pass = 0; pass < TIMED_PASSES; pass++) {
		for (const d of docs) {
			const t0 = performance.now();
			await extract(d, TOP);
			times.push(performance.now() - t0);
		}
	}
	const p: number[] = [];
	const r: number[] = [];
	const f1: number[] = [];
	for (const k of KS) {
		let hits = 0;
		let predicted = 0;
		let gold = 0;
		docs.forEach((d, i) => {
			const goldSet = new Set(distinct(d.keyphrases));
			const top = (predictions[i] ?? []).slice(0, k);
			predicted += top.length;
			gold += goldSet.size;
			hits += top.filter((phrase) => goldSet.has(phrase)).length;
		});
		const precision = predicted === 0 ? 0 : hits / predicted;
		const recall = gold === 0 ? 0 : hits / gold;
		p.push(100 * precision);
		r.push(100 * recall);
		f1.push(precision + recall === 0 ? 0 : (200 * precision * recall) / (precision + recall));
	}
	return { p, r, f1, ms: median(times) };
}

function readGold(path: string): GoldDoc[] {
	return readFileSync(path, "utf8")
		.split("\n")
		.filter((line) => line.trim() !== "")
		.map((line) => JSON.parse(line) as GoldDoc);
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const onlyAt = args.indexOf("--only");
	const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
	const path = args.find((a, i) => !a.startsWith("--") && (onlyAt < 0 || i !== onlyAt + 1)) ?? "tests/fixtures/keyphrase/inspec-dev.jsonl";
	const docs = readGold(path);
	const names = Object.keys(extractors).filter((n) => only === undefined || n === only || (only === "ours" && n === "arxiv-atlas"));
	const f = (x: number): string => x.toFixed(1).padStart(5);
	console.log(`${path}: ${docs.length} documents, ${docs.reduce((n, d) => n + distinct(d.keyphrases).length, 0)} gold keyphrases (stemmed, all of them)`);
	console.log(`${"extractor".padEnd(18)}|  F1@5 F1@10 F1@15 |   P@5  P@10  P@15 |   R@5  R@10  R@15 | ms/doc (median)`);
	let ours: Figures | undefined;
	for (const name of names) {
		const extract = extractors[name];
		if (extract === undefined) continue;
		const fig = await measure(extract, docs);
		if (name === "arxiv-atlas") ours = fig;
		console.log(`${name.padEnd(18)}| ${fig.f1.map(f).join(" ")} | ${fig.p.map(f).join(" ")} | ${fig.r.map(f).join(" ")} | ${fig.ms.toFixed(3)}`);
	}
	if (ours !== undefined) {
		const round = (x: number): number => Number(x.toFixed(2));
		console.log(
			JSON.stringify({
				gold: path,
				docs: docs.length,
				f1_5: round(ours.f1[0] ?? 0),
				f1_10: round(ours.f1[1] ?? 0),
				f1_15: round(ours.f1[2] ?? 0),
				p_5: round(ours.p[0] ?? 0),
				p_10: round(ours.p[1] ?? 0),
				p_15: round(ours.p[2] ?? 0),
				r_5: round(ours.r[0] ?? 0),
				r_10: round(ours.r[1] ?? 0),
				r_15: round(ours.r[2] ?? 0),
				ms_per_doc: Number(ours.ms.toFixed(3)),
			}),
		);
	}
}

void main();
