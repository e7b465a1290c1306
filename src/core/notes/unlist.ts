/**
 * Taking a paper out of a note that lists papers (keyword, category, author, daily), so that no
 * note lists a paper that no longer links it. A keyword note left with no paper and nothing the
 * user wrote goes to the trash.
 */
import type { VaultPort } from "../ports";
import { paperKey } from "./list-section";

/**
 * The text without the plugin's list line for the paper (`- <link> · arXiv:ID`, as the plan writes
 * it, not indented); every other line byte for byte, the user's own bullets that mention the paper too.
 */
export function removeListLine(text: string, id: string): string {
	const ending = ` · ${paperKey(id)}`;
	const lines = text.split("\n");
	const kept = lines.filter((line) => !(line.startsWith("- ") && line.trimEnd().endsWith(ending)));
	return kept.length === lines.length ? text : kept.join("\n");
}

/** The arXiv IDs a list note lists (its `arXiv:ID` keys on list lines). */
export function listedIds(text: string): string[] {
	const ids: string[] = [];
	for (const line of text.split("\n")) {
		if (!/^\s*[-*+] /.test(line)) continue;
		for (const m of line.matchAll(/arXiv:((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(?![\w.])/g)) if (m[1]) ids.push(m[1]);
	}
	return ids;
}

const PLUGIN_KEYS = new Set(["category", "aliases", "tags"]);

/** `aliases: []` or no aliases: anything else may be the user's (or a merged keyword's name) and is kept. */
const NO_ALIASES = /^aliases:\s*(\[\s*\])?\s*$/;

/**
 * True when a keyword note holds nothing but what the plugin wrote: its title heading, the papers
 * heading, no list line, and only the plugin's properties.
 */
export function isEmptyKeywordNote(text: string): boolean {
	let body = text;
	const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (fm) {
		const lines = (fm[1] ?? "").split(/\r?\n/);
		const keys = lines.filter((l) => /^[^\s#-][^:]*:/.test(l)).map((l) => l.slice(0, l.indexOf(":")).trim());
		if (keys.some((k) => !PLUGIN_KEYS.has(k))) return false;
		// Aliases hold a concept's other names (a merged keyword's, the user's): such a note is kept.
		const aliases = lines.find((l) => l.startsWith("aliases:"));
		if (aliases !== undefined && (!NO_ALIASES.test(aliases) || lines[lines.indexOf(aliases) + 1]?.trimStart().startsWith("-"))) return false;
		// A comment in the properties is the user's.
		if (lines.some((l) => l.trimStart().startsWith("#"))) return false;
		body = text.slice(fm[0].length);
	}
	const lines = body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
	let headings = 0;
	for (const line of lines) {
		if (/^#{1,2} \S/.test(line) && headings < 2) headings += 1;
		else return false;
	}
	return true;
}

/**
 * Removes the paper's line from a list note. With `trashIfEmpty`, a note left empty of papers and
 * of the user's text goes to the trash. Returns what happened.
 */
export async function unlistPaper(vault: VaultPort, path: string, id: string, trashIfEmpty: boolean): Promise<"unchanged" | "removed" | "trashed"> {
	if (!(await vault.exists(path))) return "unchanged";
	let changed = false;
	let empty = false;
	// Decided on the text the edit sees (LF, without a byte order mark: see text-form.ts).
	await vault.process(path, (text) => {
		const next = removeListLine(text, id);
		changed = next !== text;
		empty = isEmptyKeywordNote(next);
		return next;
	});
	if (!changed) return "unchanged";
	if (trashIfEmpty && empty) {
		await vault.trash(path);
		return "trashed";
	}
	return "removed";
}
