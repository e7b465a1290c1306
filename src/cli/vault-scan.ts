import * as fs from "node:fs";
import * as nodePath from "node:path";

/** Every Markdown file of a vault (not in dot folders) with its size and time, and the folder listings read on the way. */
export interface VaultScan {
	/** Paths relative to the root, with `/`, sorted. */
	files: { path: string; size: number; mtimeMs: number }[];
	/** Absolute folder -> the names in it (dot entries too), as `readdir` gave them. */
	listings: [string, string[]][];
}

/** The vault's Markdown files with their sizes and times, and every folder listing read on the way. */
export function scanVault(root: string): VaultScan {
	const files: VaultScan["files"] = [];
	const listings: VaultScan["listings"] = [];
	// A note's path is joined by hand: path.join's normalising costs more than the stat at 13,000
	// notes, and `base` is resolved and the names come from readdir. A folder's is path.join's, as the
	// vault's own listings are keyed (a Windows path has backslashes).
	const base = nodePath.resolve(root);
	const visit = (rel: string): void => {
		const dir = nodePath.join(base, rel);
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		listings.push([dir, entries.map((e) => e.name)]);
		const dirs: string[] = [];
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory()) dirs.push(child);
			else if (entry.isFile() && entry.name.endsWith(".md")) {
				// Synchronous: thousands of small calls, each far cheaper than a round trip through the thread pool.
				const st = fs.statSync(`${base}/${child}`, { throwIfNoEntry: false });
				if (st) files.push({ path: child, size: st.size, mtimeMs: st.mtimeMs });
			}
		}
		for (const child of dirs) visit(child);
	};
	visit("");
	files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { files, listings };
}
