import { ARCHIVES, CATEGORY_NAMES } from "./taxonomy-data";

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
