import type { Enrichment } from "../model";
import { labelsFor, type NoteLabels } from "./labels";
import { managedContent } from "./managed-block";

/**
 * Reads back what a language model added to a paper note (translated title and abstract, summary,
 * key points) so that a re-import without a model keeps it instead of dropping it. Only the managed
 * block is read: a "## Summary" the user wrote above or below it is the user's, not the model's.
 */

const LABEL_SETS: NoteLabels[] = [labelsFor("en"), labelsFor("ko")];

/** Undoes escapeInline: the renderer escapes again when it writes the text back. */
export function unescapeInline(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

function section(lines: string[], heading: string): string[] | undefined {
	const start = lines.findIndex((l) => l.trimEnd() === `## ${heading}`);
	if (start === -1) return undefined;
	const body: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,2}\s/.test(line) || line.trim() === "---") break;
		body.push(line);
	}
	return body.map((l) => l.trim()).filter((l) => l !== "");
}

export function readEnrichment(noteText: string): Enrichment | undefined {
	const block = managedContent(noteText);
	if (block === undefined) return undefined;
	const lines = block.split("\n");
	const found: Enrichment = {};
	for (const labels of LABEL_SETS) {
		const title = lines.find((l) => l.startsWith(`**${labels.translatedTitle}:** `));
		if (title && found.titleTranslated === undefined) found.titleTranslated = unescapeInline(title.slice(labels.translatedTitle.length + 6).trim());
		const abstract = section(lines, labels.abstractTranslated);
		if (abstract?.length && found.abstractTranslated === undefined) found.abstractTranslated = unescapeInline(abstract.join(" "));
		const summary = section(lines, labels.summary);
		if (summary?.length && found.summary === undefined) found.summary = unescapeInline(summary.join(" "));
		const points = section(lines, labels.keyPoints);
		if (points?.length && found.keyPoints === undefined) found.keyPoints = points.map((p) => unescapeInline(p.replace(/^\d+[.)]\s*/, "")));
	}
	return Object.keys(found).length > 0 ? found : undefined;
}
