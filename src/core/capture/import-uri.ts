import { parseIdentifiers } from "../arxiv/identifiers";

/** `obsidian://arxiv-atlas?import=<arXiv IDs or links>[&pdf=1]`: the action the plugin registers. */
export const URI_ACTION = "arxiv-atlas";

/** Most papers one link imports: a page cannot start a long import behind the user's back. */
export const URI_MAX_PAPERS = 20;

export type UriImport = { text: string; pdf: boolean } | { problem: string };

/** What an `obsidian://arxiv-atlas` link asks: the papers to import (IDs, abs, pdf or html links), and the PDF or not. */
export function readImportUri(params: Readonly<Record<string, string>>, now: Date): UriImport {
	const text = (params["import"] ?? "").trim();
	if (text === "") return { problem: "The arXiv Atlas link names no paper: it needs import=<arXiv IDs or links>, like obsidian://arxiv-atlas?import=2401.00001." };
	const { ids } = parseIdentifiers(text, now);
	if (ids.length === 0) return { problem: `The arXiv Atlas link names no arXiv paper ("${text.slice(0, 80)}"): it takes arXiv IDs or arxiv.org links.` };
	if (ids.length > URI_MAX_PAPERS) return { problem: `The arXiv Atlas link names ${ids.length} papers; one link imports at most ${URI_MAX_PAPERS}. Use Import arXiv IDs from a list for more.` };
	return { text, pdf: params["pdf"] === "1" || params["pdf"] === "true" };
}

/**
 * A bookmarklet that sends the arXiv page open in the browser (abs, pdf or html) to this vault. It
 * only builds the link: the plugin reads the paper's ID out of it.
 */
export function importBookmarklet(vault: string, pdf: boolean): string {
	const base = `obsidian://${URI_ACTION}?vault=${encodeURIComponent(vault)}${pdf ? "&pdf=1" : ""}&import=`;
	return `javascript:location.href=${JSON.stringify(base)}+encodeURIComponent(location.href)`;
}
