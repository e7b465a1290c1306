import { textWords } from "./text-terms";

/** A sparse vector: term ids in increasing order, and their weights. */
export interface SparseVector {
	ids: Int32Array;
	values: Float64Array;
}

/** Most terms kept (arxiv-sanity-lite's max_features), by how many documents have them. */
const MAX_FEATURES = 20_000;

/** A document's terms, as interned term numbers and their counts. */
interface DocTerms {
	terms: Int32Array;
	counts: Uint16Array;
}

/**
 * Term counts of a set of documents and tf-idf vectors over them, as arxiv-sanity-lite computes
 * them: sublinear tf (1 + ln tf), smooth idf (ln((1 + N) / (1 + df)) + 1), l2 norm. Documents can be
 * added and removed one at a time (a vault that changes); the vocabulary and idf are fixed on first
 * use after a change, after which `vector` gives each text its vector. Terms are interned: each
 * document is two small arrays, and a library paper's vector needs no string lookup.
 */
export class TermCorpus {
	private readonly docs = new Map<string, DocTerms>();
	/** Word -> its term number, for every word any document had (kept when documents go: numbers stay stable). */
	private readonly numbers = new Map<string, number>();
	private names: string[] = [];
	/** Documents that have each term, by term number. */
	private df: number[] = [];
	/** By term number: its vector id, or -1 when the vocabulary leaves it out. */
	private vectorIds: Int32Array | undefined;
	private idf: Float64Array | undefined;
	private terms: string[] = [];

	/** Bumped whenever a document comes or goes. */
	revision = 0;

	/**
	 * `compactAt`: how many term numbers there may be before those no document has any more are
	 * given up (each listing ranked brings its own words, and leaves them when it goes; a session open
	 * for weeks would keep them all).
	 */
	constructor(private readonly compactAt = 100_000) {}

	/** Pair of word numbers -> the pair's term number (pairs are looked up by number, not by a joined string). */
	private readonly pairs = new Map<number, number>();

	private intern(name: string): number {
		const n = this.names.length;
		this.names.push(name);
		this.df.push(0);
		return n;
	}

	/**
	 * A text's term counts by term number. Not interned (`intern` false, a text outside the corpus):
	 * a term no document has gets a negative number of its own, counted only in the norm.
	 */
	private count(text: string, intern: boolean): Map<number, number> {
		const counts = new Map<number, number>();
		const unknown = new Map<string, number>();
		const unknownPairs = new Map<number, number>();
		const numbers: number[] = [];
		for (const w of textWords(text)) {
			let n = this.numbers.get(w) ?? unknown.get(w);
			if (n === undefined) {
				if (intern) {
					n = this.intern(w);
					this.numbers.set(w, n);
				} else {
					n = -1 - unknown.size - unknownPairs.size;
					unknown.set(w, n);
				}
			}
			numbers.push(n);
			counts.set(n, (counts.get(n) ?? 0) + 1);
		}
		for (let i = 1; i < numbers.length; i++) {
			const key = pairKey(numbers[i - 1] ?? 0, numbers[i] ?? 0);
			let n = this.pairs.get(key) ?? unknownPairs.get(key);
			if (n === undefined) {
				if (intern) {
					n = this.intern(`${this.names[numbers[i - 1] ?? 0] ?? ""} ${this.names[numbers[i] ?? 0] ?? ""}`);
					this.pairs.set(key, n);
				} else {
					n = -1 - unknown.size - unknownPairs.size;
					unknownPairs.set(key, n);
				}
			}
			counts.set(n, (counts.get(n) ?? 0) + 1);
		}
		return counts;
	}

	/** Adds (or replaces) a document. */
	add(id: string, text: string): void {
		this.remove(id);
		const counts = this.count(text, true);
		const terms = Int32Array.from(counts.keys());
		this.docs.set(id, { terms, counts: Uint16Array.from(terms, (t) => Math.min(65535, counts.get(t) ?? 0)) });
		for (const t of terms) this.df[t] = (this.df[t] ?? 0) + 1;
		this.vectorIds = undefined;
		this.vectors.clear();
		this.revision++;
	}

	remove(id: string): void {
		const doc = this.docs.get(id);
		if (!doc) return;
		for (const t of doc.terms) this.df[t] = Math.max(0, (this.df[t] ?? 0) - 1);
		this.docs.delete(id);
		this.vectorIds = undefined;
		this.vectors.clear();
		this.revision++;
	}

