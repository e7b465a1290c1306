import type { RadarPaper } from "./radar-index";
import { managedContent } from "../notes/managed-block";
import { labelsFor } from "../notes/labels";
import { readArxivId, readStringList, PAPER_PROPERTIES } from "../notes/paper-schema";
import { linkName } from "../notes/note-links";

/** Headings of the parts the radar reads, in every note language: the abstract and the summary. */
const READ_HEADINGS: ReadonlySet<string> = new Set((["en", "ko"] as const).flatMap((l) => [labelsFor(l).abstract, labelsFor(l).summary]).map((h) => h.toLowerCase()));

/** An abstract's or a summary's heading, as the built-in layouts write it or in words ("Abstract", "Summary:"). */
function isReadHeading(text: string): boolean {
	const t = text.trim().toLowerCase();
	return READ_HEADINGS.has(t) || /^[^\p{L}]*(abstract|summary)\b/u.test(t);
}

/** Link and Markdown marks out: a link reads as its text; URLs and emphasis go. */
function plainText(text: string): string {
	return text
		.replace(/\[\[([^[\]|]*)\|([^[\]]*)\]\]/g, "$2")
		.replace(/\[\[([^[\]]*)\]\]/g, (_m, target: string) => target.split("/").pop() ?? target)
		.replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
		.replace(/https?:\/\/\S+/g, " ")
		.replace(/[#*_`]+/g, " ");
}

/**
 * A line of links with spaces or a separator between them. Each space can be taken by one quantifier only
 * (`\s*(?:[·,|-]\s*)?` after each link), so a long line that is not all links fails at once: with a space
 * quantifier on both sides of a link, 20 links and a word took 45 s.
 */
export const LINKS_ONLY = /^\s*(?:(?:\[[^\]]*\]\([^)]*\)|\[\[[^\]]*\]\])\s*(?:[·,|-]\s*)?)*$/;

/** A line of a layout the plugin does not know, without its marks: callout markers and a leading label go, the text stays. */
function contentOf(line: string): string {
	// A callout's title line is the layout's ("> [!info] Authors"); its content lines are text.
	if (/^\s*(>\s?)+\[![\w-]+\]/.test(line)) return "";
	const text = line.replace(/^\s*(>\s?)+/, "").replace(/^\*\*[^*]+\*\*:?\s*/, "");
	// Nothing but links ("[PDF](…) · [Abstract](…)"): where to read the paper, not what it says.
	return LINKS_ONLY.test(text) ? "" : text;
}

/**
 * What the radar reads of a generated note: the text under the abstract's heading (and the
 * summary's), when the layout has an abstract heading; otherwise the generated text without its
 * headings, callout markers and leading labels ("**Abstract:** …" keeps its text). The built-in
 * layouts' metadata (authors, dates, links) sits outside those sections, so it never counts.
 */
function paperBody(managed: string): string {
	const lines = managed.split("\n");
	const headings = lines.map((l) => /^#{1,6}\s+(.*)$/.exec(l)?.[1]);
	if (headings.some((h) => h !== undefined && /abstract/i.test(h) && isReadHeading(h))) {
		const read: string[] = [];
		let reading = false;
		lines.forEach((line, i) => {
			const heading = headings[i];
			if (heading !== undefined) reading = isReadHeading(heading);
			else if (reading) read.push(line);
		});
		return plainText(read.join("\n"));
	}
	return plainText(
		lines
			.filter((l, i) => headings[i] === undefined && !/^\s*(%%|---\s*$)/.test(l))
			.map(contentOf)
			.join("\n"),
	);
}

/**
 * A paper note as the radar reads it: its title and keyword names from the properties, and its
 * abstract (and summary, when a language model wrote one) from the generated part of the note.
 */
export function radarPaperOfNote(properties: Record<string, unknown> | null, text: string): RadarPaper | undefined {
	const id = readArxivId(properties);
	if (id === undefined) return undefined;
	const title = properties?.[PAPER_PROPERTIES.title];
	const keywords = readStringList(properties?.[PAPER_PROPERTIES.keywords]).map(linkName);
	return { id, title: typeof title === "string" ? title : "", abstract: paperBody(managedContent(text) ?? ""), keywords };
}
