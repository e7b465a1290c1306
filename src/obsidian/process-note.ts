import type { TFile, Vault } from "obsidian";
import { keepingTextForm } from "../core/notes/text-form";

/** `Vault.process` for every edit of a note's text: a note keeps its byte order mark and CRLF line endings (see text-form.ts). */
export function processNote(vault: Vault, file: TFile, edit: (text: string) => string): Promise<string> {
	return vault.process(file, (text) => keepingTextForm(text, edit));
}
