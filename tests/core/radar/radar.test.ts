import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rankCandidates, relatedPapers, type RadarPaper } from "../../../src/core/radar/radar";
import { textTerms } from "../../../src/core/radar/text-terms";
import { dot, TermCorpus, type SparseVector } from "../../../src/core/radar/tfidf";
import { score, trainLinearSvm } from "../../../src/core/radar/linear-model";
import { STOPWORDS } from "../../../src/core/keywords/stopwords";
import { singularize } from "../../../src/core/keywords/inflect";

/** Inspec abstracts with their authors' keyphrases (tests/fixtures/keyphrase, see its README). */
const docs = readFileSync("tests/fixtures/keyphrase/inspec-dev.jsonl", "utf8")
	.trim()
	.split("\n")
	.map((l) => JSON.parse(l) as { id: string; title: string; abstract: string; keyphrases: string[] });
const paper = (d: (typeof docs)[number]): RadarPaper => ({ id: d.id, title: d.title, abstract: d.abstract });
const about = (word: RegExp): typeof docs => docs.filter((d) => word.test(`${d.title} ${d.abstract}`));

describe("the radar's terms", () => {
	it("are words and pairs of words once stop words are gone, plurals folded, accents dropped", () => {
		expect(textTerms("The Graphs of Schrödinger operators")).toEqual(["graph", "schrodinger", "operator", "graph schrodinger", "schrodinger operator"]);
		expect(textTerms("a 2024 b")).toEqual([]);
	});

	it("are the same in plain ASCII text (read without Unicode classes) as the general reading gives", () => {
		// The general reading, as it was before ASCII text had its own path.
		const reference = (text: string): string[] => {
			const words = (text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
				.filter((w) => w.length > 1 && !/^\p{N}+$/u.test(w) && !STOPWORDS.has(w))
				.map(singularize);
			return [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
		};
		const word = fc.oneof(fc.constantFrom("Graphs", "the", "of", "2024", "x", "LSTMs", "naïve", "٣٤", "Schrödinger", "a-b", "Ⅻ", "ﬁeld"), fc.string({ maxLength: 6 }));
		fc.assert(
			fc.property(fc.array(word, { maxLength: 12 }), fc.constantFrom(" ", "\n", "\u00a0", ", "), (words, gap) => {
				const text = words.join(gap);
				expect(textTerms(text)).toEqual(reference(text));
			}),
		);
	});
});

describe("the tf-idf corpus", () => {
	it("gives l2-normalised vectors, and a document removed leaves the corpus as if it never came", () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 0, max: docs.length - 1 }), { minLength: 2, maxLength: 8 }), (picks) => {
				const [extra, ...rest] = picks.map((i) => docs[i] as (typeof docs)[number]);
				const plain = new TermCorpus();
				const churned = new TermCorpus();
				for (const d of rest) plain.add(d.id, d.abstract);
				for (const d of rest) churned.add(d.id, d.abstract);
				churned.add("extra", extra?.abstract ?? "");
				churned.remove("extra");
				for (const d of rest) {
					const a = plain.vectorOf(d.id);
					const b = churned.vectorOf(d.id);
					if (!a || !b) throw new Error("missing vector");
					expect(dot(a, a)).toBeCloseTo(1, 6);
					expect(dot(b, b)).toBeCloseTo(1, 6);
					expect([...a.values].map((v) => v.toFixed(9))).toEqual([...b.values].map((v) => v.toFixed(9)));
				}
			}),
			{ numRuns: 25 },
		);
	});

	it("gives up the terms documents no longer have, and reads every text as a corpus that never had them", () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 0, max: docs.length - 1 }), { minLength: 12, maxLength: 30 }), (picks) => {
				const chosen = picks.map((i) => docs[i] as (typeof docs)[number]);
				const kept = chosen.slice(0, 4);
				const fresh = new TermCorpus();
				for (const d of kept) fresh.add(d.id, d.abstract);
				// Listings come and go: each brings its own words.
				const churned = new TermCorpus(50);
				for (const d of kept) churned.add(d.id, d.abstract);
				for (const d of chosen.slice(4)) {
					churned.add(`listing ${d.id}`, d.abstract);
					churned.vectorOf(kept[0]?.id ?? "");
					churned.remove(`listing ${d.id}`);
				}
				// Read at once after the last removal (nothing fixed the vocabulary since): the same.
				const probe = (chosen[5] as (typeof docs)[number]).abstract;
				// The listing came first: the library's own words have the later numbers, which giving up the dead ones changes.
				const direct = new TermCorpus(50);
				for (const d of chosen.slice(4)) direct.add(`listing ${d.id}`, d.abstract);
				for (const d of kept) direct.add(d.id, d.abstract);
				direct.vectorOf(kept[0]?.id ?? "");
				for (const d of chosen.slice(4)) direct.remove(`listing ${d.id}`);
				const text = (kept[1] as (typeof docs)[number]).abstract;
				const first = direct.vector(text);
				expect([...first.ids].map((id) => direct.term(id)).sort()).toEqual([...fresh.vector(text).ids].map((id) => fresh.term(id)).sort());
				for (const text of [...kept.map((d) => d.abstract), probe]) {
					const a = fresh.vector(text);
					const b = churned.vector(text);
					expect([...b.ids].map((id) => churned.term(id)).sort()).toEqual([...a.ids].map((id) => fresh.term(id)).sort());
					expect([...b.values].map((v) => v.toFixed(9)).sort()).toEqual([...a.values].map((v) => v.toFixed(9)).sort());
				}
				churned.vectorOf(kept[0]?.id ?? "");
				expect(churned.numbered).toBeLessThanOrEqual(Math.max(50, 2 * fresh.numbered));
			}),
			{ numRuns: 20 },
		);
	});

	it("reads a text from outside by the corpus's words and word pairs, and a document's own text as its vector", () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 0, max: docs.length - 1 }), { minLength: 2, maxLength: 9 }), fc.integer({ min: 0, max: docs.length - 1 }), (picks, other) => {
				const chosen = picks.map((i) => docs[i] as (typeof docs)[number]);
				const corpus = new TermCorpus();
				for (const d of chosen) corpus.add(d.id, d.abstract);
				// Fewer than 10 documents: every term any of them has is in the vocabulary.
				const known = new Set(chosen.flatMap((d) => textTerms(d.abstract)));
				const text = (docs[other] as (typeof docs)[number]).abstract;
				const read = corpus.vector(text);
				expect(new Set([...read.ids].map((id) => corpus.term(id)))).toEqual(new Set(textTerms(text).filter((t) => known.has(t))));
				const first = chosen[0] as (typeof docs)[number];
				const own = corpus.vectorOf(first.id);
				const again = corpus.vector(first.abstract);
				expect([...again.ids]).toEqual([...(own?.ids ?? [])]);
				expect([...again.values].map((v) => v.toFixed(9))).toEqual([...(own?.values ?? [])].map((v) => v.toFixed(9)));
			}),
			{ numRuns: 40 },
		);
	});
});

