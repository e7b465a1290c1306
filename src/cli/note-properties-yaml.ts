import { parseDocument } from "yaml";
import { withoutBom } from "../core/notes/text-form";

/** The frontmatter block: from a first line `---` to the next line that is `---` (a value such as `sep: ---` does not end it). */
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A note's properties as the CLI reads them (YAML that does not parse: none, as Obsidian indexes it). */
export function readProperties(text: string): Record<string, unknown> | null {
	const match = FRONTMATTER.exec(withoutBom(text));
	if (!match) return null;
	const doc = parseDocument(match[1] ?? "");
	if (doc.errors.length > 0) return null;
	const data: unknown = doc.toJS();
	return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}
