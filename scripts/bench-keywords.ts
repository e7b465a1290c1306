// npm run bench:keywords -- [gold.jsonl] [--only ours] [--judged-only] [--label-sheet]
// Scores keyword extractors the way the published keyphrase tables do:
//   lower-case, split on white space, Porter-stem every token, exact match of the whole phrase;
//   gold = every listed keyphrase (present in the text or not), de-duplicated after stemming;
//   predictions = the first k distinct stemmed phrases; precision, recall and F1 micro-averaged
//   over all documents (total hits / total predicted, total hits / total gold) at k = 5, 10, 15.
// Compared in the same run: our extractor, retext-keywords (keyphrases, with retext-pos) and
// keyword-extractor (chained words), each timed per document after a warm-up (median ms, one core).
// Then the judged arXiv set (tests/fixtures/keywords/judged-abstracts.jsonl, labels in judged-labels.tsv, rules in
// tests/fixtures/keywords/README.md): the keywords our extractor writes for each abstract (8, the default setting),
// each looked up in the labels: junk rate = junk / labelled, category agreement = kept keywords whose category is the
// labelled one / kept. Keywords with no label are counted and listed (--label-sheet prints them as label lines to fill in).
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

const JUDGED = "tests/fixtures/keywords/judged-abstracts.jsonl";
const LABELS = "tests/fixtures/keywords/judged-labels.tsv";
const JUDGED_TOP = 8;
const CATEGORY = { broad: "broad", evolved: "evolved", specific: "specific", unique: "unique" } as const;

interface JudgedFigures {
	judged_docs: number;
	judged_keywords: number;
	labelled: number;
	unlabelled: number;
	junk: number;
	junk_rate: number;
	junk_by_class: Record<string, number>;
	kept: number;
	category_agreement: number;
}

/** Labels: `id<TAB>keyword<TAB>keep|junk<TAB>category (keep) or class (junk)`; lines starting with # are comments. */
function readLabels(): Map<string, { verdict: string; tag: string }> {
	const labels = new Map<string, { verdict: string; tag: string }>();
	for (const line of readFileSync(LABELS, "utf8").split("\n")) {
		if (line.trim() === "" || line.startsWith("#")) continue;
		const [id, keyword, verdict, tag] = line.split("\t");
		if (id === undefined || keyword === undefined || verdict === undefined) continue;
		labels.set(`${id}\t${keyword}`, { verdict, tag: tag ?? "" });
	}
	return labels;
}

function judge(sheet: boolean): JudgedFigures {
	const docs = readGold(JUDGED);
	const labels = readLabels();
	let keywords = 0;
	let labelled = 0;
	let junk = 0;
	let kept = 0;
	let agree = 0;
	const byClass: Record<string, number> = {};
	const missing: string[] = [];
	const disagreements: string[] = [];
	for (const d of docs) {
		for (const k of extractKeywords({ title: d.title, abstract: d.abstract }, { max: JUDGED_TOP })) {
			keywords++;
			const label = labels.get(`${d.id}\t${k.name}`);
			if (label === undefined) {
				missing.push(`${d.id}\t${k.name}\t?\t${k.category}`);
				continue;
			}
			labelled++;
			if (label.verdict === "junk") {
				junk++;
				byClass[label.tag] = (byClass[label.tag] ?? 0) + 1;
			} else {
				kept++;
				if (CATEGORY[label.tag as keyof typeof CATEGORY] === k.category) agree++;
				else disagreements.push(`${d.id}: ${k.name} is ${k.category}, labelled ${label.tag}`);
			}
		}
	}
	if (sheet) for (const line of missing) console.log(line);
	else {
		console.log(`${JUDGED}: ${docs.length} arXiv abstracts, ${keywords} keywords (top ${JUDGED_TOP}), ${labelled} labelled, ${missing.length} not labelled`);
		for (const line of missing.slice(0, 20)) console.log(`  not labelled: ${line.split("\t").slice(0, 2).join(": ")}`);
		for (const line of disagreements) console.log(`  category: ${line}`);
	}
	const pct = (a: number, b: number): number => (b === 0 ? 0 : Number(((100 * a) / b).toFixed(2)));
	return {
		judged_docs: docs.length,
		judged_keywords: keywords,
		labelled,
		unlabelled: missing.length,
		junk,
		junk_rate: pct(junk, labelled),
		junk_by_class: byClass,
		kept,
		category_agreement: pct(agree, kept),
	};
}

function readGold(path: string): GoldDoc[] {
	return readFileSync(path, "utf8")
		.split("\n")
		.filter((line) => line.trim() !== "")
		.map((line) => JSON.parse(line) as GoldDoc);
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	if (args.includes("--label-sheet")) {
		judge(true);
		return;
	}
	if (args.includes("--judged-only")) {
		console.log(JSON.stringify(judge(false)));
		return;
	}
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
	const judged = judge(false);
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
				...judged,
			}),
		);
	}
}

void main();
