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
export const LIKED_SHARE = 0.5;
