import { linkAuthors, type AuthorIndex } from "../authors/author-index";
import type { Enrichment, Keyword, Paper } from "../model";
import type { LinkPort } from "../ports";
import { paperYear } from "../paper-year";
import { categoryName } from "../arxiv/taxonomy";
import type { DateValue, PropertyValue } from "./frontmatter";
import type { NoteLabels } from "./labels";
import { paperView } from "../template/paper-view";
import { renderTemplate } from "../template/render";
import type { Template } from "../template/types";
import { bodyLinks } from "../template/names-used";
import { renderAuthorNote, renderCategoryNote, renderDailyNote, renderKeywordNote } from "./list-notes";
import { paperKey } from "./list-section";
import { safeLinkDisplay } from "./markdown";
import type { ReadingStatus } from "./paper-schema";
import { managedProperties, paperAliases, renderPaperBody, renderPaperNote, type LinkedKeyword, type PaperNoteInput } from "./paper-note";
import { fileNameWithSuffix, joinPath, pathKey, safeFileName } from "./paths";
import { isCategoryCode } from "../arxiv/category-code";
import type { VaultSnapshot } from "./vault-snapshot";

/** Folders after `cleanFolder`: vault-relative, no "..". */
export interface PlanFolders {
	papers: string;
	keywords: string;
	categories: string;
}

export interface PlanContext {
	folders: PlanFolders;
	fileNameTemplate: string;
	labels: NoteLabels;
	links: LinkPort;
	snapshot: VaultSnapshot;
	/** The daily note to list a new paper in, when that is on. */
	daily?: DailyTarget;
	/** The daily notes folder, when daily notes are on. */
	dailyFolder?: string;
	/** For a paper already in the vault: the daily note that lists it since its first import. */
	dailyOfExisting?: (id: string) => DailyTarget | undefined;
	extract: (paper: Paper) => Keyword[];
	enrichment?: (paper: Paper) => Enrichment | undefined;
	generatedAt: string;
	importedAt: string;
	/** The reading status a new paper note starts with (re-imports keep the note's). */
	newStatus?: ReadingStatus;
	/** Lower-cased paths already given to notes earlier in the same import. */
	plannedPaths: Set<string>;
	/** A parsed template note for the managed section; without one, the built-in layout. */
	template?: Template;
	/** With author notes on: the author notes of the vault (and folder), found by name. */
	authors?: AuthorIndex;
}

export interface DailyTarget {
	path: string;
	folder: string;
	display: string;
}

export type ListKind = "keyword" | "category" | "author" | "daily";

/** An edit to a note that lists papers (keyword, category, author, daily): one line, added once. */
export interface ListEdit {
	kind: ListKind;
	path: string;
	/** The configured folder the path must stay inside. */
	folder: string;
	createText: string;
	heading: string;
	line: string;
	key: string;
	/** Other names of a keyword to remember in the note's `aliases`. */
	aliases: string[];
}

export interface PaperWrite {
	/** The paper's arXiv ID: an existing note at `path` is this paper's only if its `arxiv_id` says so. */
	id: string;
	path: string;
	folder: string;
	exists: boolean;
	/** The whole note, for a new file. */
	text: string;
	/**
	 * The managed block's content for an existing note. Without a new enrichment, what a model
	 * added before (read back from the note) is kept.
	 */
	bodyFor: (previous: Enrichment | undefined) => string;
	properties: Record<string, PropertyValue | DateValue | undefined>;
	aliases: string[];
}

export interface PaperPlan {
	paper: Paper;
	note: PaperWrite;
	lists: ListEdit[];
}

/** The note of an arXiv category code in the categories folder. */
export function categoryNotePath(categoriesFolder: string, code: string): string {
	return joinPath(categoriesFolder, `${safeFileName(code, "category")}.md`);
}

function fileNameFor(paper: Paper, template: string): string {
	const values: Record<string, string> = {
		title: paper.title,
		id: paper.id.replace("/", " "),
		year: paperYear(paper),
		firstAuthor: paper.authors[0] ?? "",
	};
	const filled = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m: string, name: string) => values[name] ?? m);
	return safeFileName(filled, `arXiv ${values.id}`);
}

function claimPath(ctx: PlanContext, folder: string, name: string, id: string): string {
	const taken = (p: string): boolean => ctx.snapshot.paths.has(pathKey(p)) || ctx.plannedPaths.has(pathKey(p));
	let path = joinPath(folder, `${name}.md`);
	// The ID suffix is never cut off, however long the name (fileNameWithSuffix shortens the name).
	const suffix = ` (${id.replace("/", " ")})`;
	if (taken(path)) path = joinPath(folder, `${fileNameWithSuffix(name, suffix)}.md`);
	for (let n = 2; taken(path); n++) path = joinPath(folder, `${fileNameWithSuffix(name, `${suffix} ${n}`)}.md`);
	ctx.plannedPaths.add(pathKey(path));
	return path;
}

