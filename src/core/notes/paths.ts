/**
 * File and folder names that are valid on every OS Obsidian runs on, and paths that can never
 * leave the folder they are meant for.
 */

// Forbidden by Windows, macOS or Android file systems, or meaningful in Obsidian links.
const FORBIDDEN = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
export const MAX_NAME_LENGTH = 100;

/** A single path segment made safe: forbidden characters become spaces, no leading dot, capped length. */
export function safeFileName(raw: string, fallback = "Untitled"): string {
	let name = raw.normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
	name = name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
	if (Array.from(name).length > MAX_NAME_LENGTH) {
		const cut = Array.from(name).slice(0, MAX_NAME_LENGTH).join("");
		const lastSpace = cut.lastIndexOf(" ");
		name = (lastSpace > MAX_NAME_LENGTH * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[.\s]+$/, "");
	}
	if (name === "" || WINDOWS_RESERVED.test(name)) name = name === "" ? fallback : `${name} (note)`;
	return name;
}

export class UnsafeFolderError extends Error {
	constructor(setting: string, value: string) {
		super(`The ${setting} folder "${value}" is not a folder inside the vault: use a relative path such as "papers" without ".." or a drive letter.`);
		this.name = "UnsafeFolderError";
	}
}

/** A configured folder as a clean vault path ("" is the vault root). Rejects anything that climbs out. */
export function cleanFolder(setting: string, value: string): string {
	const parts = value.replace(/\\/g, "/").split("/").map((p) => p.trim()).filter((p) => p !== "" && p !== ".");
	if (parts.some((p) => p === ".." || /^[a-z]:$/i.test(p))) throw new UnsafeFolderError(setting, value);
	return parts.join("/");
}

export function joinPath(folder: string, ...segments: string[]): string {
	return [folder, ...segments].filter((s) => s !== "").join("/");
}

/** True when `path` is strictly inside `folder` (or anywhere, for the vault root ""). */
export function isInside(folder: string, path: string): boolean {
	if (path.split("/").some((p) => p === ".." || p === ".")) return false;
	return folder === "" ? !path.startsWith("/") : path.startsWith(folder + "/");
}

/** Lower-cased key: Obsidian treats paths that differ only in case as the same file on most systems. */
export function pathKey(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

export function basename(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.endsWith(".md") ? file.slice(0, -3) : file;
}
