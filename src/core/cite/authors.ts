/** Author names as arXiv gives them ("First Middle Last"), for BibTeX and citation keys. */

/** Names of groups, not people (`H1 Collaboration`, `ATLAS Consortium`). */
const GROUP_WORDS =
	/\b(collaboration|consortium|team|group|collective|committee|project|initiative|network|organi[sz]ation|association|society|institute|laboratory|council|foundation|alliance)\b/i;

const SUFFIXES: ReadonlySet<string> = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

export function isGroupName(name: string): boolean {
	return GROUP_WORDS.test(name);
}

/** The family name: the last word, past a `Jr.` or `III`; a group's whole name. */
export function familyName(name: string): string {
	const words = name.trim().split(/\s+/).filter((w) => w !== "");
	if (isGroupName(name)) return words.join(" ");
	while (words.length > 1 && SUFFIXES.has((words[words.length - 1] ?? "").toLowerCase().replace(/,$/, ""))) words.pop();
	return (words[words.length - 1] ?? "").replace(/,$/, "");
}
