import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { parseNoteTemplateAt, resolveTemplate, TemplateNoteError, type TemplateChoice } from "../core/layout/note-template";
import type { LayoutSettings } from "../core/layout/layout-settings";
import type { VaultPort } from "../core/ports";
import { errorMessage } from "../core/words";

/**
 * `--template <file>`: a template file on disk (its frontmatter ignored), read and checked before
 * anything is fetched. Without it, the template note of the vault's plugin settings, if any.
 * A mistake throws TemplateNoteError (the CLI exits with 2 and prints the line and the fix).
 */
export async function cliTemplate(file: string | undefined, vault: VaultPort, layout: LayoutSettings): Promise<TemplateChoice> {
	if (file === undefined) return (await resolveTemplate(vault, layout.templatePath, undefined)) ?? "built-in";
	let text: string;
	try {
		text = await fs.readFile(nodePath.resolve(file), "utf8");
	} catch (error) {
		throw new TemplateNoteError(file, `--template ${file}: cannot read the file (${errorMessage(error)}).`);
	}
	return parseNoteTemplateAt(file, text);
}

export { TemplateNoteError };
