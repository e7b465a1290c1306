import { BLOCK_END, BLOCK_START } from "../notes/managed-block";
import type { VaultPort } from "../ports";
import { parseTemplate, TemplateErrors } from "../template/parse";
import { TemplateError } from "../template/template-error";
import type { Template } from "../template/types";
import { withoutBom } from "../notes/text-form";

/**
 * A template note in the vault: its text (without its own frontmatter) lays out the managed section
 * of every paper note. It is read and checked before an import plans anything, so a mistake is
 * reported with its line and a fix before a single note is written.
 */

/** The vault path of the template note setting: slashes cleaned, `.md` added when missing. */
export function templateNotePath(setting: string): string {
	const path = setting
		.trim()
		.replace(/\\/g, "/")
		.split("/")
		.filter((p) => p !== "" && p !== ".")
		.join("/");
	if (path === "") return "";
	return path.toLowerCase().endsWith(".md") ? path : `${path}.md`;
}

/**
 * The note's text with its frontmatter blanked out line for line, so the line numbers in error
 * messages are the note's own. The blank lines leave nothing behind: the managed section is trimmed.
 */
export function templateSource(noteText: string): string {
	const text = withoutBom(noteText).replace(/\r\n/g, "\n");
	const m = /^---\n[\s\S]*?\n---[ \t]*(\n|$)/.exec(text);
	if (!m) return text;
	const lines = m[0].split("\n").length - (m[1] === "\n" ? 1 : 0);
	return "\n".repeat(lines) + text.slice(m[0].length);
}

/** Parses a template note's text; throws a TemplateError (line, column, fix) for a mistake. */
export function parseNoteTemplate(noteText: string): Template {
	const source = templateSource(noteText);
	const markers = [BLOCK_START.slice(0, 20), BLOCK_END.slice(0, 20)];
	const lines = source.split("\n");
	const at = lines.findIndex((l) => markers.some((m) => l.includes(m)));
	if (at !== -1) {
		throw new TemplateError(
			`the managed section marker on line ${at + 1} cannot be in a template: remove that line (the plugin puts the markers around what the template writes)`,
			at + 1,
			1,
		);
	}
	return parseTemplate(source);
}

/** A template note that cannot be used: missing, or with a mistake (then `templateError` has its line). */
export class TemplateNoteError extends Error {
	constructor(
		readonly path: string,
		message: string,
		readonly templateError?: TemplateError,
	) {
		super(message);
		this.name = "TemplateNoteError";
	}
}

/** Reads and parses the template note at `path` (a vault path); throws TemplateNoteError. */
export async function loadNoteTemplate(vault: VaultPort, path: string): Promise<Template> {
	if (!(await vault.exists(path))) {
		throw new TemplateNoteError(
			path,
			`The template note "${path}" does not exist: create it with "Create template note" in the settings, or clear the setting to use the built-in layout.`,
		);
	}
	return parseNoteTemplateAt(path, await vault.read(path));
}

/** Parses a template note's text, naming the note in the error. */
export function parseNoteTemplateAt(path: string, text: string): Template {
	try {
		return parseNoteTemplate(text);
	} catch (error) {
		if (error instanceof TemplateError) {
			const several = error instanceof TemplateErrors && error.problems.length > 1;
			throw new TemplateNoteError(path, `The template note "${path}" has ${several ? `${error.problems.length} mistakes` : "a mistake"}: ${error.message}`, error);
		}
		throw error;
	}
}

/** What an import uses: a template parsed beforehand, the built-in layout this time, or (unset) the setting's note. */
export type TemplateChoice = Template | "built-in" | undefined;

/** The template for an import: the one given, none for "built-in", else the setting's note (read and checked now). */
export async function resolveTemplate(vault: VaultPort, templatePath: string, choice: TemplateChoice): Promise<Template | undefined> {
	if (choice === "built-in") return undefined;
	if (choice !== undefined) return choice;
	const path = templateNotePath(templatePath);
	return path === "" ? undefined : loadNoteTemplate(vault, path);
}
