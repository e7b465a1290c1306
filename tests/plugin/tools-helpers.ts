import { vi } from "vitest";
import type { Host } from "../host";
import { notices } from "../host";

/** A note as an import writes it, enough for the tools: properties and a managed section. */
export function paperNote(id: string, title: string, extra = ""): string {
	return [
		"---",
		`title: "${title}"`,
		`arxiv_id: "${id}"`,
		"authors:",
		'  - "Michael Kilgour"',
		'  - "Dvira Segal"',
		"published: 2015-12-31",
		'primary_category: "cond-mat.mes-hall"',
		'doi: "10.1063/1.4944470"',
		'journal_ref: "J. Chem. Phys. 144, 124107 (2016)"',
		"keywords:",
		'  - "[[keywords/broad/Transport|Transport]]"',
		extra,
		"---",
		"My notes above.",
		"",
		"%% arxiv-atlas: begin managed section (re-import replaces it; write your own notes outside) %%",
		"generated",
		"%% arxiv-atlas: end managed section %%",
		"",
		"My notes below.",
		"",
	]
		.filter((l) => l !== "")
		.join("\n")
		.replace("My notes below.", "\nMy notes below.\n");
}

/** Opens a note in the active leaf, as clicking it would. */
export async function openNote(host: Host, path: string): Promise<void> {
	const file = host.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	await host.app.workspace.getLeaf(false).openFile(file);
}

/** Lets fake time pass until a notice matching `pattern` shows. */
export async function untilNotice(host: Host, pattern: RegExp): Promise<string> {
	for (let i = 0; i < 100; i++) {
		await host.settle();
		const hit = notices().flatMap((n) => n.messages).find((m) => pattern.test(m));
		if (hit !== undefined) return hit;
		await vi.advanceTimersByTimeAsync(1000);
	}
	throw new Error(`no notice like ${String(pattern)}; notices were: ${notices().map((n) => n.message).join(" | ")}`);
}

export const pdfBytes = (text = "%PDF-1.5\n% a tiny test PDF\n%%EOF\n"): ArrayBuffer => new TextEncoder().encode(text).buffer;
