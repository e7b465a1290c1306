/**
 * File and folder names that are valid on every OS Obsidian runs on, and paths that can never
 * leave the folder they are meant for.
 */

import { trimEndWhere, trimStartWhere } from "../text-ends";

// Forbidden by Windows, macOS or Android file systems, or meaningful in Obsidian links; lone
// surrogates (not text, and no file system stores them) and bidi controls (they make a name read
// in another order than it is stored).
const FORBIDDEN = /[\\/:*?"<>|#^[\]\p{Cc}\p{Cs}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Windows device names: refused as a file's name whatever extension follows the first dot
 * (`NUL.txt`, `AUX.tar.gz`), in any case, with trailing spaces ignored (`CON .md`). Windows also
 * counts the superscript digits ¹ ² ³ as digits here (`COM¹`).
 */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9\u00B9\u00B2\u00B3]|lpt[0-9\u00B9\u00B2\u00B3]|conin\$|conout\$)$/i;

/** At most this many characters (code points) in a name, for names that still read in a list. */
export const MAX_NAME_LENGTH = 100;

/** What a file name may hold: ext4, APFS and most Linux/Android file systems count 255 UTF-8 bytes (NTFS 255 UTF-16 units, never more than the bytes). */
export const MAX_FILE_NAME_BYTES = 255;

/**
 * Bytes kept free after a name from `safeFileName` for what the code adds to it: a clash suffix
 * such as ` (<arXiv id>) <n>` or ` (author <n>)` (≤ 42), the extension `.md` (3), and a temporary
 * file's `.` prefix and `.<pid>.<n>.tmp` suffix (≤ 40) while the folder vault writes the note.
 */
export const NAME_SUFFIX_RESERVE_BYTES = 85;

/** At most this many UTF-8 bytes in a name from `safeFileName`. */
export const MAX_NAME_BYTES = MAX_FILE_NAME_BYTES - NAME_SUFFIX_RESERVE_BYTES;

const cpBytes = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Length in UTF-8 bytes, as a file system counts a name (a lone surrogate counts as its 3-byte replacement). */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const ch of text) bytes += cpBytes(ch.codePointAt(0) ?? 0);
	return bytes;
}

/** True when Windows reads `fileName` (extension included) as a device: the part before the first dot, trailing spaces and dots aside. */
export function isWindowsDeviceName(fileName: string): boolean {
	const stem = fileName.split(".")[0] ?? "";
	return WINDOWS_DEVICE.test(stem.replace(/[\s.]+$/, ""));
}

// Code points that belong to the character before them: combining marks (accents, variation
// selectors), zero-width joiner, emoji skin tones and tag characters (flags of regions).
const MARK = /^\p{M}$/u;
function continues(ch: string): boolean {
	const cp = ch.codePointAt(0) ?? 0;
	return MARK.test(ch) || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}
