// Note texts for the keyword view tests (no obsidian import, so the browser tests can use them too).

/** A paper note as the importer writes it (the properties the view reads). */
export function paperNote(id: string, title: string, published: string, keywords: string[], author = "Ada Lovelace"): string {
	return [
		"---",
		`title: "${title}"`,
		"authors:",
		`  - ${author}`,
		`arxiv_id: "${id}"`,
		`published: ${published}`,
		"keywords:",
		...keywords.map((k) => `  - "[[${k}|${k.split("/").pop() ?? k}]]"`),
		"---",
		"",
		"Body",
		"",
	].join("\n");
}

export const keywordNote = (category: string): string => `---\ncategory: ${category}\naliases: []\n---\n\nPapers:\n`;
