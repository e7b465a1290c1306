/**
 * Writes a YAML frontmatter block for a new note. Every string is a JSON string, which YAML 1.2
 * reads back as the same string: `2401.00010` stays text, `: ---` and quotes cannot break the block.
 * Existing notes are never rewritten here: their properties are edited line by line (frontmatter-edit.ts).
 */

export type PropertyValue = string | number | boolean | string[] | null;

function scalar(value: string | number | boolean | null): string {
	if (value === null) return "";
	if (typeof value === "string") return JSON.stringify(value);
	return String(value);
}

/** Dates (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss`) are written bare so Obsidian types them as dates. */
export class DateValue {
	constructor(readonly iso: string) {}
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

export function renderFrontmatter(props: ReadonlyArray<readonly [string, PropertyValue | DateValue | undefined]>): string {
	const lines = ["---"];
	for (const [key, value] of props) {
		if (value === undefined) continue;
		if (value instanceof DateValue) {
			lines.push(`${key}: ${ISO_DATE.test(value.iso) ? value.iso : JSON.stringify(value.iso)}`);
		} else if (Array.isArray(value)) {
			if (value.length === 0) {
				lines.push(`${key}: []`);
			} else {
				lines.push(`${key}:`);
				for (const item of value) lines.push(`  - ${JSON.stringify(item)}`);
			}
		} else {
			lines.push(`${key}: ${scalar(value)}`.trimEnd());
		}
	}
	lines.push("---");
	return lines.join("\n") + "\n";
}
