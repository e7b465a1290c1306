/**
 * Edits some top-level properties of a note and leaves every other byte as it was: the user's own
 * properties keep their quotes, number forms (`1.10`), flow lists, comments and order. A property is
 * one top-level key line plus the lines that belong to it (indented, or block-list items at the key's
 * column); replacing it rewrites only those lines.
 */
import { DateValue, renderFrontmatter, type PropertyValue } from "./frontmatter";

/**
 * The frontmatter block as every reader of the project sees it (FRONTMATTER_BLOCK): a first line
 * that is exactly `---`, up to the next line that is `---` (trailing spaces allowed).
 */
export function frontmatterLines(text: string): { lines: string[]; start: number; end: number; eol: string } | undefined {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(/\r?\n/);
	if (lines[0] !== "---") return undefined;
	for (let i = 1; i < lines.length; i++) if (/^---[ \t]*$/.test(lines[i] ?? "")) return { lines, start: 1, end: i, eol };
	return undefined;
}

/** The key of a top-level property line (`title: x`, `"my key": y`), or undefined for other lines. */
function keyOf(line: string): string | undefined {
	if (line === "" || /^[\s#\-[{]/.test(line) || line.startsWith("...")) return undefined;
	// A plain key is taken whole up to the colon and trimmed after: a lazy key before `\s*:` retried the spaces
	// from every character (a 100 KB line took 3 s).
	const m = /^(?:("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*|([^:#]+)):(?:\s|$)/.exec(line);
	const raw = m?.[1] ?? m?.[2]?.trimEnd();
	if (!raw) return undefined;
	if (raw.startsWith('"')) {
		try {
			return JSON.parse(raw) as string;
		} catch {
			return raw;
		}
	}
	return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw.trim();
}

/** Where each top-level property's lines are: [first, last+1) within the block. */
function entries(lines: string[], start: number, end: number): Map<string, { from: number; to: number }> {
	const found = new Map<string, { from: number; to: number }>();
	let current: { key: string; from: number } | undefined;
	const close = (to: number): void => {
		if (!current) return;
		// Trailing blank lines and comments stay between properties, not inside one.
		let last = to;
		while (last > current.from + 1 && /^\s*(#.*)?$/.test(lines[last - 1] ?? "")) last--;
		if (!found.has(current.key)) found.set(current.key, { from: current.from, to: last });
		current = undefined;
	};
	for (let i = start; i < end; i++) {
		const key = keyOf(lines[i] ?? "");
		if (key !== undefined) {
			close(i);
			current = { key, from: i };
		} else if (/^\S/.test(lines[i] ?? "") && !/^(-|#)/.test(lines[i] ?? "")) {
			close(i);
		}
	}
	close(end);
	return found;
}

/** Whether the note's properties have this key. */
export function hasProperty(text: string, key: string): boolean {
	return propertyText(text, key) !== undefined;
}

/** The lines of one property as the note has them, or undefined when it has none. */
export function propertyText(text: string, key: string): string[] | undefined {
	const block = frontmatterLines(text);
	const at = block ? entries(block.lines, block.start, block.end).get(key) : undefined;
	return block && at ? block.lines.slice(at.from, at.to) : undefined;
}

/** The note without one property (its lines); every other line byte for byte. */
export function removeProperty(text: string, key: string): string {
	const block = frontmatterLines(text);
	const at = block ? entries(block.lines, block.start, block.end).get(key) : undefined;
	if (!block || !at) return text;
	const lines = [...block.lines];
	lines.splice(at.from, at.to - at.from);
	return lines.join(block.eol);
}

/** The lines one property renders to, in the style of a new note. */
export function propertyLines(key: string, value: PropertyValue | DateValue): string[] {
	return renderFrontmatter([[key, value]]).trimEnd().split("\n").slice(1, -1);
}

/**
 * Sets each property to its value (undefined: left as it is). A property whose lines already read
 * exactly as they would be written is not touched; a missing one is added at the end of the block; a
 * note without a block gets one. Every other line stays byte for byte.
 */
export function setProperties(text: string, values: ReadonlyArray<readonly [string, PropertyValue | DateValue | undefined]>): string {
	const block = frontmatterLines(text);
	const wanted = values.filter((v): v is readonly [string, PropertyValue | DateValue] => v[1] !== undefined);
	if (!block) {
		if (wanted.length === 0) return text;
		return renderFrontmatter(wanted) + text;
	}
	const { lines, start, eol } = block;
	let { end } = block;
	for (const [key, value] of wanted) {
		const next = propertyLines(key, value);
		const at = entries(lines, start, end).get(key);
		if (at) {
			const now = lines.slice(at.from, at.to);
			if (now.length === next.length && now.every((l, i) => l === next[i])) continue;
			lines.splice(at.from, at.to - at.from, ...next);
			end += next.length - (at.to - at.from);
		} else {
			lines.splice(end, 0, ...next);
			end += next.length;
		}
	}
	return lines.join(eol);
}
