import type { SparseVector } from "./tfidf";

/** A linear scorer over term ids: score = w · x + b. */
export interface LinearModel {
	weights: Float64Array;
	bias: number;
}

/** Regularisation, as arxiv-sanity-lite's LinearSVC(C=0.01): a strong pull towards small weights. */
const C = 0.01;
const EPOCHS = 60;

/**
 * A linear SVM (hinge loss, L2, class-balanced as `class_weight="balanced"`), trained by full-batch
 * subgradient descent with a decaying step: deterministic, and quick on the few thousand sparse
 * vectors a library and a listing make. `positives` are the library's papers, `negatives` the others.
 */
export function trainLinearSvm(positives: readonly SparseVector[], negatives: readonly SparseVector[], dimensions: number): LinearModel {
	const weights = new Float64Array(dimensions);
	let bias = 0;
	const n = positives.length + negatives.length;
	if (positives.length === 0 || negatives.length === 0) return { weights, bias };
	// Balanced: each class weighs n / (2 × its size).
	const classWeight = [n / (2 * negatives.length), n / (2 * positives.length)] as const;
	const samples: [SparseVector, 1 | -1][] = [...positives.map((v): [SparseVector, 1] => [v, 1]), ...negatives.map((v): [SparseVector, -1] => [v, -1])];
	const grad = new Float64Array(dimensions);
	for (let epoch = 0; epoch < EPOCHS; epoch++) {
		grad.fill(0);
		let gradBias = 0;
		for (const [x, y] of samples) {
			let margin = bias;
			for (let k = 0; k < x.ids.length; k++) margin += (weights[x.ids[k] ?? 0] ?? 0) * (x.values[k] ?? 0);
			if (y * margin >= 1) continue;
			const cw = classWeight[y === 1 ? 1 : 0] * C;
			for (let k = 0; k < x.ids.length; k++) {
				const id = x.ids[k] ?? 0;
				grad[id] = (grad[id] ?? 0) - cw * y * (x.values[k] ?? 0);
			}
			gradBias -= cw * y;
		}
		const step = 1 / (1 + epoch);
		// Objective: ½‖w‖² + C Σ weighted hinge (the regulariser's gradient is w itself).
		for (let d = 0; d < dimensions; d++) weights[d] = (weights[d] ?? 0) - step * ((weights[d] ?? 0) + (grad[d] ?? 0));
		bias -= step * gradBias;
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
