import type { LinkedAuthor } from "../authors/author-index";
import type { Enrichment, Keyword, Paper } from "../model";
import type { LinkPort } from "../ports";
import { builtInTemplate } from "../template/default-template";
import { paperView } from "../template/paper-view";
import { renderTemplate } from "../template/render";
import { DateValue, renderFrontmatter, type PropertyValue } from "./frontmatter";
import type { NoteLabels } from "./labels";
import { wrapManaged } from "./managed-block";
import { safeLinkDisplay } from "./markdown";
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

const date = (iso: string): string => iso.slice(0, 10);

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

/** The managed section of the built-in layout: the default template, filled from the paper. */
export function renderPaperBody(input: PaperNoteInput): string {
	return renderTemplate(builtInTemplate(input.labels), paperView(input));
}
