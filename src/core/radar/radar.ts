import { RadarIndex, type RadarPaper, type Ranked } from "./radar-index";

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
	const index = new RadarIndex();
	const byId = new Map(library.map((p) => [p.id, p]));
	for (const p of library) index.add(p);
	if (!byId.has(paper.id)) index.add(paper);
	return index.related(paper.id, top).flatMap((r) => {
		const p = byId.get(r.paper.id);
		return p ? [{ ...r, paper: p }] : [];
	});
}