function linkKeywords(keywords: Keyword[], ctx: PlanContext): LinkedKeyword[] {
	const linked: LinkedKeyword[] = [];
	const seen = new Set<string>();
	for (const extracted of keywords) {
		let keyword = extracted;
		let path = ctx.snapshot.keywords.find(keyword.name, keyword.aliases);
		const existing = path === undefined ? undefined : ctx.snapshot.keywordNotes.get(path);
		if (existing) {
			// The concept has a note: every paper names and files it the way that note does.
			keyword = { ...keyword, name: existing.name, category: existing.category ?? keyword.category };
		}
		if (path === undefined) {
			const name = safeFileName(keyword.name, "Keyword");
			path = joinPath(ctx.folders.keywords, keyword.category, `${name}.md`);
			if (ctx.plannedPaths.has(pathKey(path)) || ctx.snapshot.paths.has(pathKey(path))) {
				// Same file name as a note that is not this concept: keep the concept apart.
				path = joinPath(ctx.folders.keywords, keyword.category, `${name} (keyword).md`);
			}
			ctx.snapshot.keywords.add(path, keyword.name, keyword.aliases);
			ctx.snapshot.keywordNotes.set(path, { name: keyword.name, category: keyword.category });
			ctx.plannedPaths.add(pathKey(path));
		}
		if (seen.has(pathKey(path))) continue;
		seen.add(pathKey(path));
		linked.push({ keyword, path });
	}
	return linked;
}

export function planPaper(paper: Paper, ctx: PlanContext): PaperPlan {
	const existing = ctx.snapshot.papers.get(paper.id);
	// A list note lists the paper only when the paper note links it: a custom template may leave out
	// the category or daily links, and then those notes do not list the paper either.
	const linked = ctx.template ? bodyLinks(ctx.template) : { categories: true, daily: true };
	const daily = linked.daily ? ((existing === undefined ? undefined : ctx.dailyOfExisting?.(paper.id)) ?? ctx.daily) : undefined;
	const notePath = existing ?? claimPath(ctx, ctx.folders.papers, fileNameFor(paper, ctx.fileNameTemplate), paper.id);
	if (existing === undefined) ctx.snapshot.papers.set(paper.id, notePath);

	const keywords = linkKeywords(ctx.extract(paper), ctx);
	// Only arXiv category codes make category notes (the parsers drop the rest; an empty primary category makes none).
	const categoryPaths = [paper.primaryCategory, ...paper.categories.filter((c) => c !== paper.primaryCategory)].filter((code) => code !== "" && isCategoryCode(code)).map((code) => ({
		code,
		path: categoryNotePath(ctx.folders.categories, code),
	}));

	const authors =
		ctx.authors &&
		linkAuthors(
			paper.authors,
			ctx.authors,
			(p) => ctx.snapshot.paths.has(pathKey(p)) || ctx.plannedPaths.has(pathKey(p)),
			(p) => ctx.plannedPaths.add(pathKey(p)),
		);
	const input: PaperNoteInput = {
		paper,
		notePath,
		keywords,
		categoryPaths,
		daily,
		enrichment: ctx.enrichment?.(paper),
		labels: ctx.labels,
		links: ctx.links,
		generatedAt: ctx.generatedAt,
		...(authors ? { authors } : {}),
	};
	const template = ctx.template;
	const body = (of: PaperNoteInput): string => (template ? renderTemplate(template, paperView(of)) : renderPaperBody(of));

	const listLine = (listPath: string): string =>
		`- ${ctx.links.markdownLink(notePath, listPath, safeLinkDisplay(paper.title))} · ${paperKey(paper.id)}`;
	const key = paperKey(paper.id);
	const heading = ctx.labels.papersSection;

	const lists: ListEdit[] = [
		...keywords.map(({ keyword, path }) => ({
			kind: "keyword" as const,
			path,
			folder: ctx.folders.keywords,
			createText: renderKeywordNote(keyword.name, keyword.category, keyword.aliases, heading),
			heading,
			line: listLine(path),
			key,
			aliases: keyword.aliases,
		})),
		...(linked.categories ? categoryPaths : []).map(({ code, path }) => ({
			kind: "category" as const,
			path,
			folder: ctx.folders.categories,
			createText: renderCategoryNote(code, categoryName(code), heading),
			heading,
			line: listLine(path),
			key,
			aliases: [],
		})),
	];
	if (authors && ctx.authors) {
		const folder = ctx.authors.folder;
		for (const { name, path } of authors) {
			lists.push({ kind: "author", path, folder, createText: renderAuthorNote(name, heading), heading, line: listLine(path), key, aliases: [] });
		}
	}
	if (daily) {
		lists.push({
			kind: "daily",
			path: daily.path,
			folder: daily.folder,
			createText: renderDailyNote(daily.display, ctx.labels.dailySection),
			heading: ctx.labels.dailySection,
			line: listLine(daily.path),
			key,
			aliases: [],
		});
	}

	return {
		paper,
		note: {
			id: paper.id,
			path: notePath,
			folder: existing === undefined ? ctx.folders.papers : "",
			exists: existing !== undefined,
			text: renderPaperNote(input, ctx.importedAt, body(input), ctx.newStatus),
			bodyFor: (previous) => body({ ...input, enrichment: input.enrichment ?? previous }),
			properties: managedProperties(input),
			aliases: paperAliases(paper),
		},
		lists,
	};
}
