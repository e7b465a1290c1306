import type { Paper } from "../model";
import { absUrl } from "../notes/urls";
import { isGroupName } from "./authors";
import { escapeLatex, latexTitle } from "./latex";
import { paperYear } from "../paper-year";

export { escapeLatex };

/**
 * An author for the `and`-separated list: specials escaped, UTF-8 kept. Group names (and names with a
 * comma or " and ") are braced whole, so BibTeX does not turn `H1 Collaboration` into "Collaboration, H.".
 */
function bibAuthor(name: string): string {
	const escaped = escapeLatex(name);
	const whole = isGroupName(name) || /,| and /.test(name);
	return whole ? `{${escaped}}` : escaped;
}

/** Fields read verbatim by biblatex and hyperref (doi, url): no LaTeX escaping, only what would break the entry removed. */
const verbatim = (value: string): string => value.replace(/[{}\\\s]/g, "");

/**
 * One BibTeX entry in arXiv's own style (the "Export BibTeX citation" of an abstract page):
 * `@misc` with title, author, year, eprint, archivePrefix, primaryClass and url, plus doi and journal
 * when arXiv has them. `journal` holds arXiv's journal reference as written (e.g.
 * `J. Chem. Phys. 144, 124107 (2016)`); standard `@misc` styles do not print it, reference managers
 * import it.
 */
export function bibtexEntry(paper: Paper, key: string): string {
	const fields: Array<[string, string]> = [
		["title", latexTitle(paper.title)],
		["author", paper.authors.map(bibAuthor).join(" and ")],
		["year", paperYear(paper)],
		["eprint", paper.id],
		["archivePrefix", "arXiv"],
		["primaryClass", paper.primaryCategory],
		["url", absUrl(paper.id)],
	];
	if (paper.doi) fields.push(["doi", verbatim(paper.doi)]);
	if (paper.journalRef) fields.push(["journal", escapeLatex(paper.journalRef)]);
	const body = fields
		.filter(([, value]) => value !== "")
		.map(([name, value]) => `  ${name} = {${value}}`)
		.join(",\n");
	return `@misc{${key},\n${body}\n}`;
}
