import { KeywordIndex } from "../keywords/normalize";
import type { VaultPort } from "../ports";
import { basename, pathKey } from "./paths";

/** What the planner needs to know about the vault before an import: read once, before any write. */
export interface VaultSnapshot {
	/** arXiv ID (no version) -> path of the note that already holds the paper, anywhere in the vault. */
	papers: Map<string, string>;
	keywords: KeywordIndex;
	/** Lower-cased paths of every Markdown file, for case-insensitive clash checks. */
	paths: Set<string>;
}

function stringList(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
	return [];
}

export async function readVaultSnapshot(vault: VaultPort, keywordsFolder: string): Promise<VaultSnapshot> {
	const papers = new Map<string, string>();
	const keywords = new KeywordIndex();
	const paths = new Set<string>();
	const keywordPrefix = keywordsFolder === "" ? "" : keywordsFolder + "/";
	for (const path of await vault.listMarkdown("")) {
		paths.add(pathKey(path));
		const inKeywords = path.startsWith(keywordPrefix);
		const fm = await vault.frontmatter(path);
		const id = fm?.["arxiv_id"];
		if (typeof id === "string" || typeof id === "number") {
			// A hand-written unquoted ID may have been read as a number; the string form is what matters.
			if (!papers.has(String(id))) papers.set(String(id), path);
		} else if (inKeywords) {
			keywords.add(path, basename(path), stringList(fm?.["aliases"]));
		}
	}
	return { papers, keywords, paths };
}