function isRegionalIndicator(ch: string): boolean {
	const cp = ch.codePointAt(0) ?? 0;
	return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/**
 * `name` cut to at most `maxChars` code points and `maxBytes` UTF-8 bytes, between two characters as
 * a reader sees them (never inside a surrogate pair, before a combining mark or joiner, or inside a
 * flag), at the last space when that keeps more than 60% of what fits.
 */
function cut(name: string, maxChars: number, maxBytes: number): string {
	const cps = Array.from(name);
	let bytes = 0;
	let end = 0; // code points that fit
	while (end < cps.length && end < maxChars) {
		const next = bytes + cpBytes(cps[end]?.codePointAt(0) ?? 0);
		if (next > maxBytes) break;
		bytes = next;
		end++;
	}
	if (end === cps.length) return name;
	// Step back to a boundary between two user-perceived characters.
	const isBoundary = (i: number): boolean => {
		const before = cps[i - 1] ?? "";
		const after = cps[i] ?? "";
		if (continues(after) || before === "\u200D") return false;
		if (isRegionalIndicator(after)) {
			let run = 0;
			for (let j = i - 1; j >= 0 && isRegionalIndicator(cps[j] ?? ""); j--) run++;
			return run % 2 === 0;
		}
		return true;
	};
	let boundary = end;
	while (boundary > 0 && !isBoundary(boundary)) boundary--;
	if (boundary === 0) boundary = end; // one huge cluster (a letter under hundreds of marks): cut inside it
	const kept = cps.slice(0, boundary);
	const lastSpace = kept.lastIndexOf(" ");
	return (lastSpace > kept.length * 0.6 ? kept.slice(0, lastSpace) : kept).join("");
}

const dotOrSpace = (c: string): boolean => c === "." || /\s/.test(c);
const trimEnds = (name: string): string => trimEndWhere(trimStartWhere(name, dotOrSpace), dotOrSpace);

/**
 * A single path segment made safe: forbidden characters become spaces, no leading dot, no trailing
 * dot or space, no Windows device name (`CON`, `nul.txt` -> `CON (note)`, `nul (note).txt`), at
 * most MAX_NAME_LENGTH characters and MAX_NAME_BYTES bytes, so that the name with any suffix the
 * plugin adds (see NAME_SUFFIX_RESERVE_BYTES) stays within MAX_FILE_NAME_BYTES. Never empty: an
 * empty result gives `fallback` (made safe the same way).
 */
export function safeFileName(raw: string, fallback = "Untitled"): string {
	let name = trimEnds(raw.normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " "));
	name = trimEnds(cut(name, MAX_NAME_LENGTH, MAX_NAME_BYTES));
	if (name !== "" && isWindowsDeviceName(name)) {
		const dot = name.indexOf(".");
		const stem = dot === -1 ? name : name.slice(0, dot);
		name = `${stem.trimEnd()} (note)${dot === -1 ? "" : name.slice(dot)}`;
		name = trimEnds(cut(name, MAX_NAME_LENGTH, MAX_NAME_BYTES));
	}
	if (name === "") return fallback === "Untitled" ? fallback : safeFileName(fallback);
	return name;
}

/**
 * `name` (from safeFileName) with `suffix` appended whole (` (2401.00001)`, ` (author 2)`): the
 * name is cut first when both would not fit in MAX_NAME_BYTES, so a clash suffix is never lost.
 */
export function fileNameWithSuffix(name: string, suffix: string): string {
	const room = Math.max(1, MAX_NAME_BYTES - utf8Length(suffix));
	const chars = Math.max(1, MAX_NAME_LENGTH - Array.from(suffix).length);
	return safeFileName(`${trimEnds(cut(name, chars, room))}${suffix}`);
}

export class UnsafeFolderError extends Error {
	constructor(setting: string, value: string, why: "outside" | "hidden" = "outside") {
		super(
			why === "hidden"
				? `The ${setting} folder "${value}" is hidden (a part of it starts with "."): Obsidian neither shows nor indexes hidden folders, so its notes would not appear in the vault. Use a name without a leading dot, such as "papers".`
				: `The ${setting} folder "${value}" is not a folder inside the vault: use a relative path such as "papers" without ".." or a drive letter.`,
		);
		this.name = "UnsafeFolderError";
	}
}

/** The parts of a folder as typed: `\` as `/`, each part trimmed, empty parts and `.` dropped. */
export function folderParts(value: string): string[] {
	return value.replace(/\\/g, "/").split("/").map((p) => p.trim()).filter((p) => p !== "" && p !== ".");
}

/** A configured folder as a clean vault path ("" is the vault root). Rejects anything that climbs out. */
export function cleanFolder(setting: string, value: string): string {
	const parts = folderParts(value);
	if (parts.some((p) => p === ".." || /^[a-z]:$/i.test(p))) throw new UnsafeFolderError(setting, value);
	if (parts.some((p) => p.startsWith("."))) throw new UnsafeFolderError(setting, value, "hidden");
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

/**
 * True when `path` is in `folder` and in none of `others` (the other kinds of note): with a folder
 * setting of "" (the vault root), a daily note is any note that is not a paper, keyword or category note.
 */
export function isInsideOnly(path: string, folder: string, others: readonly string[]): boolean {
	return isInside(folder, path) && !others.some((other) => other !== "" && other !== folder && isInside(other, path));
}

function isAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
	return true;
}

/** Lower-cased key: Obsidian treats paths that differ only in case as the same file on most systems. */
export function pathKey(path: string): string {
	// ASCII is its own NFC form, and most paths are ASCII: the check is far cheaper than normalize().
	return (isAscii(path) ? path : path.normalize("NFC")).toLowerCase();
}

export function basename(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.endsWith(".md") ? file.slice(0, -3) : file;
}
