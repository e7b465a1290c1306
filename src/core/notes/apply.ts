import type { VaultPort } from "../ports";
import { DateValue, type PropertyValue } from "./frontmatter";
import { ensureListLine } from "./list-section";
import { replaceManaged } from "./managed-block";
import { readEnrichment } from "./read-enrichment";
import { PAPER_TAG } from "./paper-note";
import { isInside } from "./paths";
import type { ListEdit, PaperPlan, PaperWrite } from "./plan";

export interface ApplyResult {
	created: Set<string>;
	updated: Set<string>;
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
 * Creates the file, or, when it already exists (made by an import running at the same time, or
 * with another case), edits it instead. Returns true when the file was created.
 */
async function createOrProcess(vault: VaultPort, path: string, text: string, edit: (data: string) => string): Promise<boolean> {
	if (!(await vault.exists(path))) {
		try {
			await vault.create(path, text);
			return true;
		} catch (error) {
			if (!(await vault.exists(path))) throw error;
		}
	}
	await vault.process(path, edit);
	return false;
}

function plain(value: PropertyValue | DateValue): PropertyValue {
	return value instanceof DateValue ? value.iso : value;
}

function union(existing: unknown, add: string[]): string[] {
	const list = Array.isArray(existing) ? existing.filter((v): v is string => typeof v === "string") : typeof existing === "string" ? [existing] : [];
	for (const item of add) if (!list.includes(item)) list.push(item);
	return list;
}

/** Returns false when the note's body was left alone (its managed markers were removed). */
async function writePaper(vault: VaultPort, note: PaperWrite, importedAt: string, result: ApplyResult): Promise<boolean> {
	guard(note.path, note.folder);
	let missingBlock = false;
	const edit = (data: string): string => {
		const next = replaceManaged(data, note.bodyFor(readEnrichment(data)));
		missingBlock = next === null;
		return next ?? data;
	};
	const created = note.exists ? false : await createOrProcess(vault, note.path, note.text, edit);
	if (created) {
		result.created.add(note.path);
		return true;
	}
	if (note.exists) await vault.process(note.path, edit);
	if (missingBlock) {
		result.warnings.push(`${note.path}: the managed section markers were removed, so only its properties were refreshed.`);
	}
	await vault.processFrontMatter(note.path, (fm) => {
		for (const [key, value] of Object.entries(note.properties)) {
			// Absent values (no DOI yet, no translation this time) leave what the note has.
			if (value !== undefined) fm[key] = plain(value);
		}
		fm["aliases"] = union(fm["aliases"], note.aliases);
		fm["tags"] = union(fm["tags"], [PAPER_TAG]);
		if (fm["imported"] === undefined) fm["imported"] = importedAt;
	});
	if (!result.created.has(note.path)) result.updated.add(note.path);
	return !missingBlock;
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
			await vault.processFrontMatter(edit.path, (data) => {
				data["aliases"] = union(data["aliases"], edit.aliases);
			});
			changed = true;
		}
	}
	if (changed && !result.created.has(edit.path)) result.updated.add(edit.path);
}

/**
 * Writes one paper: its note first, then the lines in keyword, category and daily notes. Returns
 * false when the paper note's body was left alone because its managed markers were removed.
 */
export async function applyPaperPlan(vault: VaultPort, plan: PaperPlan, importedAt: string, result: ApplyResult): Promise<boolean> {
	const bodyWritten = await writePaper(vault, plan.note, importedAt, result);
	for (const edit of plan.lists) await writeList(vault, edit, result);
	return bodyWritten;
}
