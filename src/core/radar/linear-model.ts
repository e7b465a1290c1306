import type { SparseVector } from "./tfidf";

/** A linear scorer over term ids: score = w · x + b. */
export interface LinearModel {
	weights: Float64Array;
	bias: number;
}

/** Regularisation, as arxiv-sanity-lite's LinearSVC(C=0.01): a strong pull towards small weights. */
const C = 0.01;
/** Stopping tolerance and most passes, as scikit-learn's LinearSVC (tol=1e-4, max_iter=1000). */
const TOLERANCE = 1e-4;
const MAX_PASSES = 1000;

/**
 * A linear SVM as scikit-learn's `LinearSVC(class_weight="balanced")` trains it (liblinear's
 * L2-regularised squared-hinge solver in the dual, coordinate descent, the intercept learnt as a
 * feature of value 1): each class weighs n / (2 × its size). The samples are visited in an order
 * shuffled from a fixed seed, so the same papers give the same model. `positives` are the library's
 * papers, `negatives` the others.
 */
export function trainLinearSvm(positives: readonly SparseVector[], negatives: readonly SparseVector[], dimensions: number): LinearModel {
	const weights = new Float64Array(dimensions);
	let bias = 0;
	const n = positives.length + negatives.length;
	if (positives.length === 0 || negatives.length === 0) return { weights, bias };
	const samples = [...positives, ...negatives];
	const label = (i: number): 1 | -1 => (i < positives.length ? 1 : -1);
	// Squared hinge: each sample's diagonal term is 1 / (2 C_i), with C_i = C × its class's weight.
	const diagonal = (i: number): number => 1 / (2 * C * (i < positives.length ? n / (2 * positives.length) : n / (2 * negatives.length)));
	const alpha = new Float64Array(n);
	const qd = Float64Array.from(samples, (x, i) => {
		let squares = 1; // the intercept's feature
		for (let k = 0; k < x.values.length; k++) squares += (x.values[k] ?? 0) ** 2;
		return squares + diagonal(i);
	});
	const order = Int32Array.from({ length: n }, (_, i) => i);
	let seed = 1;
	const random = (): number => {
		// 32-bit arithmetic (Math.imul): a product beyond 2^53 would lose the low bits and shorten the cycle.
		seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
		return seed / 4294967296;
	};
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			const t = order[i] ?? 0;
			order[i] = order[j] ?? 0;
			order[j] = t;
		}
		let highest = -Infinity;
		let lowest = Infinity;
		for (const i of order) {
			const x = samples[i] as SparseVector;
			const y = label(i);
			let margin = bias;
			for (let k = 0; k < x.ids.length; k++) margin += (weights[x.ids[k] ?? 0] ?? 0) * (x.values[k] ?? 0);
			const a = alpha[i] ?? 0;
			const gradient = y * margin - 1 + diagonal(i) * a;
			const projected = a > 0 ? gradient : Math.min(gradient, 0);
			highest = Math.max(highest, projected);
			lowest = Math.min(lowest, projected);
			if (Math.abs(projected) < 1e-12) continue;
			const next = Math.max(a - gradient / (qd[i] ?? 1), 0);
			alpha[i] = next;
			const step = (next - a) * y;
			for (let k = 0; k < x.ids.length; k++) {
				const id = x.ids[k] ?? 0;
				weights[id] = (weights[id] ?? 0) + step * (x.values[k] ?? 0);
			}
			bias += step;
		}
		if (highest - lowest <= TOLERANCE) break;
	}
	return { weights, bias };
}

export function score(model: LinearModel, x: SparseVector): number {
	let s = model.bias;
	for (let k = 0; k < x.ids.length; k++) s += (model.weights[x.ids[k] ?? 0] ?? 0) * (x.values[k] ?? 0);
	return s;
}

/** The terms that raise a vector's score most (weight × value), best first: a running top `count`, no full sort. */
export function topContributions(model: LinearModel, x: SparseVector, count: number): number[] {
	const top: [number, number][] = [];
	for (let k = 0; k < x.ids.length; k++) {
		const id = x.ids[k] ?? 0;
		const part = (model.weights[id] ?? 0) * (x.values[k] ?? 0);
		if (part <= 0 || (top.length === count && part <= (top[count - 1]?.[1] ?? 0))) continue;
		let at = top.length;
		while (at > 0 && (top[at - 1]?.[1] ?? 0) < part) at--;
		top.splice(at, 0, [id, part]);
		if (top.length > count) top.pop();
	}
	return top.map(([id]) => id);
}
