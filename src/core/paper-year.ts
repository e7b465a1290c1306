import type { Paper } from "./model";

/**
 * The year of a paper: of its first version when known, else from its arXiv ID (`2609.26811` is
 * from 2026, `hep-th/9901001` from 1999), else from the listing it came from.
 */
export function paperYear(paper: Pick<Paper, "id" | "published" | "announced">): string {
	if (paper.published) return paper.published.slice(0, 4);
	const yy = /^(\d{2})\d{2}\./.exec(paper.id)?.[1] ?? /\/(\d{2})\d{5}$/.exec(paper.id)?.[1];
	if (yy !== undefined) return `${Number(yy) >= 91 ? "19" : "20"}${yy}`;
	return paper.announced?.slice(0, 4) ?? "";
}
