import { RadarIndex, readableTerms, WHY_TERMS, type RadarPaper, type Ranked } from "./radar-index";
import { paperText } from "./text-terms";
import { dot, TermCorpus, type SparseVector } from "./tfidf";

export type { RadarPaper, Ranked } from "./radar-index";

/**
 * "More like the papers I keep": a tf-idf model of the library (1–2-grams, sublinear tf, l2 norm;
 * the listing counts in the idf; candidates are read with the library's vocabulary), scored by a
 * class-balanced linear SVM with the library as positives and, as negatives, papers the user saw
 * and did not import (`seen`), or by the library's centroid while there are too few of those
 * (`RadarIndex.train`). The day's own items are never negatives: with a small listing, papers on one
 * topic would each count against the others. Best first, with why.
 */
export function rankCandidates<P extends RadarPaper>(library: readonly RadarPaper[], candidates: readonly P[], options: { seen?: readonly RadarPaper[] } = {}): Ranked<P>[] {
	const index = new RadarIndex();
	for (const p of library) index.add(p);
	index.train(options.seen ?? [], candidates);
	return index.rank(candidates);
}

/** The library papers most like one of them, by tf-idf cosine, with the terms they share most. */
export function relatedPapers<P extends RadarPaper>(paper: RadarPaper, library: readonly P[], top: number): Ranked<P>[] {
	const corpus = new TermCorpus();
	for (const p of library) corpus.add(p.id, paperText(p));
	if (!corpus.has(paper.id)) corpus.add(paper.id, paperText(paper));
	const x = corpus.vectorOf(paper.id) ?? { ids: new Int32Array(), values: new Float64Array() };
	const out: Ranked<P>[] = [];
	for (const p of library) {
		if (p.id === paper.id) continue;
		const y = corpus.vectorOf(p.id);
		if (!y) continue;
		const similarity = dot(x, y);
		if (similarity <= 0) continue;
		out.push({ paper: p, score: similarity, why: readableTerms(sharedTerms(x, y).map((id) => corpus.term(id)), WHY_TERMS) });
	}
	return out.sort((a, b) => b.score - a.score || (a.paper.id < b.paper.id ? -1 : 1)).slice(0, top);
}

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
