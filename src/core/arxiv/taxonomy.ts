import { ACTIVE_CATEGORIES, ARCHIVES, CATEGORY_NAMES } from "./taxonomy-data";

const names = new Map<string, string>(Object.entries(CATEGORY_NAMES));
const archives = new Set<string>(ARCHIVES);

/** The human name of an arXiv category (`cs.AI` -> `Artificial Intelligence`), or undefined for an unknown code. */
export function categoryName(code: string): string | undefined {
	return names.get(code);
}

/** True for an arXiv archive name (`hep-th`, `math`, `cmp-lg`…), the part before the slash of an old-style ID. */
export function isArchive(name: string): boolean {
	return archives.has(name);
}

const divided = new Set<string>([...names.keys()].filter((code) => code.includes(".")).map((code) => code.slice(0, code.indexOf("."))));

/** True for an archive divided into categories (`math`: math.AG, math.GT…; `astro-ph`), false for `hep-th` or `cs.LG`. */
export function hasCategories(archive: string): boolean {
	return divided.has(archive);
}

const archiveOf = new Map<string, string>(ACTIVE_CATEGORIES.map(([code, archive]) => [code, archive]));

/**
 * A category as a person picks it: `Computer Science › Machine Learning (cs.LG)`, so cs.LG and
 * stat.ML (both "Machine Learning") tell apart; an archive that is its own category reads
 * `High Energy Physics - Theory (hep-th)`; an unknown code is itself.
 */
export function categoryLabel(code: string): string {
	const name = names.get(code);
	if (name === undefined) return code;
	const archive = archiveOf.get(code);
	return archive === undefined || archive === name ? `${name} (${code})` : `${archive} › ${name} (${code})`;
}

/** The categories arXiv announces in today, in code order: what a user can follow. */
export function activeCategories(): readonly string[] {
	return ACTIVE_CATEGORIES.map(([code]) => code);
}
