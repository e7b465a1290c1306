import type { TFile, Vault } from "obsidian";
import { keepingLineEndings } from "../core/notes/line-endings";

/** `Vault.process` for every edit of a note's text: a note with CRLF line endings keeps them (see line-endings.ts). */
export function processNote(vault: Vault, file: TFile, edit: (text: string) => string): Promise<string> {
	return vault.process(file, (text) => keepingLineEndings(text, edit));
}
