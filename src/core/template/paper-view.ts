import { KEYWORD_CATEGORIES, type Paper } from "../model";
import { escapeInline, safeLinkDisplay } from "../notes/markdown";
import type { PaperNoteInput } from "../notes/paper-note-input";
import { absUrl, doiUrl, pdfUrl } from "../notes/urls";
import type { TemplateVariable, TemplateView } from "./types";
import { paperYear } from "../paper-year";

/**
 * What a paper note template can name: the built-in layout (the default template) and a user's
 * template note are both filled from this view. Text is already Markdown-safe (titles, abstracts,
 * names, model output are escaped; keyword names are written as they are). Missing values are
 * empty, so `{{#doi}}…{{/doi}}` shows its block only when there is a DOI.
 */
export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
	{ name: "title", kind: "text", description: "The paper's title" },
	{ name: "title_translated", kind: "text", description: "The translated title (from the language model); empty without one" },
	{ name: "authors", kind: "list", description: "Author names; {{authors}} prints them joined by commas" },
	{ name: "author_links", kind: "list", description: "Links to the author notes when author notes are on; empty otherwise" },
	{ name: "arxiv_id", kind: "text", description: "arXiv ID without version, e.g. 2502.15871 or hep-th/9901001" },
	{ name: "version", kind: "text", description: "Latest version number, e.g. 2" },
	{ name: "year", kind: "text", description: "Year of the first version" },
	{ name: "published", kind: "text", description: "Date of the first version (YYYY-MM-DD)" },
	{ name: "updated", kind: "text", description: "Date of the latest version (YYYY-MM-DD)" },
	{ name: "revised", kind: "flag", description: "Yes when there is a later version than v1 (the built-in note then shows Updated)" },
	{ name: "announced", kind: "text", description: "Date of the daily listing the paper came from; empty otherwise" },
	{ name: "primary_category", kind: "text", description: "Primary arXiv category, e.g. cs.AI" },
	{ name: "categories", kind: "list", description: "All arXiv categories, primary first" },
	{ name: "other_categories", kind: "list", description: "The categories other than the primary one" },
	{ name: "doi", kind: "text", description: "DOI of the published version; empty without one" },
	{ name: "doi_url", kind: "text", description: "https://doi.org/ link of the DOI; empty without one" },
	{ name: "journal_ref", kind: "text", description: "Journal reference; empty without one" },
	{ name: "comment", kind: "text", description: "The authors' comment (pages, figures, venue); empty without one" },
	{ name: "url", kind: "text", description: "Link to the arXiv abstract page" },
	{ name: "pdf", kind: "text", description: "Link to the PDF" },
	{ name: "abstract", kind: "text", description: "The abstract, on one line" },
	{ name: "abstract_translated", kind: "text", description: "The translated abstract (from the language model); empty without one" },
	{ name: "summary", kind: "text", description: "The summary (from the language model); empty without one" },
	{ name: "key_points", kind: "list", description: "Key points (from the language model); {{#key_points}}{{@number}}. {{.}}{{/key_points}} numbers them" },
	{ name: "keywords.all", kind: "list", description: "Every keyword name, in the order of the note" },
	{ name: "keywords.evolved", kind: "list", description: "Keywords of the 🚀 Evolved concepts category" },
	{ name: "keywords.broad", kind: "list", description: "Keywords of the 🔬 Broad technical category" },
	{ name: "keywords.specific", kind: "list", description: "Keywords of the 🔗 Specific connectable category" },
	{ name: "keywords.unique", kind: "list", description: "Keywords of the ⭐ Unique technical category" },
	{ name: "keywords.links", kind: "list", description: "Links to the keyword notes" },
	{ name: "keyword_links.evolved", kind: "list", description: "Links to the keyword notes of the 🚀 Evolved concepts category" },
	{ name: "keyword_links.broad", kind: "list", description: "Links to the keyword notes of the 🔬 Broad technical category" },
	{ name: "keyword_links.specific", kind: "list", description: "Links to the keyword notes of the 🔗 Specific connectable category" },
	{ name: "keyword_links.unique", kind: "list", description: "Links to the keyword notes of the ⭐ Unique technical category" },
	{ name: "category_links", kind: "list", description: "Links to the category notes, primary first" },
	{ name: "daily_link", kind: "text", description: "Link to the daily note; empty when daily notes are off" },
	{ name: "links", kind: "list", description: "The Links line of the Korean built-in note: daily note, keywords, categories" },
	{ name: "generated_at", kind: "text", description: "Local time of the import (YYYY-MM-DD HH:mm:ss)" },
];

