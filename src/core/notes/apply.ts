import type { VaultPort } from "../ports";
import { DateValue, type PropertyValue } from "./frontmatter";
import { removeProperty, setProperties } from "./frontmatter-edit";
import { ensureListLine } from "./list-section";
import { managedContent, replaceManaged } from "./managed-block";
import { readEnrichment } from "./read-enrichment";
import { PAPER_TAG } from "./paper-note";
import { categoryNotePath, type ListEdit, type ListKind, type PaperPlan, type PaperWrite, type PlanContext } from "./plan";
import { PAPER_PROPERTIES, readArxivId, readStringList } from "./paper-schema";
import { unlistPaper } from "./unlist";
import { JournalVault } from "./journal-vault";
import { isCategoryCode } from "../arxiv/category-code";
import { isInside, pathKey } from "./paths";
import { linksIn, resolveLink } from "./note-links";
import { dailyNotesLinked } from "./daily-links";
import { addPath, removePath } from "./vault-snapshot";
import { errorMessage } from "../words";

export interface ApplyResult {
	created: Set<string>;
	updated: Set<string>;
	/** Keyword notes moved to the trash because no paper and no text of the user's was left in them. */
	trashed: Set<string>;
	warnings: string[];
}

export class PathOutsideFolderError extends Error {
	constructor(path: string, folder: string) {
		super(`Refused to write "${path}": it is outside the folder "${folder}".`);
		this.name = "PathOutsideFolderError";
	}
}

function guard(path: string, folder: string): void {
	if (!isInside(folder, path)) throw new PathOutsideFolderError(path, folder);
}

/**
 * The note name planned for a new paper was taken meanwhile by a note of another paper (another
 * process importing a paper with the same title): the paper is planned again under another name.
 */
export class PathTakenError extends Error {
	constructor(readonly path: string) {
		super(`"${path}" was made meanwhile for another paper`);
		this.name = "PathTakenError";
	}
}

/**
 * Creates the file, or, when it already exists (made by an import running at the same time, or
 * with another case), edits it instead. Returns true when the file was created.
 */
async function createOrProcess(vault: VaultPort, path: string, text: string, edit: (data: string) => string, checkExisting?: () => Promise<void>): Promise<boolean> {
	if (!(await vault.exists(path))) {
		try {
			await vault.create(path, text);
			return true;
		} catch (error) {
			if (!(await vault.exists(path))) throw error;
		}
	}
	await checkExisting?.();
	await vault.process(path, edit);
	return false;
}

function union(existing: unknown, add: string[]): string[] {
	const list = readStringList(existing);
	for (const item of add) if (!list.includes(item)) list.push(item);
	return list;
}

/** The notes an existing paper note linked before this write, by kind (from its properties). */
interface PreviousLinks {
	keyword: string[];
	author: string[];
	categories: string[];
	/** Every link of the managed section before this write (a daily note is linked only from there). */
	body: string[];
}

/** Returns whether the body was written (false: its managed markers were removed) and what the note linked before. */
async function writePaper(vault: VaultPort, note: PaperWrite, importedAt: string, result: ApplyResult): Promise<{ body: boolean; previous?: PreviousLinks }> {
	guard(note.path, note.folder);
	let missingBlock = false;
	let body: string[] = [];
	const edit = (data: string): string => {
		body = linksIn(managedContent(data) ?? "");
		const next = replaceManaged(data, note.bodyFor(readEnrichment(data)));
		missingBlock = next === null;
		return next ?? data;
	};
	// A note another import made meanwhile at this path is this paper's only if it says so.
	const created = note.exists ? false : await createOrProcess(vault, note.path, note.text, edit, async () => {
		if (readArxivId(await vault.frontmatter(note.path)) !== note.id) throw new PathTakenError(note.path);
	});
	if (created) {
		result.created.add(note.path);
		return { body: true };
	}
	if (note.exists) await vault.process(note.path, edit);
	if (missingBlock) {
		result.warnings.push(`${note.path}: the managed section markers were removed, so only its properties were refreshed.`);
	}
	// Only the plugin's keys are rewritten, line by line: the user's properties stay byte for byte.
	const fm = (await vault.frontmatter(note.path)) ?? {};
	const previous: PreviousLinks = {
		keyword: readStringList(fm[PAPER_PROPERTIES.keywords]),
		author: readStringList(fm[PAPER_PROPERTIES.authorLinks]),
		categories: readStringList(fm[PAPER_PROPERTIES.categories]),
		body,
	};
	const values: [string, PropertyValue | DateValue | undefined][] = Object.entries(note.properties);
	const merged = (key: string, add: string[]): [string, string[] | undefined] => {
		const list = union(fm[key], add);
		// Nothing to add: the user's list stays as it is written.
		return [key, list.length === readStringList(fm[key]).length && fm[key] !== undefined ? undefined : list];
	};
	values.push(merged(PAPER_PROPERTIES.aliases, note.aliases), merged(PAPER_PROPERTIES.tags, [PAPER_TAG]));
	if (fm[PAPER_PROPERTIES.imported] === undefined) values.push([PAPER_PROPERTIES.imported, new DateValue(importedAt)]);
	// Written again from arXiv's latest version: the check for new versions' mark is answered.
	await vault.process(note.path, (text) => removeProperty(setProperties(text, values), PAPER_PROPERTIES.newVersion));
	if (!result.created.has(note.path)) result.updated.add(note.path);
	return { body: !missingBlock, previous };
}

