/**
 * Each paper's place between the day's lowest score (0) and its best (1): the SVM's scores can all be
 * negative, the centroid's all positive, and the preview's bars and "most like your papers" read the
 * same either way. All alike: every paper is 1.
 */
export function scoreShares(scores: ReadonlyMap<string, { score: number }>): Map<string, number> {
	let low = Infinity;
	let high = -Infinity;
	for (const s of scores.values()) {
		low = Math.min(low, s.score);
		high = Math.max(high, s.score);
	}
	return new Map([...scores].map(([id, s]) => [id, high - low <= Number.EPSILON ? 1 : (s.score - low) / (high - low)]));
}

/** "Those most like your papers": at least half way from the day's lowest score to its best. */
const LIKED_SHARE = 0.5;

/** A listing's items best first; items with no score (the vault has them) keep their order after the others. */
export function byScore<T extends { paper: { id: string } }>(items: readonly T[], scores: ReadonlyMap<string, { score: number }>): T[] {
	if (scores.size === 0) return [...items];
	return [...items].sort((a, b) => (scores.get(b.paper.id)?.score ?? -Infinity) - (scores.get(a.paper.id)?.score ?? -Infinity));
}

/**
 * The papers the preview ticks: every one the vault does not have, or ("liked", with scores) only
 * those at least half way from the day's lowest score to its best (the best itself always).
 */
export function preselected(items: readonly { paper: { id: string } }[], known: ReadonlySet<string>, scores: ReadonlyMap<string, { score: number }>, preselect: "all" | "liked"): Set<string> {
	const shares = scoreShares(scores);
	const liked = preselect === "liked" && scores.size > 0;
	return new Set(items.filter(({ paper }) => !known.has(paper.id) && (!liked || (shares.get(paper.id) ?? 0) >= LIKED_SHARE)).map(({ paper }) => paper.id));
}
