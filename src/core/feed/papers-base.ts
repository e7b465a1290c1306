/**
 * `Papers.base` (Obsidian Bases, 1.9+): a table of every paper note and one table per followed
 * category. Written once; a file that exists is never overwritten (the user may have changed it).
 * Format: YAML with global `filters` (and/or/not of expressions) and `views` (type, name, filters, order),
 * as in Obsidian's help, "Bases syntax".
 */
import { categoryName } from "../arxiv/taxonomy";
import { PAPER_TAG } from "../notes/paper-note";
import { cleanFolder, joinPath } from "../notes/paths";
import type { VaultPort } from "../ports";

export const PAPERS_BASE_NAME = "Papers.base";

const COLUMNS = ["file.name", "note.title", "note.authors", "note.published", "note.primary_category", "note.keywords", "note.imported"];

/** A YAML single-quoted scalar. */
const quoted = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function table(name: string, filter: string | undefined): string[] {
	const lines = ["  - type: table", `    name: ${JSON.stringify(name)}`];
	if (filter !== undefined) lines.push("    filters:", "      and:", `        - ${quoted(filter)}`);
	lines.push("    order:", ...COLUMNS.map((c) => `      - ${c}`));
	return lines;
}

/** The text of Papers.base for the papers folder and the followed categories. */
export function papersBase(papersFolder: string, categories: readonly string[]): string {
	const lines = [
		"filters:",
		"  and:",
		`    - ${quoted(`file.inFolder(${JSON.stringify(papersFolder)})`)}`,
		`    - ${quoted(`file.hasTag(${JSON.stringify(PAPER_TAG)})`)}`,
		"views:",
		...table("All papers", undefined),
	];
	for (const code of categories) {
		const name = categoryName(code);
		lines.push(...table(name === undefined ? code : `${code} (${name})`, `categories.contains(${JSON.stringify(code)})`));
	}
	return `${lines.join("\n")}\n`;
}

/** Writes Papers.base into the papers folder unless a file is there already; true when written. */
export async function writePapersBase(vault: VaultPort, papersFolder: string, categories: readonly string[]): Promise<boolean> {
	let folder: string;
	try {
		folder = cleanFolder("papers", papersFolder);
	} catch {
		return false;
	}
	const path = joinPath(folder, PAPERS_BASE_NAME);
	if (await vault.exists(path)) return false;
	try {
		await vault.create(path, papersBase(folder, categories));
		return true;
	} catch {
		// Made by another run at the same moment: the papers are what matters.
		return false;
	}
}
