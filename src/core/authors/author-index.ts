import { basename, joinPath, pathKey, safeFileName } from "../notes/paths";
import type { VaultPort } from "../ports";
import { readArxivId, readStringList } from "../notes/paper-schema";

/**
 * The author notes of a vault (`authors/<Name>.md`), found by name or alias. A name is matched as
 * written (case and Unicode form aside): there is no automatic matching of name variants, so
 * "A. Smith" and "Alice Smith" stay two notes until the user merges them ("Merge author into…"
 * makes the merged name an alias, and later imports link the kept note).
 */
export class AuthorIndex {
	private readonly byName = new Map<string, string>();

	constructor(readonly folder: string) {}

	static key(name: string): string {
		return name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
	}

	add(path: string, names: readonly string[]): void {
		for (const name of names) {
			const key = AuthorIndex.key(name);
			if (key !== "" && !this.byName.has(key)) this.byName.set(key, path);
		}
	}

	find(name: string): string | undefined {
		return this.byName.get(AuthorIndex.key(name));
	}

	/** Whether `path` is one of the author notes. */
	has(path: string): boolean {
		const key = pathKey(path);
		return [...this.byName.values()].some((p) => pathKey(p) === key);
	}
}

/** Reads the author notes in `folder`: each by its file name and its `aliases`. */
export async function readAuthorIndex(vault: VaultPort, folder: string): Promise<AuthorIndex> {
	const index = new AuthorIndex(folder);
	const prefix = folder === "" ? "" : `${folder}/`;
	for (const path of await vault.listMarkdown(folder)) {
		if (!path.startsWith(prefix)) continue;
		const fm = await vault.frontmatter(path);
		if (readArxivId(fm) !== undefined) continue;
		index.add(path, [basename(path), ...readStringList(fm?.["aliases"])]);
	}
	return index;
}

export interface LinkedAuthor {
	/** The name as the paper writes it. */
	name: string;
	/** Its author note (existing or about to be created). */
	path: string;
}

/**
 * The author note of each name: the one the index knows, or a new `folder/<Name>.md` with the name
 * made safe like a keyword's. A file of that name that is not an author note keeps its name: the
 * author gets `<Name> (author).md`. `taken` tells whether a path is used (in the vault or this import).
 */
export function linkAuthors(names: readonly string[], index: AuthorIndex, taken: (path: string) => boolean, claim: (path: string) => void): LinkedAuthor[] {
	const out: LinkedAuthor[] = [];
	const seen = new Set<string>();
	for (const name of names) {
		let path = index.find(name);
		if (path === undefined) {
			const safe = safeFileName(name, "Author");
			path = joinPath(index.folder, `${safe}.md`);
			if (taken(path) && !index.has(path)) path = joinPath(index.folder, `${safe} (author).md`);
			for (let n = 2; taken(path) && !index.has(path); n++) path = joinPath(index.folder, `${safe} (author ${n}).md`);
			index.add(path, [name]);
			claim(path);
		}
		if (seen.has(pathKey(path))) continue;
		seen.add(pathKey(path));
		out.push({ name, path });
	}
	return out;
}
