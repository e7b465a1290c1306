/** Canonical https links for a paper (the Atom feed's own links are http). */
export function absUrl(id: string): string {
	return `https://arxiv.org/abs/${id}`;
}

export function pdfUrl(id: string): string {
	return `https://arxiv.org/pdf/${id}`;
}
