import { parseIdentifiers } from "../arxiv/identifiers";

/** `obsidian://arxiv-atlas?import=<arXiv IDs or links>[&pdf=1]`: the action the plugin registers. */
export const URI_ACTION = "arxiv-atlas";

/** Most papers one link imports: a page cannot start a long import behind the user's back. */
export const URI_MAX_PAPERS = 20;

export type UriImport = { text: string; pdf: boolean } | { problem: string };

/** The papers a link or a command names, checked: `where` names it in a message, `param` says how it takes them. */
function readImport(text: string, pdf: boolean, now: Date, where: string, param: string): UriImport {
	const trimmed = text.trim();
	if (trimmed === "") return { problem: `${where} names no paper: it needs ${param}<arXiv IDs or links>, like ${param}2401.00001.` };
	const { ids } = parseIdentifiers(trimmed, now);
	if (ids.length === 0) return { problem: `${where} names no arXiv paper ("${trimmed.slice(0, 80)}"): it takes arXiv IDs or arxiv.org links.` };
	if (ids.length > URI_MAX_PAPERS) return { problem: `${where} names ${ids.length} papers; it imports at most ${URI_MAX_PAPERS} at a time. Use Import arXiv IDs from a list for more.` };
	return { text: trimmed, pdf };
}

/** What an `obsidian://arxiv-atlas` link asks: the papers to import (IDs, abs, pdf or html links), and the PDF or not. */
export function readImportUri(params: Readonly<Record<string, string>>, now: Date): UriImport {
	return readImport(params["import"] ?? "", params["pdf"] === "1" || params["pdf"] === "true", now, "The arXiv Atlas link", "import=");
}

/** What `obsidian arxiv-atlas:import ids=… [pdf]` asks (Obsidian's command line passes flags as keys). */
export function readImportCommand(params: Readonly<Record<string, string>>, now: Date): UriImport {
	return readImport(params["ids"] ?? "", params["pdf"] !== undefined, now, "arxiv-atlas:import", "ids=");
}

/**
 * A bookmarklet that sends the arXiv page open in the browser (abs, pdf or html) to this vault. It
 * only builds the link: the plugin reads the paper's ID out of it.
 */
export function importBookmarklet(vault: string, pdf: boolean): string {
	const base = `obsidian://${URI_ACTION}?vault=${encodeURIComponent(vault)}${pdf ? "&pdf=1" : ""}&import=`;
	return `javascript:location.href=${JSON.stringify(base)}+encodeURIComponent(location.href)`;
}
