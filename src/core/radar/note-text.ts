import type { RadarPaper } from "./radar-index";
import { managedContent } from "../notes/managed-block";
import { labelsFor } from "../notes/labels";
import { readArxivId, readStringList, PAPER_PROPERTIES } from "../notes/paper-schema";
import { linkTarget } from "../notes/note-links";

/** Headings of the parts the radar reads, in every note language: the abstract and the summary. */
const READ_HEADINGS: ReadonlySet<string> = new Set((["en", "ko"] as const).flatMap((l) => [labelsFor(l).abstract, labelsFor(l).summary]).map((h) => h.toLowerCase()));

/** Link and Markdown marks out: a link reads as its text; URLs and emphasis go. */
function plainText(text: string): string {
	return text
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/\[\[([^\]]*)\]\]/g, (_m, target: string) => target.split("/").pop() ?? target)
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/https?:\/\/\S+/g, " ")
		.replace(/[#*_`]+/g, " ");
}

/**
 * What the radar reads of a generated note: the text under the abstract and summary headings of the
 * built-in layouts; with a layout of the user's that has neither, the generated text without its
 * headings, callout lines and label lines ("**Published**: …"), so layout words never count as the
 * paper's.
 */
function paperBody(managed: string): string {
	const lines = managed.split("\n");
	const read: string[] = [];
	let reading = false;
	let found = false;
	for (const line of lines) {
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		if (heading) {
			reading = READ_HEADINGS.has((heading[1] ?? "").trim().toLowerCase());
			found ||= reading;
			continue;
		}
		if (reading) read.push(line);
	}
	if (found) return plainText(read.join("\n"));
	return plainText(lines.filter((l) => !/^\s*(#|>|%%|---|\*\*[^*]+\*\*:?|\*[^*]+\*$)/.test(l)).join("\n"));
}

/**
 * A paper note as the radar reads it: its title and keyword names from the properties, and its
 * abstract (and summary, when a language model wrote one) from the generated part of the note.
 */
export function radarPaperOfNote(properties: Record<string, unknown> | null, text: string): RadarPaper | undefined {
	const id = readArxivId(properties);
	if (id === undefined) return undefined;
	const title = properties?.[PAPER_PROPERTIES.title];
	const keywords = readStringList(properties?.[PAPER_PROPERTIES.keywords]).map((link) => {
		const alias = /\|([^\]]+)\]\]$/.exec(link)?.[1] ?? /^\[([^\]]*)\]\(/.exec(link)?.[1];
		return (alias ?? linkTarget(link)?.split("/").pop() ?? link).trim();
	});
	return { id, title: typeof title === "string" ? title : "", abstract: paperBody(managedContent(text) ?? ""), keywords };
}