describe("ranking a listing by the library", () => {
	// A library of papers on images; a listing of 6 more of them among 30 that never mention one.
	const images = about(/\bimages?\b/i);
	const library = images.slice(0, 12).map(paper);
	const listing = [...images.slice(12, 18), ...docs.filter((d) => !/\bimag/i.test(`${d.title} ${d.abstract}`)).slice(0, 30)].map(paper);

	it("puts the papers like the library's first, each with why", () => {
		const ranked = rankCandidates(library, listing);
		const imageIds = new Set(images.map((d) => d.id));
		const top = ranked.slice(0, 6).map((r) => r.paper.id);
		expect(top.filter((id) => imageIds.has(id)).length).toBeGreaterThanOrEqual(4);
		expect(ranked[0]?.why.join(" ")).toMatch(/image/);
		expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
	});

	it("gives the same order every time, and names a library keyword the candidate has", () => {
		const withKeywords = listing.map((p, i) => (i === 0 ? { ...p, keywords: ["Image Segmentation"] } : p));
		const a = rankCandidates([...library, { id: "k", title: "Notes", keywords: ["Image Segmentation"] }], withKeywords);
		const b = rankCandidates([...library, { id: "k", title: "Notes", keywords: ["Image Segmentation"] }], withKeywords);
		expect(a.map((r) => r.paper.id)).toEqual(b.map((r) => r.paper.id));
		expect(a.find((r) => r.paper.id === listing[0]?.id)?.why).toContain("Image Segmentation");
	});
});

