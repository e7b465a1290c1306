import type { KeywordCategory } from "../model";
import { renderFrontmatter } from "./frontmatter";
import { escapeInline } from "./markdown";

/** A new keyword note: its concept, category and other names, then the list of papers. */
export function renderKeywordNote(name: string, category: KeywordCategory, aliases: string[], papersHeading: string): string {
	return (
		renderFrontmatter([
			["category", category],
			["aliases", aliases],
			["tags", ["keyword"]],
		]) + `\n# ${escapeInline(name)}\n\n## ${papersHeading}\n`
	);
}

export function renderCategoryNote(code: string, name: string | undefined, papersHeading: string): string {
	const title = name ? `${code}: ${name}` : code;
	return (
		renderFrontmatter([
			["arxiv_category", code],
			["title", name ?? code],
			["aliases", name ? [name] : []],
			["tags", ["arxiv-category"]],
		]) + `\n# ${escapeInline(title)}\n\n## ${papersHeading}\n`
	);
}

export function renderDailyNote(day: string, dailyHeading: string): string {
	return `# ${escapeInline(day)}\n\n## ${dailyHeading}\n`;
}

/** A new author note: the name as a paper writes it, then the list of that author's papers. */
export function renderAuthorNote(name: string, papersHeading: string): string {
	return (
		renderFrontmatter([
			["aliases", []],
			["tags", ["author"]],
		]) + `\n# ${escapeInline(name)}\n\n## ${papersHeading}\n`
	);
}
