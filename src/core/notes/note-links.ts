/**
 * Links as a note's text writes them, and the notes they point to, resolved the way Obsidian
 * resolves them (a path, a relative path, or a note's unique name) against an import's snapshot.
 */
import { basename, pathKey } from "./paths";
import type { VaultSnapshot } from "./vault-snapshot";

/** The links of a managed section: `[[target|…]]` and `[…](target)`, as written. */
export function linksIn(text: string): string[] {
	// No "[" inside: a run of "[" with no "]" is then passed over once, not scanned to its end from each one.
	return [...text.matchAll(/\[\[[^[\]]+\]\]|\[[^[\]]*\]\([^()\s]+\)/g)].map((m) => m[0]);
}

/** `[[keywords/broad/X|X]]`, `[[X]]` or `[X](keywords/broad/X.md)` -> the link's path part. */
export function linkTarget(link: string): string | undefined {
	const wiki = /^\[\[([^|\]#]+)/.exec(link.trim());
	if (wiki?.[1]) return wiki[1].trim();
	const md = /^\[[^\]]*\]\(([^)#]+)\)$/.exec(link.trim());
	if (!md?.[1]) return undefined;
	try {
		return decodeURI(md[1].trim()).replace(/\.md$/, "");
	} catch {
		return undefined; // a malformed %-escape: no note of ours
	}
}

/**
 * The name a link shows (`[[authors/Jane Doe|Jane Doe]]` -> `Jane Doe`, `[[keywords/broad/Robotics]]`
 * -> `Robotics`, `[Jane Doe](Jane%20Doe.md)` -> `Jane Doe`), or the text itself when it is no link.
 */
export function linkName(value: string): string {
	const wiki = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/.exec(value.trim());
	if (wiki) return (wiki[2] ?? wiki[1]?.split("/").pop() ?? value).trim();
	const md = /^\[([^\]]*)\]\([^)]*\)$/.exec(value.trim());
	return (md?.[1] ?? value).trim();
}

/** The note a link in `sourcePath` points to, as Obsidian resolves it (path, relative path, or a unique name). */
export function resolveLink(link: string, sourcePath: string, snapshot: VaultSnapshot): string | undefined {
	const target = linkTarget(link);
	// A URL (`https://arxiv.org/abs/…`) is never a note, whatever its last part is called.
	if (target === undefined || /^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
	const folder = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")) : "";
	const candidates = [target];
	if (target.startsWith("./") || target.startsWith("../")) {
		const parts = folder === "" ? [] : folder.split("/");
		for (const part of target.split("/")) {
			if (part === "..") parts.pop();
			else if (part !== ".") parts.push(part);
		}
		candidates.unshift(parts.join("/"));
	}
	for (const c of candidates) {
		const hit = snapshot.realPaths.get(pathKey(`${c}.md`)) ?? snapshot.realPaths.get(pathKey(c));
		if (hit !== undefined) return hit;
	}
	return snapshot.names.get(pathKey(basename(target)));
}

