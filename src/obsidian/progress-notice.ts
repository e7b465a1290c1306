import { Notice } from "obsidian";
import { eventMessage } from "../core/import-events";
import type { ImportEvent, ImportSummary } from "../core/model";
import type { ProgressView } from "./import-pipeline";
import { plural } from "../core/words";


export function summaryText(summary: ImportSummary): string {
	const lines = [summaryHeadline(summary)];
	for (const f of summary.failed.slice(0, 8)) lines.push(`• ${f.input}: ${f.reason}`);
	if (summary.failed.length > 8) lines.push(`• …and ${summary.failed.length - 8} more`);
	for (const w of summary.warnings ?? []) lines.push(`• ${w}`);
	if (summary.trashed && summary.trashed.length > 0) lines.push(`${plural(summary.trashed.length, "keyword note")} no paper links any more moved to the trash.`);
	if (summary.cancelled) lines.push("Cancelled: the papers before are complete notes, the rest were not written.");
	if (summary.tokens) lines.push(`Language model: ${summary.tokens}.`);
	return lines.join("\n");
}

/**
 * The first line: papers apart from the other notes an import writes (keywords, categories, authors,
 * the daily note), so "3 papers" is not read as "33 notes created".
 */
function summaryHeadline(summary: ImportSummary): string {
	const papers = summary.papers ?? [];
	const newPapers = papers.filter((p) => p.created).length;
	const updatedPapers = papers.length - newPapers;
	const line = `arXiv import: ${plural(newPapers, "new paper")}, ${updatedPapers} updated, ${summary.failed.length} failed.`;
	const otherCreated = Math.max(0, summary.created.length - newPapers);
	const otherUpdated = Math.max(0, summary.updated.length - updatedPapers);
	const other = [otherCreated > 0 ? `${otherCreated} created` : "", otherUpdated > 0 ? `${otherUpdated} updated` : ""].filter((s) => s !== "").join(", ");
	return other === "" ? line : `${line} Keyword, category and other notes: ${other}.`;
}

/** A notice that stays while an import runs, shows each step, and ends with the summary. */
export class ProgressNotice implements ProgressView {
	/** Made at the first step, so a question asked before anything runs (a template mistake) comes first. */
	private notice: Notice | undefined;

	step(message: string): void {
		if (this.notice) this.notice.setMessage(message);
		else this.notice = new Notice(message, 0);
	}

	event(event: ImportEvent): void {
		const message = eventMessage(event);
		if (message !== undefined) this.step(message);
	}

	/**
	 * Shows the summary; it stays until clicked when something failed, otherwise it fades after a
	 * while. An import the user cancelled before anything happened shows nothing.
	 */
	finish(summary: ImportSummary): void {
		if (summary.cancelled && summary.created.length + summary.updated.length + summary.failed.length === 0) {
			this.notice?.hide();
			return;
		}
		this.step(summaryText(summary));
		const notice = this.notice;
		if (summary.failed.length === 0) window.setTimeout(() => notice?.hide(), 10_000);
	}
}
