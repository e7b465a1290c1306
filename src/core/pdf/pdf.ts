import { safeFileName } from "../notes/paths";

/**
 * Checks on a downloaded PDF: arXiv answers some PDF requests with an HTML page (a withdrawn paper,
 * a rate-limit or "not available" page), and a PDF may be larger than the user allows.
 */

/** Always https, whatever link the Atom feed gave (its `pdf` link is http). */
export function pdfDownloadUrl(id: string): string {
	return `https://arxiv.org/pdf/${id.replace(/v\d+$/, "")}`;
}

/** `<note name>.pdf`, safe as a file name. */
export function pdfFileName(noteBasename: string): string {
	return `${safeFileName(noteBasename, "paper")}.pdf`;
}

const MB = 1024 * 1024;

export const megabytes = (bytes: number): string =>
	bytes < MB / 10 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Number((bytes / MB).toFixed(1))} MB`;

/** True when the bytes start (after optional whitespace) with the `%PDF-` signature. */
export function isPdf(bytes: ArrayBuffer): boolean {
	const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 1024));
	let i = 0;
	while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
	const magic = [0x25, 0x50, 0x44, 0x46, 0x2d];
	return magic.every((b, k) => head[i + k] === b);
}

/** The problem with a content-length before the body is used, or undefined when it fits. */
export function sizeProblem(bytes: number, maxMb: number): string | undefined {
	if (!Number.isFinite(bytes) || bytes <= maxMb * MB) return undefined;
	return `the PDF is ${megabytes(bytes)}, more than the ${maxMb} MB limit (raise "Largest PDF" in the settings to download it)`;
}

/** The title of an HTML page, to say what arXiv answered instead of a PDF. */
function htmlTitle(bytes: ArrayBuffer): string | undefined {
	const text = new TextDecoder("utf-8", { fatal: false }).decode(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 8192)));
	const m = /<title[^>]*>([^<]*)<\/title>/i.exec(text);
	const title = m?.[1]?.replace(/\s+/g, " ").trim();
	return title === "" ? undefined : title;
}

/**
 * Why a PDF answer cannot be saved, or undefined when it can: an HTTP error, a body over the size
 * cap, or something that is not a PDF (arXiv's HTML pages for withdrawn papers and rate limits).
 */
export function pdfProblem(status: number, headers: Record<string, string>, bytes: ArrayBuffer, maxMb: number): string | undefined {
	if (status === 404) return "arXiv has no PDF for this paper (HTTP 404)";
	if (status === 429 || status === 503) return `arXiv asked to slow down (HTTP ${status}): try again in a few minutes`;
	if (status < 200 || status >= 300) return `arXiv answered HTTP ${status} instead of the PDF`;
	const tooBig = sizeProblem(bytes.byteLength, maxMb);
	if (tooBig) return tooBig;
	if (isPdf(bytes)) return undefined;
	const type = headers["content-type"] ?? "";
	const looksHtml = /html/i.test(type) || htmlTitle(bytes) !== undefined;
	if (looksHtml) {
		const title = htmlTitle(bytes);
		return `arXiv sent a web page instead of the PDF${title ? ` ("${title}")` : ""}: the paper may be withdrawn, or arXiv is limiting requests; open the abstract page to check, and try again later`;
	}
	return `arXiv's answer is not a PDF${type ? ` (${type})` : ""}: try again later`;
}
