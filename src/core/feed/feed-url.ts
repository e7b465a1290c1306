import { categoryName, isArchive } from "../arxiv/taxonomy";

/** A category the user follows is not in arXiv's taxonomy. The message is meant for the user. */
export class UnknownCategoryError extends Error {
	constructor(readonly code: string) {
		super(
			code.trim() === ""
				? "Choose at least one arXiv category to follow, like cs.LG or math.AG"
				: `${code} is not an arXiv category: codes look like cs.LG, math.AG or hep-th (pick them from the list in the settings)`,
		);
		this.name = "UnknownCategoryError";
	}
}

const BASE = "https://rss.arxiv.org";

/** The code as the taxonomy spells it (`cs.lg` -> `cs.LG`), or undefined when arXiv has no such category or archive. */
export function canonicalCategory(input: string): string | undefined {
	const code = input.trim();
	if (categoryName(code) !== undefined || isArchive(code)) return code;
	const dot = code.indexOf(".");
	if (dot < 0) return isArchive(code.toLowerCase()) ? code.toLowerCase() : undefined;
	const archive = code.slice(0, dot).toLowerCase();
	const subject = code.slice(dot + 1);
	for (const candidate of [`${archive}.${subject.toUpperCase()}`, `${archive}.${subject.toLowerCase()}`]) {
		if (categoryName(candidate) !== undefined) return candidate;
	}
	return undefined;
}

/**
 * The one URL that lists a whole day of papers for every category followed, e.g.
 * `https://rss.arxiv.org/rss/cs.LG+cs.AI`. Each code is checked against arXiv's taxonomy (whole
 * archives such as `math` are allowed, case is corrected, blanks and duplicates dropped); throws
 * UnknownCategoryError for the first unknown one, or when the list is empty.
 */
export function listingUrl(categories: readonly string[], format: "rss" | "atom" = "rss"): string {
	const codes: string[] = [];
	for (const input of categories) {
		if (input.trim() === "") continue;
		const code = canonicalCategory(input);
		if (code === undefined) throw new UnknownCategoryError(input);
		if (!codes.includes(code)) codes.push(code);
	}
	if (codes.length === 0) throw new UnknownCategoryError("");
	return `${BASE}/${format}/${codes.join("+")}`;
}
