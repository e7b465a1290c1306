import { ensureListLine } from "./list-section";

/**
 * Pure text steps of "Merge keyword into…": links to the source keyword note are rewritten to the
 * target, and the papers the source listed move to the target's list (each once).
 */

/** Replaces every exact occurrence of each original link text. */
export function replaceLinks(text: string, replacements: ReadonlyMap<string, string>): string {
	let out = text;
	for (const [original, next] of replacements) out = out.split(original).join(next);
	return out;
}

const KEYED_LINE = /^- .*\barXiv:([\w./-]+)\s*$/;

/** The paper lines of a keyword note's list section (`- [[…]] · arXiv:ID`). */
export function paperLines(text: string, heading: string): { key: string; line: string }[] {
	const lines = text.split("\n");
	const start = lines.findIndex((l) => l.trimEnd() === `## ${heading}`);
	if (start === -1) return [];
	const out: { key: string; line: string }[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,2}\s/.test(line)) break;
		const m = KEYED_LINE.exec(line);
		if (m?.[1]) out.push({ key: `arXiv:${m[1]}`, line: line.trimEnd() });
	}
	return out;
}

export function addPaperLines(targetText: string, lines: readonly { key: string; line: string }[], heading: string): string {
	return lines.reduce((text, { key, line }) => ensureListLine(text, heading, line, key), targetText);
}

/** Keeps the first of each link in a property list that points at the same note. */
export function dedupeLinks(values: unknown, targetOf: (link: string) => string | undefined): unknown {
	if (!Array.isArray(values)) return values;
	const seen = new Set<string>();
	return values.filter((v) => {
		if (typeof v !== "string") return true;
		const target = targetOf(v) ?? v;
		if (seen.has(target)) return false;
		seen.add(target);
		return true;
	});
}
