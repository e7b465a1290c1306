/** Canonical https links for a paper (the Atom feed's own links are http). */
export function absUrl(id: string): string {
	return `https://arxiv.org/abs/${id}`;
}

/** arXiv's HTML version of a paper (rendered from its LaTeX source, when arXiv could). */
export function htmlUrl(id: string): string {
	return `https://arxiv.org/html/${id}`;
}

export function pdfUrl(id: string): string {
	return `https://arxiv.org/pdf/${id}`;
}

// Kept as they are in a link destination: letters, digits, and punctuation that means nothing to
// Markdown, Obsidian or a URL's structure (`_` is literal in a destination). Everything else is
// percent-encoded: `(` `)` `<` `>` and spaces (they end a Markdown link destination), `\` `[` `]`
// `` ` `` `*` `$` `|` `^` (Markdown and Obsidian syntax), `&` (an entity in a destination is decoded), `%` `#` `?` `"` `{` `}`, and
// every character beyond ASCII (as UTF-8).
const URL_SAFE = /^[A-Za-z0-9\-._~/:;,=@+!']$/;

/** `text` percent-encoded for use inside a URL path that will be a Markdown link destination. */
export function encodeLinkPath(text: string): string {
	let out = "";
	for (const ch of text.replace(/\p{Cs}/gu, "\uFFFD")) {
		const cp = ch.codePointAt(0) ?? 0;
		if (URL_SAFE.test(ch)) out += ch;
		else if (cp < 0x80) out += `%${cp.toString(16).toUpperCase().padStart(2, "0")}`;
		else out += encodeURIComponent(ch);
	}
	return out;
}

/**
 * The https://doi.org/ link of a DOI, safe as a Markdown link destination: `10.1002/(SICI)1097` ->
 * `https://doi.org/10.1002/%28SICI%291097`. doi.org decodes the percent-encoding back to the DOI.
 */
export function doiUrl(doi: string): string {
	return `https://doi.org/${encodeLinkPath(doi.trim())}`;
}
