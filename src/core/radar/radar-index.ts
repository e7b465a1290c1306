import { score, topContributions, trainLinearSvm, type LinearModel } from "./linear-model";
import { paperText } from "./text-terms";
import { dot, TermCorpus, type SparseVector } from "./tfidf";

/** Term ids two vectors share, by the product of their weights, largest first. */
function sharedTerms(a: SparseVector, b: SparseVector): number[] {
	const parts: [number, number][] = [];
	let i = 0;
	let j = 0;
	while (i < a.ids.length && j < b.ids.length) {
		const x = a.ids[i] ?? 0;
		const y = b.ids[j] ?? 0;
		if (x === y) parts.push([x, (a.values[i++] ?? 0) * (b.values[j++] ?? 0)]);
		else if (x < y) i++;
		else j++;
	}
	return parts.sort((p, q) => q[1] - p[1]).slice(0, WHY_TERMS * 3).map(([id]) => id);
}

/** A paper as the radar reads it. */
export interface RadarPaper {
	id: string;
	title: string;
	abstract?: string;
	/** Keyword names (a vault paper's keyword notes; a candidate's extracted keywords). */
	keywords?: readonly string[];
}

export interface Ranked<P extends RadarPaper> {
	paper: P;
	score: number;
	/** Why it ranks where it does: the terms that raise its score most, then library keywords it has. */
	why: string[];
}

/** How many terms a "why" names. */
const WHY_TERMS = 3;

/** Fewer terms than asked when a pair hides its words: "graph neural" and "graph" read as the pair alone. */
export function readableTerms(terms: readonly string[], count: number): string[] {
	const out: string[] = [];
	for (const term of terms) {
		if (out.length >= count) break;
		if (out.some((t) => t.split(" ").includes(term) || term.split(" ").some((w) => t === w))) continue;
		out.push(term);
	}
	return out;
}

const EMPTY: SparseVector = { ids: new Int32Array(), values: new Float64Array() };

/**
 * Fewest negatives for the SVM. With fewer (a first run, a small listing), a listing's papers on one
 * topic would each count against the others; the centroid scores as well on the simulation
 * (npm run bench:radar) and has no such pull.
 */
const MIN_NEGATIVES = 20;

/** The library's mean vector, as a linear model: a candidate's score is its similarity to the library. */
function centroid(positives: readonly SparseVector[], dimensions: number): LinearModel {
	const weights = new Float64Array(dimensions);
	for (const v of positives) for (let k = 0; k < v.ids.length; k++) weights[v.ids[k] ?? 0] = (weights[v.ids[k] ?? 0] ?? 0) + (v.values[k] ?? 0) / positives.length;
	return { weights, bias: 0 };
}

/**
 * The radar's model of a library, kept between rankings: the tf-idf corpus of its papers (kept
 * current one paper at a time), their vectors, and a class-balanced linear SVM trained with the
 * library as positives and the papers given as negatives (the user saw them and did not import them,
 * or a listing's other items). The model is trained again only when the library or the negatives
 * changed; ranking a listing then costs a vector and a dot product per item.
 */
export class RadarIndex {
	private readonly corpus = new TermCorpus();
	private readonly papers = new Map<string, RadarPaper>();
	/** Negatives and background papers in the corpus (their terms count in the idf, as the listing's do in arxiv-sanity-lite). */
	private others = new Set<string>();
	private model: { key: string; model: LinearModel } | undefined;
	private keywords: { version: number; names: Map<string, string> } | undefined;
	private version = 0;

	get size(): number {
		return this.papers.size;
	}

	/** Adds or replaces a paper; the same text again (a note edited outside its generated part) changes nothing. */
	add(paper: RadarPaper): void {
		const before = this.papers.get(paper.id);
		this.papers.set(paper.id, paper);
		if (before && paperText(before) === paperText(paper)) return;
		this.corpus.add(paper.id, paperText(paper));
		this.version++;
	}

	/** Changes whenever the corpus does (papers, negatives, background): what `related` answers from. */
	get revision(): number {
		return this.corpus.revision;
	}

	remove(id: string): void {
		if (!this.papers.delete(id)) return;
		this.corpus.remove(id);
		this.version++;
	}

