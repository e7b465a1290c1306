import { textTerms } from "./text-terms";

/** A sparse vector: term ids in increasing order, and their weights. */
export interface SparseVector {
	ids: Int32Array;
	values: Float64Array;
}

/** Most terms kept (arxiv-sanity-lite's max_features), by how many documents have them. */
const MAX_FEATURES = 20_000;

/**
 * Term counts of a set of documents and tf-idf vectors over them, as arxiv-sanity-lite computes
 * them: sublinear tf (1 + ln tf), smooth idf (ln((1 + N) / (1 + df)) + 1), l2 norm. Documents can be
 * added and removed one at a time (a vault that changes); the vocabulary and idf are fixed by
 * `freeze`, after which `vector` gives each text its vector.
 */
export class TermCorpus {
	private readonly docs = new Map<string, Map<string, number>>();
	private readonly df = new Map<string, number>();
	private vocab: Map<string, number> | undefined;
	private idf: Float64Array | undefined;
	private terms: string[] = [];

	get size(): number {
		return this.docs.size;
	}

	has(id: string): boolean {
		return this.docs.has(id);
	}

	ids(): IterableIterator<string> {
		return this.docs.keys();
	}

	/** Adds (or replaces) a document. */
	add(id: string, text: string): void {
		this.remove(id);
		const counts = new Map<string, number>();
		for (const t of textTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
		this.docs.set(id, counts);
		for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
		this.vocab = undefined;
	}

	remove(id: string): void {
		const counts = this.docs.get(id);
		if (!counts) return;
		for (const t of counts.keys()) {
			const n = (this.df.get(t) ?? 0) - 1;
			if (n <= 0) this.df.delete(t);
			else this.df.set(t, n);
		}
		this.docs.delete(id);
		this.vocab = undefined;
	}

	/**
	 * Fixes the vocabulary: terms in at least `minDf` documents (2 once there are 1,000 or more) and
	 * at most 90 % of them (once there are 10 or more), the 20,000 most common.
	 */
	private freeze(): Map<string, number> {
		if (this.vocab) return this.vocab;
		const n = this.docs.size;
		const minDf = n >= 1000 ? 2 : 1;
		const maxDf = n >= 10 ? Math.floor(0.9 * n) : n;
		const kept = [...this.df].filter(([, d]) => d >= minDf && d <= Math.max(1, maxDf));
		kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		this.terms = kept.slice(0, MAX_FEATURES).map(([t]) => t);
		this.vocab = new Map(this.terms.map((t, i) => [t, i]));
		this.idf = Float64Array.from(this.terms, (t) => Math.log((1 + n) / (1 + (this.df.get(t) ?? 0))) + 1);
		return this.vocab;
	}

	/** The term a vector id stands for. */
	term(id: number): string {
		this.freeze();
		return this.terms[id] ?? "";
	}

	private fromCounts(counts: ReadonlyMap<string, number>): SparseVector {
		const vocab = this.freeze();
		const idf = this.idf ?? new Float64Array();
		// A term the corpus has never seen weighs as the rarest (df 0) in the norm: a text is not made
		// to look like the library by leaving its other words out.
		const unseenIdf = Math.log(1 + this.docs.size) + 1;
		const ids: number[] = [];
		const weights = new Map<number, number>();
		let squares = 0;
		for (const [t, c] of counts) {
			const id = vocab.get(t);
			const weight = (1 + Math.log(c)) * (id === undefined ? (this.df.has(t) ? Math.log((1 + this.docs.size) / (1 + (this.df.get(t) ?? 0))) + 1 : unseenIdf) : (idf[id] ?? 1));
			squares += weight * weight;
			if (id !== undefined) {
				ids.push(id);
				weights.set(id, weight);
			}
		}
		const sorted = Int32Array.from(ids).sort();
		const norm = Math.sqrt(squares) || 1;
		return { ids: sorted, values: Float64Array.from(sorted, (id) => (weights.get(id) ?? 0) / norm) };
	}

	/** The vector of a document of the corpus. */
	vectorOf(id: string): SparseVector | undefined {
		const counts = this.docs.get(id);
		return counts ? this.fromCounts(counts) : undefined;
	}

	/** The vector of any text, over the corpus's vocabulary and idf. */
	vector(text: string): SparseVector {
		const counts = new Map<string, number>();
		for (const t of textTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
		return this.fromCounts(counts);
	}
}

/** The dot product of two sparse vectors (ids in increasing order). */
export function dot(a: SparseVector, b: SparseVector): number {
	let i = 0;
	let j = 0;
	let sum = 0;
	while (i < a.ids.length && j < b.ids.length) {
		const x = a.ids[i] ?? 0;
		const y = b.ids[j] ?? 0;
		if (x === y) sum += (a.values[i++] ?? 0) * (b.values[j++] ?? 0);
		else if (x < y) i++;
		else j++;
	}
	return sum;
}