	/**
	 * Fixes the vocabulary: terms in at least `minDf` documents (2 once there are 1,000 or more) and
	 * at most 90 % of them (once there are 10 or more), the 20,000 most common.
	 */
	private freeze(): Int32Array {
		if (this.vectorIds) return this.vectorIds;
		if (this.names.length > this.compactAt) this.compact();
		const n = this.docs.size;
		const minDf = n >= 1000 ? 2 : 1;
		const maxDf = Math.max(1, n >= 10 ? Math.floor(0.9 * n) : n);
		const kept: number[] = [];
		this.df.forEach((d, t) => {
			if (d >= minDf && d <= maxDf) kept.push(t);
		});
		kept.sort((a, b) => (this.df[b] ?? 0) - (this.df[a] ?? 0) || ((this.names[a] ?? "") < (this.names[b] ?? "") ? -1 : 1));
		const chosen = kept.slice(0, MAX_FEATURES);
		this.terms = chosen.map((t) => this.names[t] ?? "");
		const vectorIds = new Int32Array(this.names.length).fill(-1);
		chosen.forEach((t, i) => (vectorIds[t] = i));
		this.idf = Float64Array.from(chosen, (t) => Math.log((1 + n) / (1 + (this.df[t] ?? 0))) + 1);
		this.vectorIds = vectorIds;
		return vectorIds;
	}

	/** Numbers the terms documents have anew, 0 up, when they are fewer than half of those numbered. */
	private compact(): void {
		let live = 0;
		for (const d of this.df) if (d > 0) live++;
		if (live * 2 > this.names.length) return;
		const renumber = new Int32Array(this.names.length).fill(-1);
		const names: string[] = [];
		const df: number[] = [];
		this.df.forEach((d, t) => {
			if (d <= 0) return;
			renumber[t] = names.length;
			names.push(this.names[t] ?? "");
			df.push(d);
		});
		for (const doc of this.docs.values()) doc.terms.forEach((t, k) => (doc.terms[k] = renumber[t] ?? -1));
		for (const [word, t] of [...this.numbers]) {
			const n = renumber[t] ?? -1;
			if (n >= 0) this.numbers.set(word, n);
			else this.numbers.delete(word);
		}
		// A pair a document has is of two words it has: both keep a number.
		const pairs = [...this.pairs];
		this.pairs.clear();
		for (const [key, t] of pairs) {
			const n = renumber[t] ?? -1;
			if (n >= 0) this.pairs.set(pairKey(renumber[Math.floor(key / 2 ** 26)] ?? 0, renumber[key % 2 ** 26] ?? 0), n);
		}
		this.names = names;
		this.df = df;
	}

	/** How many terms are numbered (for tests: a long session's corpus stays bounded). */
	get numbered(): number {
		return this.names.length;
	}

	/** The term a vector id stands for. */
	term(id: number): string {
		this.freeze();
		return this.terms[id] ?? "";
	}

	private fromCounts(terms: ArrayLike<number>, counts: ArrayLike<number>): SparseVector {
		const vectorIds = this.freeze();
		const idf = this.idf ?? new Float64Array();
		const n = this.docs.size;
		// A term the vocabulary leaves out still counts in the norm (as the rarest, when no document has
		// it): a text is not made to look like the library by leaving its other words out.
		const ids: number[] = [];
		const weights = this.scratch(idf.length);
		let squares = 0;
		for (let k = 0; k < terms.length; k++) {
			const t = terms[k] ?? 0;
			const c = counts[k] ?? 1;
			const id = t >= 0 ? (vectorIds[t] ?? -1) : -1;
			const termIdf = id >= 0 ? (idf[id] ?? 1) : Math.log((1 + n) / (1 + (t >= 0 ? (this.df[t] ?? 0) : 0))) + 1;
			const weight = (1 + Math.log(c)) * termIdf;
			squares += weight * weight;
			if (id >= 0) {
				ids.push(id);
				weights[id] = weight;
			}
		}
		const sorted = Int32Array.from(ids).sort();
		const norm = Math.sqrt(squares) || 1;
		return { ids: sorted, values: Float64Array.from(sorted, (id) => (weights[id] ?? 0) / norm) };
	}

	private weights: Float64Array = new Float64Array();

	/** A weight per vector id, reused from vector to vector (each reads back only the ids it wrote). */
	private scratch(size: number): Float64Array {
		if (this.weights.length < size) this.weights = new Float64Array(size);
		return this.weights;
	}

	/** Vectors of the corpus's documents, kept until a document comes or goes (the idf changes then). */
	private readonly vectors = new Map<string, SparseVector>();

	/** The vector of a document of the corpus. */
	vectorOf(id: string): SparseVector | undefined {
		const cached = this.vectors.get(id);
		if (cached && this.vectorIds) return cached;
		const doc = this.docs.get(id);
		if (!doc) return undefined;
		const vector = this.fromCounts(doc.terms, doc.counts);
		this.vectors.set(id, vector);
		return vector;
	}

	/** The vector of any text, over the corpus's vocabulary and idf. */
	vector(text: string): SparseVector {
		// Fixed first: fixing may give up dead terms and number the others anew, after which counts would point astray.
		this.freeze();
		const counts = this.count(text, false);
		return this.fromCounts([...counts.keys()], [...counts.values()]);
	}
}

/** One number for a pair of word numbers (negative ones are words outside the corpus): exact below 2^25 words each. */
function pairKey(a: number, b: number): number {
	const code = (x: number): number => (x >= 0 ? x : 2 ** 25 - x);
	return code(a) * 2 ** 26 + code(b);
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