const date = (iso: string): string => iso.slice(0, 10);

/** A later version than the first, or a first version updated on another day. */
function isRevised(paper: Paper): boolean {
	return paper.updated !== undefined && (paper.version > 1 || date(paper.updated) !== date(paper.published ?? ""));
}

/** Links to the author notes, or undefined when author notes are off. */
function authorLinks(input: PaperNoteInput): string[] | undefined {
	return input.authors?.map(({ name, path }) => input.links.markdownLink(path, input.notePath, safeLinkDisplay(name)));
}

/** Escaped text, or "" (which hides a section) when there is none. */
const optional = (text: string | undefined): string => (text ? escapeInline(text) : "");

export function paperView(input: PaperNoteInput): TemplateView {
	const { paper, enrichment, links, notePath } = input;
	const keywordLinks = input.keywords.map(({ keyword, path }) => links.markdownLink(path, notePath, safeLinkDisplay(keyword.name)));
	const categoryLinks = input.categoryPaths.map(({ code, path }) => links.markdownLink(path, notePath, safeLinkDisplay(code)));
	const dailyLink = input.daily ? links.markdownLink(input.daily.path, notePath, safeLinkDisplay(input.daily.display)) : "";
	const names = (category?: string): string[] =>
		input.keywords.filter((k) => category === undefined || k.keyword.category === category).map((k) => k.keyword.name);
	const keywords: Record<string, string[]> = { all: names(), links: keywordLinks };
	for (const category of KEYWORD_CATEGORIES) keywords[category] = names(category);
	const linksByCategory: Record<string, string[]> = {};
	for (const category of KEYWORD_CATEGORIES) linksByCategory[category] = keywordLinks.filter((_, i) => input.keywords[i]?.keyword.category === category);

	return {
		title: escapeInline(paper.title),
		title_translated: optional(enrichment?.titleTranslated),
		authors: paper.authors.map(escapeInline),
		author_links: authorLinks(input) ?? [],
		arxiv_id: paper.id,
		version: paper.version,
		// Dates are arXiv's text: a well-formed one escapes to itself, anything else shows as text.
		year: escapeInline(paperYear(paper)),
		published: paper.published === undefined ? "" : escapeInline(date(paper.published)),
		updated: paper.updated === undefined ? "" : escapeInline(date(paper.updated)),
		revised: isRevised(paper),
		announced: escapeInline(paper.announced ?? ""),
		// The parsers let only arXiv codes through (`cs.AI` escapes to itself); a paper read back from
		// note properties may hold anything, so these are escaped like any text.
		primary_category: escapeInline(paper.primaryCategory),
		categories: paper.categories.map(escapeInline),
		other_categories: paper.categories.filter((c) => c !== paper.primaryCategory).map(escapeInline),
		doi: optional(paper.doi),
		doi_url: paper.doi ? doiUrl(paper.doi) : "",
		journal_ref: optional(paper.journalRef),
		comment: optional(paper.comment),
		url: absUrl(paper.id),
		pdf: pdfUrl(paper.id),
		abstract: escapeInline(paper.abstract),
		abstract_translated: optional(enrichment?.abstractTranslated),
		summary: optional(enrichment?.summary),
		key_points: (enrichment?.keyPoints ?? []).map(escapeInline),
		keywords,
		keyword_links: linksByCategory,
		category_links: categoryLinks,
		daily_link: dailyLink,
		links: [...(dailyLink ? [dailyLink] : []), ...keywordLinks, ...categoryLinks],
		generated_at: input.generatedAt,
	};
}
