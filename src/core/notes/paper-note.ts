import type { Paper } from "../model";
import { builtInTemplate } from "../template/default-template";
import { paperView } from "../template/paper-view";
import { renderTemplate } from "../template/render";
import { DateValue, renderFrontmatter, type PropertyValue } from "./frontmatter";
import type { PaperNoteInput } from "./paper-note-input";
import { PAPER_PROPERTIES as P, type ReadingStatus } from "./paper-schema";
import { wrapManaged } from "./managed-block";
import { safeLinkDisplay } from "./markdown";
import { absUrl, pdfUrl } from "./urls";

export type { LinkedKeyword, PaperNoteInput } from "./paper-note-input";

const date = (iso: string): string => iso.slice(0, 10);

/**
 * Properties the plugin owns: a re-import sets them again. `aliases` and `tags` are merged with the
 * user's; `imported` is written once.
 */
export function managedProperties(input: PaperNoteInput): Record<string, PropertyValue | DateValue | undefined> {
	const { paper, enrichment } = input;
	return {
		[P.title]: paper.title,
		[P.titleTranslated]: enrichment?.titleTranslated,
		[P.authors]: paper.authors,
		[P.authorLinks]: input.authors?.map(({ name, path }) => `[[${input.links.linktext(path, input.notePath)}|${safeLinkDisplay(name)}]]`),
		[P.id]: paper.id,
		[P.version]: paper.version,
		[P.published]: paper.published === undefined ? undefined : new DateValue(date(paper.published)),
		[P.updated]: paper.updated === undefined ? undefined : new DateValue(date(paper.updated)),
		[P.announced]: paper.announced === undefined ? undefined : new DateValue(paper.announced),
		[P.primaryCategory]: paper.primaryCategory,
		[P.categories]: paper.categories,
		[P.doi]: paper.doi,
		[P.journalRef]: paper.journalRef,
		[P.comment]: paper.comment,
		[P.url]: absUrl(paper.id),
		[P.pdf]: pdfUrl(paper.id),
		[P.keywords]: input.keywords.map(
			({ keyword, path }) => `[[${input.links.linktext(path, input.notePath)}|${safeLinkDisplay(keyword.name)}]]`,
		),
	};
}

export function paperAliases(paper: Paper): string[] {
	return [paper.id];
}

export const PAPER_TAG = "arxiv";

/** The whole new note; `body` is the managed section's content (default: the built-in layout); `status`: its reading status, if any. */
export function renderPaperNote(input: PaperNoteInput, importedAt: string, body: string = renderPaperBody(input), status?: ReadingStatus): string {
	const managed = managedProperties(input);
	const props: Array<[string, PropertyValue | DateValue | undefined]> = [];
	for (const [key, value] of Object.entries(managed)) {
		if (key === P.authors) props.push([P.aliases, paperAliases(input.paper)]);
		props.push([key, value]);
	}
	props.push([P.tags, [PAPER_TAG]], [P.imported, new DateValue(importedAt)]);
	if (status !== undefined) props.push([P.status, status]);
	return `${renderFrontmatter(props)}\n${wrapManaged(body)}\n`;
}

/** The managed section of the built-in layout: the default template, filled from the paper. */
export function renderPaperBody(input: PaperNoteInput): string {
	return renderTemplate(builtInTemplate(input.labels), paperView(input));
}