	has(id: string): boolean {
		return this.papers.has(id);
	}

	/**
	 * Trains the model, unless the library, the negatives and the background are those it was
	 * trained on. `negatives`: papers the user saw and did not import. `background`: papers that only
	 * count in the idf (the day's listing). With at least `MIN_NEGATIVES` negatives the model is the
	 * SVM; with fewer, the library's centroid (what a heavily regularised, balanced SVM comes down to,
	 * with no negative to weigh).
	 */
	train(negatives: readonly RadarPaper[], background: readonly RadarPaper[] = []): void {
		// One rule: library papers are neither; the day's items (background) are never negatives.
		const inBackground = new Set(background.map((p) => p.id));
		const outside = negatives.filter((p) => !this.papers.has(p.id) && !inBackground.has(p.id));
		const extra = background.filter((p) => !this.papers.has(p.id));
		const key = `${this.version}\u0000${outside.map((p) => p.id).join(",")}\u0000${extra.map((p) => p.id).join(",")}`;
		if (this.model?.key === key) return;
		for (const id of this.others) this.corpus.remove(id);
		this.others = new Set([...outside, ...extra].map((p) => `\u0000${p.id}`));
		for (const p of [...outside, ...extra]) this.corpus.add(`\u0000${p.id}`, paperText(p));
		const positives = [...this.papers.keys()].map((id) => this.corpus.vectorOf(id) ?? EMPTY);
		const negativeVectors = outside.map((p) => this.corpus.vectorOf(`\u0000${p.id}`) ?? EMPTY);
		let dimensions = 0;
		for (const v of [...positives, ...negativeVectors]) for (const id of v.ids) dimensions = Math.max(dimensions, id + 1);
		this.model = { key, model: negativeVectors.length >= MIN_NEGATIVES ? trainLinearSvm(positives, negativeVectors, dimensions) : centroid(positives, dimensions) };
	}

	/** Candidates best first, each with its score and why. Call `train` first. */
	rank<P extends RadarPaper>(candidates: readonly P[]): Ranked<P>[] {
		const model = this.model?.model;
		const libraryKeywords = this.keywordNames();
		const ranked = candidates.map((paper): Ranked<P> => {
			const x = this.corpus.vector(paperText(paper));
			const terms = model ? topContributions(model, x, WHY_TERMS * 3).map((id) => this.corpus.term(id)) : [];
			const shared = [...new Set((paper.keywords ?? []).flatMap((k) => libraryKeywords.get(k.toLowerCase()) ?? []))];
			return { paper, score: model ? score(model, x) : 0, why: [...readableTerms(terms, WHY_TERMS), ...shared.slice(0, WHY_TERMS)] };
		});
		return ranked.sort((a, b) => b.score - a.score || (a.paper.id < b.paper.id ? -1 : 1));
	}

	/**
	 * The library's papers most like one of them (tf-idf cosine), best first, each with the terms they
	 * share most; none for a paper the library does not have.
	 */
	related(id: string, top: number): Ranked<RadarPaper>[] {
		const x = this.corpus.vectorOf(id);
		if (!x || !this.papers.has(id)) return [];
		const scored: { paper: RadarPaper; score: number; y: SparseVector }[] = [];
		for (const [other, paper] of this.papers) {
			if (other === id) continue;
			const y = this.corpus.vectorOf(other);
			const similarity = y ? dot(x, y) : 0;
			if (y && similarity > 0) scored.push({ paper, score: similarity, y });
		}
		scored.sort((a, b) => b.score - a.score || (a.paper.id < b.paper.id ? -1 : 1));
		return scored.slice(0, top).map(({ paper, score: s, y }) => ({ paper, score: s, why: readableTerms(sharedTerms(x, y).map((t) => this.corpus.term(t)), WHY_TERMS) }));
	}

	/** The library's keyword names by lower case, made again only when the library changed. */
	private keywordNames(): Map<string, string> {
		if (this.keywords?.version === this.version) return this.keywords.names;
		const names = new Map<string, string>();
		for (const p of this.papers.values()) for (const k of p.keywords ?? []) names.set(k.toLowerCase(), k);
		this.keywords = { version: this.version, names };
		return names;
	}

}
