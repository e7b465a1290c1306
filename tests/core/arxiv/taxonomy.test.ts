import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { categoryName, hasCategories, isArchive } from "../../../src/core/arxiv/taxonomy";
import { ACTIVE_CATEGORIES, ARCHIVES } from "../../../src/core/arxiv/taxonomy-data";

interface TaxonomyFile {
	categories: Record<string, { name: string; archive: string; active?: boolean }>;
	archives: Record<string, { name?: string }>;
}
const source = JSON.parse(readFileSync(new URL("../../fixtures/arxiv-taxonomy.json", import.meta.url), "utf8")) as TaxonomyFile;

describe("categoryName", () => {
	it.each([
		["cs.AI", "Artificial Intelligence"],
		["hep-th", "High Energy Physics - Theory"],
		["cond-mat.mes-hall", "Mesoscale and Nanoscale Physics"],
		["math.GT", "Geometric Topology"],
		["stat.ML", "Machine Learning"],
		["cmp-lg", "Computation and Language"],
	])("%s is %s", (code, name) => {
		expect(categoryName(code)).toBe(name);
	});

	it.each(["cs.XX", "CS.AI", "", "constructor", "toString", "03B70, 68Q99"])("knows no category %j", (code) => {
		expect(categoryName(code)).toBeUndefined();
	});

	it("matches the taxonomy it was generated from (rerun scripts/generate-taxonomy.mjs if not)", () => {
		for (const [code, { name }] of Object.entries(source.categories)) expect(categoryName(code)).toBe(name);
		for (const archive of Object.keys(source.archives)) expect(isArchive(archive)).toBe(true);
		expect([...ARCHIVES]).toEqual(Object.keys(source.archives).sort());
		const active = Object.entries(source.categories)
			.filter(([, c]) => c.active === true)
			.map(([code, c]) => [code, source.archives[c.archive]?.name ?? c.name]);
		expect(ACTIVE_CATEGORIES.map(([code, archive]) => [code, archive]).sort()).toEqual(active.sort());
	});
});

describe("isArchive", () => {
	it.each(["hep-th", "math", "cs", "cond-mat", "quant-ph", "solv-int", "physics"])("%s is an archive", (name) => {
		expect(isArchive(name)).toBe(true);
	});
	it.each(["math.GT", "hep", "foo-bar", "", "__proto__"])("%j is not", (name) => {
		expect(isArchive(name)).toBe(false);
	});
});

describe("hasCategories", () => {
	it.each(["math", "cs", "physics", "astro-ph", "cond-mat", "q-bio", "nlin"])("%s is divided into categories", (archive) => {
		expect(hasCategories(archive)).toBe(true);
	});
	it.each(["hep-th", "quant-ph", "math-ph", "gr-qc", "cs.LG", "", "toString"])("%j is not", (code) => {
		expect(hasCategories(code)).toBe(false);
	});
});
