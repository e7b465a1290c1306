/**
 * Taking a paper out of a note that lists papers (keyword, category, author, daily), so that no
 * note lists a paper that no longer links it. A keyword note left with no paper and nothing the
 * user wrote goes to the trash.
 */
import type { VaultPort } from "../ports";
import { paperKey } from "./list-section";

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text without the list lines that carry the paper's key (`arXiv:ID`); other lines byte for byte. */
export function removeListLine(text: string, id: string): string {
	const re = new RegExp(`^\\s*[-*+] .*${escapeRegExp(paperKey(id))}(?![\\w.])`);
	const lines = text.split("\n");
	const kept = lines.filter((line) => !re.test(line));
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

/**
 * True when a keyword note holds nothing but what the plugin wrote: its title heading, the papers
 * heading, no list line, and only the plugin's properties.
 */
export function isEmptyKeywordNote(text: string): boolean {
	let body = text;
	const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (fm) {
		const keys = (fm[1] ?? "").split(/\r?\n/).filter((l) => /^[^\s#-][^:]*:/.test(l)).map((l) => l.slice(0, l.indexOf(":")).trim());
		if (keys.some((k) => !PLUGIN_KEYS.has(k))) return false;
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
	const after = await vault.process(path, (text) => {
		const next = removeListLine(text, id);
		changed = next !== text;
		return next;
	});
	if (!changed) return "unchanged";
	if (trashIfEmpty && isEmptyKeywordNote(after)) {
		await vault.trash(path);
		return "trashed";
	}
	return "removed";
}