describe("related papers", () => {
	it("are the library's papers most like one, itself left out, with the terms they share", () => {
		const web = about(/\bweb\b/i).slice(0, 5).map(paper);
		const others = docs.filter((d) => !/\bweb\b|internet|online/i.test(`${d.title} ${d.abstract}`)).slice(0, 20).map(paper);
		const [first] = web;
		if (!first) throw new Error("no web paper");
		const related = relatedPapers(first, [...web, ...others], 3);
		expect(related.map((r) => r.paper.id)).not.toContain(first.id);
		expect(related).toHaveLength(3);
		expect(related.map((r) => r.score)).toEqual([...related.map((r) => r.score)].sort((a, b) => b - a));
		// Each "why" names terms both papers have.
		const termsOf = (p: RadarPaper): Set<string> => new Set(textTerms(`${p.title} ${p.abstract ?? ""}`));
		for (const r of related) {
			expect(r.why.length).toBeGreaterThan(0);
			for (const term of r.why) {
				expect(termsOf(first).has(term)).toBe(true);
				expect(termsOf(r.paper).has(term)).toBe(true);
			}
		}
	});
});

describe("the linear SVM", () => {
	/** A sparse vector from dense values. */
	const vec = (values: number[]): SparseVector => {
		const ids = values.flatMap((v, i) => (v === 0 ? [] : [i]));
		return { ids: Int32Array.from(ids), values: Float64Array.from(ids, (i) => values[i] ?? 0) };
	};

	it("scores every paper of the library above the others it was trained with, when the two are apart", () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 15 }), fc.integer({ min: 20, max: 120 }), fc.integer({ min: 1, max: 1000 }), (p, q, seed) => {
				let s = seed;
				const noise = (): number => ((s = (s * 16807) % 2147483647) / 2147483647) * 0.2;
				// The library's papers lean on terms 0-2, the others on terms 3-5.
				const positives = Array.from({ length: p }, () => vec([1 + noise(), 0.8 + noise(), noise(), noise(), 0, noise()]));
				const negatives = Array.from({ length: q }, () => vec([noise(), 0, noise(), 1 + noise(), 0.8 + noise(), noise()]));
				const model = trainLinearSvm(positives, negatives, 6);
				const lowestPositive = Math.min(...positives.map((x) => score(model, x)));
				const highestNegative = Math.max(...negatives.map((x) => score(model, x)));
				expect(lowestPositive).toBeGreaterThan(highestNegative);
				// Balanced classes: a small library is not drowned by many negatives (its papers score above 0).
				expect(lowestPositive).toBeGreaterThan(0);
			}),
			{ numRuns: 30 },
		);
	});

	it("finds the minimum of the squared-hinge objective it is trained on: no small step lowers it", () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 20, max: 40 }), fc.integer({ min: 1, max: 10_000 }), (p, q, seed) => {
				let s = seed;
				const noise = (): number => ((s = (s * 16807) % 2147483647) / 2147483647) * 0.6;
				// Classes that overlap, so the hinge is active on both sides.
				const positives = Array.from({ length: p }, () => vec([0.6 + noise(), noise(), noise()]));
				const negatives = Array.from({ length: q }, () => vec([noise(), 0.6 + noise(), noise()]));
				const model = trainLinearSvm(positives, negatives, 3);
				const n = p + q;
				// ½‖(w, b)‖² + Σ C_i · max(0, 1 − y_i (w·x_i + b))², C_i = 0.01 · n / (2 · class size), the intercept a feature of value 1.
				const objective = (w: number[], b: number): number => {
					const loss = (x: SparseVector, y: number, c: number): number => c * Math.max(0, 1 - y * (score({ weights: Float64Array.from(w), bias: b }, x))) ** 2;
					return 0.5 * (w.reduce((a, v) => a + v * v, 0) + b * b) + positives.reduce((a, x) => a + loss(x, 1, (0.01 * n) / (2 * p)), 0) + negatives.reduce((a, x) => a + loss(x, -1, (0.01 * n) / (2 * q)), 0);
				};
				const w = [...model.weights];
				const best = objective(w, model.bias);
				for (let d = 0; d < 4; d++) {
					for (const step of [1e-3, -1e-3]) {
						const moved = w.map((v, k) => (k === d ? v + step : v));
						const value = d === 3 ? objective(w, model.bias + step) : objective(moved, model.bias);
						expect(value).toBeGreaterThanOrEqual(best - 1e-9);
					}
				}
			}),
			{ numRuns: 30 },
		);
	});

});