async function writeList(vault: VaultPort, edit: ListEdit, result: ApplyResult): Promise<void> {
	guard(edit.path, edit.folder);
	let changed = false;
	const addLine = (data: string): string => {
		const next = ensureListLine(data, edit.heading, edit.line, edit.key);
		changed = next !== data;
		return next;
	};
	const created = await createOrProcess(vault, edit.path, addLine(edit.createText), addLine);
	if (created) {
		result.created.add(edit.path);
		return;
	}
	if (edit.aliases.length > 0) {
		const fm = await vault.frontmatter(edit.path);
		const known = union(fm?.["aliases"], []);
		if (edit.aliases.some((a) => !known.includes(a))) {
			// Only the aliases line is rewritten; the note's other properties stay as written.
			await vault.process(edit.path, (text) => setProperties(text, [["aliases", union(known, edit.aliases)]]));
			changed = true;
		}
	}
	if (changed && !result.created.has(edit.path)) result.updated.add(edit.path);
}

/** Lists the paper no longer belongs in: what the note linked before and does not link now. */
function droppedLists(plan: PaperPlan, previous: PreviousLinks, ctx: ApplyContext): { kind: ListKind; path: string }[] {
	const now = new Set(plan.lists.map((l) => pathKey(l.path)));
	const before: { kind: ListKind; path: string | undefined }[] = [
		...previous.keyword.map((l) => ({ kind: "keyword" as const, path: resolveLink(l, plan.note.path, ctx.snapshot) })),
		...previous.author.map((l) => ({ kind: "author" as const, path: resolveLink(l, plan.note.path, ctx.snapshot) })),
		...previous.categories.filter(isCategoryCode).map((code) => ({ kind: "category" as const, path: categoryNotePath(ctx.folders.categories, code) })),
		// The daily note it linked before (from its managed section), when it links another one now.
		...(ctx.dailyFolder === undefined
			? []
			: dailyNotesLinked(previous.body, plan.note.path, ctx.snapshot, ctx.dailyFolder, [ctx.folders.papers, ctx.folders.keywords, ctx.folders.categories, ...plan.lists.filter((l) => l.kind === "author").map((l) => l.folder)])
		).map((path) => ({ kind: "daily" as const, path })),
		// The daily note it went into first, when this layout no longer links a daily note.
		{ kind: "daily" as const, path: plan.lists.some((l) => l.kind === "daily") ? undefined : ctx.dailyOfExisting?.(plan.paper.id)?.path },
	];
	return before.filter((b): b is { kind: ListKind; path: string } => b.path !== undefined && !now.has(pathKey(b.path)));
}

type ApplyContext = Pick<PlanContext, "importedAt" | "snapshot" | "folders" | "dailyOfExisting" | "dailyFolder">;

/**
 * Writes one paper: its note first, then the lines in keyword, category, author and daily notes,
 * then takes it out of the lists it no longer belongs in (a keyword the new keywords dropped). A
 * keyword note left with no paper and no text of the user's goes to the trash. Returns false when
 * the paper note's body was left alone because its managed markers were removed.
 *
 * A paper is all or nothing: when one of its notes cannot be written, every note it created goes to
 * the trash and every note it edited gets its text back (unless someone changed it meanwhile), still
 * under the CLI's lock, and the error says so.
 */
export async function applyPaperPlan(vault: VaultPort, plan: PaperPlan, ctx: ApplyContext, result: ApplyResult): Promise<boolean> {
	const journal = new JournalVault(vault);
	const before = { created: new Set(result.created), updated: new Set(result.updated), trashed: new Set(result.trashed) };
	const run = async (): Promise<boolean> => {
		try {
			return await applyAll(journal, plan, ctx, result);
		} catch (error) {
			const problems = await journal.undo();
			if (error instanceof PathTakenError && problems.length === 0) throw error;
			for (const key of ["created", "updated", "trashed"] as const) {
				result[key].clear();
				for (const path of before[key]) result[key].add(path);
			}
			const message = errorMessage(error);
			throw new Error(problems.length === 0 ? `${message}; none of its notes were kept` : `${message}; could not undo everything: ${problems.join("; ")}`);
		}
	};
	return vault.exclusive ? vault.exclusive(run) : run();
}

async function applyAll(vault: VaultPort, plan: PaperPlan, ctx: ApplyContext, result: ApplyResult): Promise<boolean> {
	const written = await writePaper(vault, plan.note, ctx.importedAt, result);
	for (const edit of plan.lists) await writeList(vault, edit, result);
	// The notes exist now: a later paper of this import (or its enrichment) resolves links to them.
	for (const path of [plan.note.path, ...plan.lists.map((l) => l.path)]) addPath(ctx.snapshot, path);
	if (written.previous) {
		for (const { kind, path } of droppedLists(plan, written.previous, ctx)) {
			const outcome = await unlistPaper(vault, path, plan.paper.id, kind === "keyword");
			if (outcome === "removed") result.updated.add(path);
			if (outcome === "trashed") {
				result.updated.delete(path);
				result.trashed.add(path);
				removePath(ctx.snapshot, path);
			}
		}
	}
	return written.body;
}
