import { KEYWORD_CATEGORIES } from "../model";
import { labelsFor, type NoteLabels } from "../notes/labels";
import type { NoteLanguage } from "../settings";
import { parseTemplate } from "./parse";
import type { Template } from "./types";

/**
 * The built-in paper note layout: the one definition of the managed section of a paper note.
 * Filled with `paperView` it is the note the plugin writes (`renderPaperBody`), and "Create template
 * note" writes this text, so a user's template starts from the note they already see. Section tags on
 * their own line leave no blank line behind (Mustache's standalone rule).
 */
export function defaultTemplate(language: NoteLanguage): string {
	return defaultTemplateText(labelsFor(language));
}

const parsed = new WeakMap<NoteLabels, Template>();

/** The built-in layout with these headings, parsed once per label set. */
export function builtInTemplate(labels: NoteLabels): Template {
	let template = parsed.get(labels);
	if (template === undefined) {
		template = parseTemplate(defaultTemplateText(labels));
		parsed.set(labels, template);
	}
	return template;
}

/** The built-in layout's text with these headings and labels. */
function defaultTemplateText(labels: NoteLabels): string {
	return labels.layout === "compact" ? compactTemplateText(labels) : exampleTemplateText(labels);
}

/** The language model's sections and the closing line, the same in both layouts. */
function modelSections(labels: NoteLabels): string[] {
	return [
		"{{#abstract_translated}}",
		`## ${labels.abstractTranslated}`,
		"",
		"{{abstract_translated}}",
		"",
		"{{/abstract_translated}}",
		"{{#summary}}",
		`## ${labels.summary}`,
		"",
		"{{summary}}",
		"",
		"{{/summary}}",
		"{{#key_points.length}}",
		`## ${labels.keyPoints}`,
		"",
		"{{#key_points}}",
		"{{@number}}. {{.}}",
		"{{/key_points}}",
		"",
		"{{/key_points.length}}",
		"---",
		"",
		`*${labels.generatedOn} {{generated_at}}*`,
	];
}

/** The title, and the translated one when there is one: both layouts open so. */
function titleLines(labels: NoteLabels): string[] {
	return ["# {{title}}", "", "{{#title_translated}}", `**${labels.translatedTitle}:** {{title_translated}}`, "", "{{/title_translated}}"];
}

const AUTHORS = "{{#author_links.length}}{{author_links}}{{/author_links.length}}{{^author_links}}{{authors}}{{/author_links}}";

/**
 * English: the title once, then what a reader looks up in one callout (ID and categories, authors,
 * dates, links, the keywords by category, each a link), the abstract, then the model's sections.
 * The keywords show once here, beside the `keywords` property.
 */
function compactTemplateText(labels: NoteLabels): string {
	const keywordLines = KEYWORD_CATEGORIES.flatMap((c) => [`{{#keyword_links.${c}.length}}`, `> **${labels.categories[c]}:** {{keyword_links.${c}}}`, `{{/keyword_links.${c}.length}}`]);
	return [
		...titleLines(labels),
		"> [!info] arXiv:{{arxiv_id}} · {{category_links}}",
		`> **${labels.authors}:** ${AUTHORS}`,
		"{{#published}}",
		"> **Published:** {{published}}{{#revised}} · **Updated:** {{updated}} (v{{version}}){{/revised}}",
		"{{/published}}",
		"{{#announced}}",
		"> **Announced:** {{announced}}{{#daily_link}} ({{daily_link}}){{/daily_link}}",
		"{{/announced}}",
		"{{^announced}}",
		"{{#daily_link}}",
		"> **Imported:** {{daily_link}}",
		"{{/daily_link}}",
		"{{/announced}}",
		"{{#journal_ref}}",
		"> **Journal:** {{journal_ref}}",
		"{{/journal_ref}}",
		"{{#doi}}",
		"> **DOI:** [{{doi}}]({{doi_url}})",
		"{{/doi}}",
		"{{#comment}}",
		"> **Comment:** {{comment}}",
		"{{/comment}}",
		"> **Links:** [Abstract]({{url}}) · [PDF]({{pdf}})",
		...keywordLines,
		"",
		`## ${labels.abstract}`,
		"",
		"{{abstract}}",
		"",
		...modelSections(labels),
	].join("\n");
}

/** The note that started the project, kept as it is (the Korean layout). */
function exampleTemplateText(labels: NoteLabels): string {
	const orDash = (list: string): string => `{{${list}}}{{^${list}}}—{{/${list}}}`;
	const byCategory = KEYWORD_CATEGORIES.map((c) => `**${labels.categories[c]}**: ${orDash(`keywords.${c}`)}`);
	return [
		...titleLines(labels),
		`## ${labels.metadata}`,
		"",
		"**Links**: {{#links}}{{^@first}} {{/@first}}{{.}}{{/links}}",
		"",
		`## ${labels.categorisedKeywords}`,
		"",
		...byCategory,
		"",
		"**ArXiv ID**: [{{arxiv_id}}]({{url}})",
		"{{#published}}",
		"**Published**: {{published}}",
		"{{/published}}",
		"{{#revised}}",
		"**Updated**: {{updated}} (v{{version}})",
		"{{/revised}}",
		"{{#announced}}",
		"**Announced**: {{announced}}",
		"{{/announced}}",
		"**Category**: {{primary_category}}{{#other_categories}} · {{.}}{{/other_categories}}",
		"{{#doi}}",
		"**DOI**: [{{doi}}]({{doi_url}})",
		"{{/doi}}",
		"{{#journal_ref}}",
		"**Journal**: {{journal_ref}}",
		"{{/journal_ref}}",
		"{{#comment}}",
		"**Comment**: {{comment}}",
		"{{/comment}}",
		"**PDF**: [Download]({{pdf}})",
		"",
		`## ${labels.extractedKeywords}`,
		"",
		"{{#keywords.all}}{{^@first}} • {{/@first}}`{{.}}`{{/keywords.all}}{{^keywords.all}}—{{/keywords.all}}",
		"",
		`## ${labels.authorsSection}`,
		"",
		`**${labels.authors}:** {{#author_links.length}}{{author_links}}{{/author_links.length}}{{^author_links}}{{authors}}{{/author_links}}`,
		"",
		`## ${labels.abstract}`,
		"",
		"{{abstract}}",
		"",
		...modelSections(labels),
	].join("\n");
}
