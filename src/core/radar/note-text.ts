import type { RadarPaper } from "./radar-index";
import { managedContent } from "../notes/managed-block";
import { readArxivId, readStringList, PAPER_PROPERTIES } from "../notes/paper-schema";
import { linkTarget } from "../notes/note-links";

/**
 * A paper note as the radar reads it: its title and keyword names from the properties, and the
 * generated part of the note as text (the abstract, and the model's summary when there is one),
 * whatever the layout: links read as their text, URLs and Markdown marks left out.
 */
export function radarPaperOfNote(properties: Record<string, unknown> | null, text: string): RadarPaper | undefined {
	const id = readArxivId(properties);
	if (id === undefined) return undefined;
	const title = properties?.[PAPER_PROPERTIES.title];
	const keywords = readStringList(properties?.[PAPER_PROPERTIES.keywords]).map((link) => {
		const alias = /\|([^\]]+)\]\]$/.exec(link)?.[1] ?? /^\[([^\]]*)\]\(/.exec(link)?.[1];
		return (alias ?? linkTarget(link)?.split("/").pop() ?? link).trim();
	});
	const body = (managedContent(text) ?? "")
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/\[\[([^\]]*)\]\]/g, (_m, target: string) => target.split("/").pop() ?? target)
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/https?:\/\/\S+/g, " ")
		.replace(/[#*_>`%]+/g, " ");
	return { id, title: typeof title === "string" ? title : "", abstract: body, keywords };
}
