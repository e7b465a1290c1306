/**
 * `normalizePath` as Obsidian documents and implements it (obsidian.d.ts: "use normalizePath to
 * normalize beforehand"; the steps below are those of Obsidian's own implementation, see
 * tests/README.md): every run of `/` or `\` becomes one `/`, leading and trailing slashes go,
 * an empty result is `/` (the vault root), non-breaking and narrow no-break spaces become plain
 * spaces, and the string is put in Unicode NFC form (macOS hands out NFD file names).
 *
 * obsidian-test-mocks 3.11.0 only does the slash steps: `normalizePath("")` gives `""` there, and
 * NBSP / NFD input passes through unchanged.
 */
export function normalizePath(path: string): string {
	let out = path.replace(/[\\/]+/g, "/");
	out = out.replace(/^\/+|\/+$/g, "");
	if (out === "") out = "/";
	out = out.replace(/[\u00A0\u202F]/g, " ");
	return out.normalize("NFC");
}

/** The folder part of a vault path (`""` for a file at the root). */
export function parentOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash <= 0 ? "" : path.slice(0, slash);
}

/** `..`-style relative path from a folder to a path, both vault-absolute. */
export function relativePath(fromFolder: string, to: string): string {
	const from = fromFolder === "" || fromFolder === "/" ? [] : fromFolder.split("/");
	const target = to.split("/");
	let common = 0;
	while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
	const ups = from.length - common;
	return [...Array<string>(ups).fill(".."), ...target.slice(common)].join("/");
}
