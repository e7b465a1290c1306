/**
 * A long run saved so that each paper costs the same few bytes, whatever the size of the listing:
 * the run (IDs, and a listing's papers) is written once as a head, then one line per paper that is
 * done or failed is appended. Reading both gives the run back.
 */
import { readSavedRun, type SavedRun } from "./feed-settings";
import { markDone, markFailed } from "./queue";

type Line = { d: string } | { f: string; r: string };

/** The head written when a run starts (or changes in a way a line cannot say, such as "Retry failed"). */
export function journalHead(run: SavedRun): string {
	return JSON.stringify(run);
}

/**
 * The lines that take a saved run `from` to `to`, or undefined when `to` is not `from` with more
 * papers settled (then a new head is written).
 */
export function journalLines(from: SavedRun, to: SavedRun): string[] | undefined {
	const a = from.queue;
	const b = to.queue;
	if (a.id !== b.id || a.startedAt !== b.startedAt || a.ids.length !== b.ids.length || from.kind !== to.kind) return undefined;
	// Done papers are only ever appended: the old list must be the start of the new one (linear, as
	// this runs after every paper).
	if (a.done.length > b.done.length || a.done.some((id, i) => b.done[i] !== id)) return undefined;
	const doneNow = new Set(b.done);
	const failedBefore = new Map(a.failed.map((f) => [f.id, f.reason]));
	const failedNow = new Map(b.failed.map((f) => [f.id, f.reason]));
	for (const [id] of failedBefore) if (!failedNow.has(id) && !doneNow.has(id)) return undefined;
	const lines: Line[] = [];
	for (const id of b.done.slice(a.done.length)) lines.push({ d: id });
	for (const [id, reason] of failedNow) if (failedBefore.get(id) !== reason) lines.push({ f: id, r: reason });
	return lines.map((l) => JSON.stringify(l));
}

/** The run a head and its appended lines describe, or undefined when the head is not a run. */
export function readJournal(head: string, log: string): SavedRun | undefined {
	let run: SavedRun | undefined;
	try {
		run = readSavedRun(JSON.parse(head));
	} catch {
		return undefined;
	}
	if (!run) return undefined;
	let queue = run.queue;
	for (const text of log.split("\n")) {
		if (text.trim() === "") continue;
		let line: unknown;
		try {
			line = JSON.parse(text);
		} catch {
			continue; // a line cut short by a crash: that paper is simply tried again
		}
		if (typeof line !== "object" || line === null) continue;
		const l = line as Record<string, unknown>;
		if (typeof l["d"] === "string") queue = markDone(queue, l["d"]);
		else if (typeof l["f"] === "string" && typeof l["r"] === "string") queue = markFailed(queue, l["f"], l["r"]);
	}
	const done = new Set(queue.done);
	return { ...run, queue, papers: run.papers.filter((p) => !done.has(p.id)) };
}
