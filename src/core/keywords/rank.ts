/**
 * Step 5 of the extractor: one score per candidate from the classic signals (see `score`).
 *
 * Measured with `npm run bench:keywords` (Inspec dev, SemEval-2017 dev and train): these weights sit
 * on a plateau (title boost 2–4, early boost 0–0.5, single-word damping 0.3–0.7 all move F1 by less
 * than ±0.5). A PositionRank word graph (biased PageRank over co-occurrence windows of 3–10
 * candidate words, phrase = sum or mean of its word scores), alone or multiplied in, scored lower
 * on Inspec (F1@10 −0.8 to −2.6) for at most +1 on SemEval, so the co-occurrence signal is the
 * RAKE degree below rather than a graph walk.
 */
import type { Candidate, Occurrence } from "./candidates";
import { BROAD_TERMS } from "./categorize";
import { isNamedForm } from "./normalize";
import type { VaultKeywords } from "./vault-keywords";

/** Added to the frequency of a candidate that occurs in the title. */
const TITLE_BOOST = 3;
/** A candidate at the very start of the abstract gets ×(1 + EARLY_BOOST); at the end ×1. */
const EARLY_BOOST = 0.25;
/** Lone ordinary words (not in the title, not a named form or acronym concept) are damped. */
const SINGLE_WORD_DAMPING = 0.5;
/**
 * A lone ordinary word that heads longer candidates of the text and modifies none ("control" beside "optimal
 * control" and "robust control") is the broader term of the paper's own concepts: ×BROADER_TERM_DAMPING.
 */
const BROADER_TERM_DAMPING = 0.4;
/** A vault concept linked by more than this share of the vault's papers is a hub (see `hubFactor`). */
export const HUB_SHARE = 0.25;
/** …counted only once it links at least this many papers. */
export const HUB_MIN_PAPERS = 5;

/**
 * No hubs: a concept the vault links from more than `HUB_SHARE` of its papers (and at least
 * `HUB_MIN_PAPERS`) says little about one more paper, so its score is multiplied by
 * (1 − share)², e.g. ×0.36 at 40 % and ×0.04 at 80 %. Field-level terms (`BROAD_TERMS`) are exempt.
 */
export function hubFactor(key: string, vault: VaultKeywords | undefined): number {
	const papers = vault?.papers ?? 0;
	if (vault === undefined || papers <= 0 || BROAD_TERMS.has(key)) return 1;
	const note = vault.find(key);
	if (note === undefined || note.papers < HUB_MIN_PAPERS) return 1;
	const share = Math.min(1, note.papers / papers);
	return share > HUB_SHARE ? (1 - share) ** 2 : 1;
}

/**
 * score = (abstract occurrences + TITLE_BOOST if in the title)          frequency and title
 *       × (0.5 + 0.5 × mean word degree)                                 co-occurrence (RAKE): the mean length of
 *                                                                        the phrases each word occurs in
 *       × (1 + EARLY_BOOST × (1 − first position / abstract length))     position
 *       × SINGLE_WORD_DAMPING for a lone ordinary word not in the title
 *       × BROADER_TERM_DAMPING for a lone ordinary word that heads longer candidates and modifies none
 *       × hubFactor (a concept the vault already links from most papers).
 */
export function score(candidates: Map<string, Candidate>, occurrences: readonly Occurrence[], abstractWords: number, vault?: VaultKeywords): void {
	const freq = new Map<string, number>();
	const degree = new Map<string, number>();
	for (const occ of occurrences) {
		for (const w of occ.wordKeys) {
			freq.set(w, (freq.get(w) ?? 0) + 1);
			degree.set(w, (degree.get(w) ?? 0) + occ.wordKeys.length);
		}
	}
	// Words that head a longer candidate, and words that modify one.
	const heads = new Set<string>();
	const modifiers = new Set<string>();
	for (const c of candidates.values()) {
		const words = c.key.split(" ");
		if (words.length < 2) continue;
		heads.add(words[words.length - 1] ?? "");
		for (const w of words.slice(0, -1)) modifiers.add(w);
	}
	for (const c of candidates.values()) {
		const words = c.key.split(" ");
		const cohesion = words.reduce((sum, w) => sum + (degree.get(w) ?? 1) / (freq.get(w) ?? 1), 0) / words.length;
		const early = 1 + EARLY_BOOST * (1 - Math.min(1, c.firstPos / Math.max(1, abstractWords)));
		const surface = c.surfaces[0]?.words?.[0] ?? "";
		const ordinaryLone = words.length === 1 && !c.acronym && !isNamedForm(surface);
		const lone = ordinaryLone && !c.inTitle;
		const broader = ordinaryLone && heads.has(c.key) && !modifiers.has(c.key);
		c.score = (c.abstractCount + (c.inTitle ? TITLE_BOOST : 0)) * (0.5 + 0.5 * cohesion) * early * (lone ? SINGLE_WORD_DAMPING : 1) * (broader ? BROADER_TERM_DAMPING : 1) * hubFactor(c.key, vault);
	}
}
