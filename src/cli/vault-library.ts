import { readFileSync } from "node:fs";
import * as nodePath from "node:path";
import { radarPaperOfNote } from "../core/radar/note-text";
import type { RadarPaper } from "../core/radar/radar-index";
import { FolderSnapshots } from "./folder-snapshots";
import { readProperties } from "./note-properties-yaml";

/** A paper note as the radar reads it, with its path and properties (for a library of one folder, tag or keyword). */
export interface LibraryNote {
	path: string;
	properties: Record<string, unknown> | null;
	paper: RadarPaper;
}

/** The vault's paper notes as the radar reads them (the snapshot finds them; each is read once). */
export async function readLibrary(root: string, keywordsFolder: string): Promise<LibraryNote[]> {
	const snapshot = await new FolderSnapshots(root).snapshot(keywordsFolder);
	const library: LibraryNote[] = [];
	for (const path of snapshot.papers.values()) {
		let text: string;
		try {
			text = readFileSync(nodePath.join(root, path), "utf8");
		} catch {
			continue; // gone since the snapshot: not part of the library now
		}
		const properties = readProperties(text);
		const paper = radarPaperOfNote(properties, text);
		if (paper) library.push({ path, properties, paper });
	}
	return library;
}
