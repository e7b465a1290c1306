import type { RadarPaper } from "./radar-index";
import { isRecord, strings } from "../json-values";

/**
 * The radar's papers as read from their notes, kept in the plugin's folder between sessions so a new
 * session reads only the notes changed since (by size and modification time, as Obsidian's own cache
 * decides). The version changes whenever what the radar reads from a note changes (note-text.ts),
 * and a file of another version is read as empty: every note is read again.
 */
export const RADAR_CACHE_VERSION = 1;

export interface CachedPaper {
	mtime: number;
	size: number;
	paper: RadarPaper;
}

/** A paper as the radar keeps it (ID, title, abstract, keywords), from stored JSON; undefined when it is not one. */
export function readPaper(value: unknown): RadarPaper | undefined {
	if (!isRecord(value)) return undefined;
	const { id, title, abstract, keywords } = value;
	if (typeof id !== "string" || typeof title !== "string") return undefined;
	const paper: RadarPaper = { id, title };
	if (typeof abstract === "string") paper.abstract = abstract;
	if (Array.isArray(keywords)) paper.keywords = strings(keywords);
	return paper;
}

/** The cache file read back: only well-formed entries; empty for a file of another version or no JSON. */
export function parseRadarCache(text: string): Map<string, CachedPaper> {
	const out = new Map<string, CachedPaper>();
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return out;
	}
	if (!isRecord(data)) return out;
	const { version, notes } = data;
	if (version !== RADAR_CACHE_VERSION || !isRecord(notes)) return out;
	for (const [path, entry] of Object.entries(notes)) {
		if (!isRecord(entry)) continue;
		const { mtime, size, paper } = entry;
		const read = readPaper(paper);
		if (typeof mtime === "number" && typeof size === "number" && read) out.set(path, { mtime, size, paper: read });
	}
	return out;
}

export function serializeRadarCache(entries: ReadonlyMap<string, CachedPaper>): string {
	return JSON.stringify({ version: RADAR_CACHE_VERSION, notes: Object.fromEntries(entries) });
}

/**
 * A change since the cache file was written, as one line of its log (`radar-papers.log`): a note's
 * paper as now cached, or the note gone. Saving a few changes appends their lines, so it costs the
 * same in a vault of 10,000 papers as in one of 10; the file itself is written anew only once the
 * log has grown to a fair part of it.
 */
export function radarChangeLine(path: string, entry: CachedPaper | null): string {
	return `${JSON.stringify(entry ? { v: RADAR_CACHE_VERSION, path, ...entry } : { v: RADAR_CACHE_VERSION, path, gone: true })}\n`;
}

/**
 * The log's changes applied to the entries read from the file, in order; a line of another version
 * or not well formed (cut off when the app quit) is passed over. Returns how many lines it had.
 * A line older than the file (left when the app quit between writing the two) can only bring back an
 * entry whose size or time no longer match its note, and such a note is read again.
 */
export function replayRadarLog(entries: Map<string, CachedPaper>, log: string): number {
	let lines = 0;
	for (const line of log.split("\n")) {
		if (line.trim() === "") continue;
		lines += 1;
		let change: unknown;
		try {
			change = JSON.parse(line);
		} catch {
			continue;
		}
		if (!isRecord(change) || change["v"] !== RADAR_CACHE_VERSION || typeof change["path"] !== "string") continue;
		const { path, mtime, size, paper, gone } = change;
		const read = readPaper(paper);
		if (gone === true) entries.delete(path);
		else if (typeof mtime === "number" && typeof size === "number" && read) entries.set(path, { mtime, size, paper: read });
	}
	return lines;
}
