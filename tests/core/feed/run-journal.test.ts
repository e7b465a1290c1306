import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SavedRun } from "../../../src/core/feed/feed-settings";
import { journalHead, journalLines, readJournal } from "../../../src/core/feed/run-journal";
import { createQueue, markDone, markFailed, retryFailed } from "../../../src/core/feed/queue";
import type { FeedPaper } from "../../../src/core/feed/rss";

function listing(n: number): SavedRun {
	const papers: FeedPaper[] = Array.from({ length: n }, (_, i) => ({
		id: `2609.${String(10000 + i)}`,
		version: 1,
		title: `Paper ${i}`,
		abstract: "An abstract of a paper in a long listing. ".repeat(8),
		authors: ["A. Author", "B. Author"],
		primaryCategory: "cs.LG",
		categories: ["cs.LG"],
		announced: "2026-09-24",
	}));
	return { kind: "listing", queue: createQueue("listing-2026-09-24", papers.map((p) => p.id), "2026-09-24T10:00:00Z"), papers, announced: "2026-09-24" };
}

/** What a run writes: the head once, then the lines after each paper. */
function bytesPerPaper(n: number): number {
	let run = listing(n);
	let last = run;
	let appended = 0;
	for (const id of run.queue.ids) {
		run = { ...run, queue: markDone(run.queue, id) };
		appended += (journalLines(last, run) ?? []).reduce((sum, l) => sum + l.length + 1, 0);
		last = run;
	}
	return appended / n;
}

describe("the run journal", () => {
	it("costs each paper the same bytes whatever the size of the listing", () => {
		const small = bytesPerPaper(100);
		const large = bytesPerPaper(2000);
		expect(large).toBeLessThan(40);
		expect(Math.abs(large - small)).toBeLessThan(2);
	});

	it("gives back the run as it was after any sequence of done and failed papers, and a retry", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(29), fc.boolean(), fc.string()), { maxLength: 60 }), fc.nat(60), (steps, retryAt) => {
				let run = listing(30);
				let head = journalHead(run);
				let log = "";
				let last = run;
				steps.forEach(([i, ok, reason], n) => {
					const id = run.queue.ids[i]!;
					run = { ...run, queue: ok ? markDone(run.queue, id) : markFailed(run.queue, id, reason) };
					if (n === retryAt) run = { ...run, queue: retryFailed(run.queue) };
					const lines = journalLines(last, run);
					if (lines === undefined) {
						head = journalHead(run);
						log = "";
					} else log += lines.map((l) => `${l}\n`).join("");
					last = run;
				});
				const back = readJournal(head, log);
				expect(back?.queue).toEqual({ ...run.queue, done: [...run.queue.done], failed: expect.arrayContaining(run.queue.failed) as unknown });
				expect(back?.queue.failed).toHaveLength(run.queue.failed.length);
				expect(back?.papers.map((p) => p.id)).toEqual(run.papers.filter((p) => !run.queue.done.includes(p.id)).map((p) => p.id));
			}),
			{ numRuns: 300 },
		);
	});

	it("a line cut short by a crash only means that paper is tried again", () => {
		const run = listing(3);
		const done = { ...run, queue: markDone(markDone(run.queue, run.queue.ids[0]!), run.queue.ids[1]!) };
		const lines = journalLines(run, done) ?? [];
		const back = readJournal(journalHead(run), `${lines[0]}\n${(lines[1] ?? "").slice(0, 5)}`);
		expect(back?.queue.done).toEqual([run.queue.ids[0]]);
	});
});
