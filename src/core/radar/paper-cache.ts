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

function readPaper(value: unknown): RadarPaper | undefined {
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
