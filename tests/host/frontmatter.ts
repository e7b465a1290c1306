/**
 * `FileManager.processFrontMatter` on a note's text: parse the YAML block, let `fn` mutate the
 * object, write it back. The body after the closing `---` line is kept byte for byte; keys `fn`
 * does not touch keep their values and order; a note without frontmatter gets a block; YAML that
 * does not parse throws the `yaml` package's YAMLParseError (the error type obsidian.d.ts names)
 * before anything is written. Strings that look like numbers (arXiv IDs such as "2401.00010") are
 * written quoted, so they stay strings.
 */
import { parse, stringify } from "yaml";

const BLOCK = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface SplitNote {
	readonly exists: boolean;
	readonly yaml: string;
	readonly body: string;
}

export function splitFrontmatter(text: string): SplitNote {
	const match = BLOCK.exec(text);
	if (!match) return { exists: false, yaml: "", body: text };
	return { exists: true, yaml: match[1] ?? "", body: text.slice(match[0].length) };
}

export function parseFrontmatterYaml(yaml: string): Record<string, unknown> {
	if (yaml.trim() === "") return {};
	const parsed: unknown = parse(yaml);
	if (parsed === null || parsed === undefined) return {};
	if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("The frontmatter is not a YAML mapping.");
	return parsed as Record<string, unknown>;
}

/** The YAML the host writes: double quotes where needed, no line folding. */
export function stringifyFrontmatter(frontmatter: Record<string, unknown>): string {
	return stringify(frontmatter, { lineWidth: 0 });
}

export function processFrontmatterText(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
	const note = splitFrontmatter(text);
	const frontmatter = parseFrontmatterYaml(note.yaml);
	fn(frontmatter);
	if (Object.keys(frontmatter).length === 0) return note.exists ? note.body : text;
	return `---\n${stringifyFrontmatter(frontmatter)}---\n${note.body}`;
}
