import type { LinkedAuthor } from "../authors/author-index";
import type { Enrichment, Keyword, Paper } from "../model";
import { KEYWORD_CATEGORIES } from "../model";
import type { LinkPort } from "../ports";
import { DateValue, renderFrontmatter, type PropertyValue } from "./frontmatter";
import type { NoteLabels } from "./labels";
import { wrapManaged } from "./managed-block";
import { escapeInline, safeLinkDisplay } from "./markdown";
import { absUrl, pdfUrl } from "./urls";

export interface LinkedKeyword {
	keyword: Keyword;
	/** The keyword note this keyword links to (existing or about to be created). */
	path: string;
}

export interface PaperNoteInput {
	paper: Paper;
	notePath: string;
	keywords: LinkedKeyword[];
	categoryPaths: { code: string; path: string }[];
	daily?: { path: string; display: string };
	enrichment?: Enrichment;
	labels: NoteLabels;
	links: LinkPort;
	/** Local time of this import, `YYYY-MM-DD HH:mm:ss`. */
	generatedAt: string;
	/** With author notes on: each author's note, in the paper's order. */
	authors?: LinkedAuthor[];
}

/** Links to the author notes for the body, or undefined when author notes are off. */
export function authorLinks(input: PaperNoteInput): string[] | undefined {
	return input.authors?.map(({ name, path }) => input.links.markdownLink(path, input.notePath, safeLinkDisplay(name)));
}

const date = (iso: string): string => iso.slice(0, 10);

/** A later version than the first, or a first version updated on another day. */
export function isRevised(paper: Paper): boolean {
	return paper.updated !== undefined && (paper.version > 1 || date(paper.updated) !== date(paper.published ?? ""));
}

/**
 * Properties the plugin owns: a re-import sets them again. `aliases` and `tags` are merged with the
 * user's; `imported` is written once.
 */
export function managedProperties(input: PaperNoteInput): Record<string, PropertyValue | DateValue | undefined> {
	const { paper, enrichment } = input;
	return {
		title: paper.title,
		title_translated: enrichment?.titleTranslated,
		authors: paper.authors,
		author_links: input.authors?.map(({ name, path }) => `[[${input.links.linktext(path, input.notePath)}|${safeLinkDisplay(name)}]]`),
		arxiv_id: paper.id,
		version: paper.version,
		published: paper.published === undefined ? undefined : new DateValue(date(paper.published)),
		updated: paper.updated === undefined ? undefined : new DateValue(date(paper.updated)),
		announced: paper.announced === undefined ? undefined : new DateValue(paper.announced),
		primary_category: paper.primaryCategory,
		categories: paper.categories,
		doi: paper.doi,
		journal_ref: paper.journalRef,
		comment: paper.comment,
		url: absUrl(paper.id),
		pdf: pdfUrl(paper.id),
		keywords: input.keywords.map(
			({ keyword, path }) => `[[${input.links.linktext(path, input.notePath)}|${safeLinkDisplay(keyword.name)}]]`,
		),
	};
}

export function paperAliases(paper: Paper): string[] {
	return [paper.id];
}

export const PAPER_TAG = "arxiv";

/** The whole new note; `body` is the managed section's content (default: the built-in layout). */
export function renderPaperNote(input: PaperNoteInput, importedAt: string, body: string = renderPaperBody(input)): string {
	const managed = managedProperties(input);
	const props: Array<[string, PropertyValue | DateValue | undefined]> = [];
	for (const [key, value] of Object.entries(managed)) {
		if (key === "authors") props.push(["aliases", paperAliases(input.paper)]);
		props.push([key, value]);
	}
	props.push(["tags", [PAPER_TAG]], ["imported", new DateValue(importedAt)]);
	return `${renderFrontmatter(props)}\n${wrapManaged(body)}\n`;
}

export function renderPaperBody(input: PaperNoteInput): string {
	const { paper, labels, enrichment, links, notePath } = input;
	const out: string[] = [];
	const para = (...lines: string[]): void => {
		out.push(lines.join("\n"));
	};

	para(`# ${escapeInline(paper.title)}`);
	if (enrichment?.titleTranslated) para(`**${labels.translatedTitle}:** ${escapeInline(enrichment.titleTranslated)}`);

	const linkItems = [
		...(input.daily ? [links.markdownLink(input.daily.path, notePath, safeLinkDisplay(input.daily.display))] : []),
		...input.keywords.map(({ keyword, path }) => links.markdownLink(path, notePath, safeLinkDisplay(keyword.name))),
		...input.categoryPaths.map(({ code, path }) => links.markdownLink(path, notePath, code)),
	];
	para(`## ${labels.metadata}`);
	para(`**Links**: ${linkItems.join(" ")}`);

	para(`## ${labels.categorisedKeywords}`);
	const byCategory = KEYWORD_CATEGORIES.map((category) => {
		const names = input.keywords.filter((k) => k.keyword.category === category).map((k) => k.keyword.name);
		return `**${labels.categories[category]}**: ${names.length > 0 ? names.join(", ") : "—"}`;
	});
	para(...byCategory);

	const ids = [`**ArXiv ID**: [${paper.id}](${absUrl(paper.id)})`];
	if (paper.published) ids.push(`**Published**: ${date(paper.published)}`);
	if (isRevised(paper)) ids.push(`**Updated**: ${date(paper.updated ?? "")} (v${paper.version})`);
	if (paper.announced) ids.push(`**Announced**: ${paper.announced}`);
	ids.push(`**Category**: ${[paper.primaryCategory, ...paper.categories.filter((c) => c !== paper.primaryCategory)].join(" · ")}`);
	if (paper.doi) ids.push(`**DOI**: [${escapeInline(paper.doi)}](https://doi.org/${encodeURI(paper.doi)})`);
	if (paper.journalRef) ids.push(`**Journal**: ${escapeInline(paper.journalRef)}`);
	if (paper.comment) ids.push(`**Comment**: ${escapeInline(paper.comment)}`);
	ids.push(`**PDF**: [Download](${pdfUrl(paper.id)})`);
	para(...ids);

	para(`## ${labels.extractedKeywords}`);
	para(input.keywords.length > 0 ? input.keywords.map((k) => `\`${k.keyword.name}\``).join(" • ") : "—");

	para(`## ${labels.authorsSection}`);
	para(`**${labels.authors}:** ${(authorLinks(input) ?? paper.authors.map(escapeInline)).join(", ")}`);

	para(`## ${labels.abstract}`);
	para(escapeInline(paper.abstract));

	if (enrichment?.abstractTranslated) {
		para(`## ${labels.abstractTranslated}`);
		para(escapeInline(enrichment.abstractTranslated));
	}
	if (enrichment?.summary) {
		para(`## ${labels.summary}`);
		para(escapeInline(enrichment.summary));
	}
	if (enrichment?.keyPoints && enrichment.keyPoints.length > 0) {
		para(`## ${labels.keyPoints}`);
		para(...enrichment.keyPoints.map((point, i) => `${i + 1}. ${escapeInline(point)}`));
	}

	para("---");
	para(`*${labels.generatedOn} ${input.generatedAt}*`);
	return out.join("\n\n");
}
