import type { TFile, Vault } from "obsidian";
import { keepingTextForm } from "../core/notes/text-form";
import type { NoteProperties } from "./note-properties";

/**
 * `Vault.process` for every edit of a note's text: the note keeps its byte order mark and CRLF line
 * endings (see text-form.ts), and the properties reader is told what was written (the metadata
 * cache fills later), so a read right after sees the edit.
 */
export async function processNote(vault: Vault, properties: NoteProperties | undefined, file: TFile, edit: (text: string) => string): Promise<string> {
	const text = await vault.process(file, (current) => keepingTextForm(current, edit));
	properties?.wrote(file.path, text);
	return text;
}
