import { describe, expect, it } from "vitest";
import { createQueue, isFinished, markDone, markFailed, readQueue, remaining, retryFailed } from "../../../src/core/feed/queue";

const start = (): ReturnType<typeof createQueue> =>
	createQueue("listing-2026-09-24", ["2609.26811", "2609.26820", "2205.06398", "2609.26811"], "2026-09-24T09:00:00Z");

describe("the import queue", () => {
	it("starts with every paper once, in order, none done", () => {
		const queue = start();
		expect(queue).toEqual({
			id: "listing-2026-09-24",
			ids: ["2609.26811", "2609.26820", "2205.06398"],
			done: [],
			failed: [],
			startedAt: "2026-09-24T09:00:00Z",
		});
		expect(remaining(queue)).toEqual(queue.ids);
		expect(isFinished(queue)).toBe(false);
	});

	it("a failed paper does not stop the rest, and the run finishes with its reason kept", () => {
		let queue = start();
		queue = markDone(queue, "2609.26811");
		queue = markFailed(queue, "2609.26820", "arXiv did not answer (timeout after 30 s, 4 attempts)");
		expect(remaining(queue)).toEqual(["2205.06398"]);
		queue = markDone(queue, "2205.06398");
		expect(isFinished(queue)).toBe(true);
		expect(queue.done).toEqual(["2609.26811", "2205.06398"]);
		expect(queue.failed).toEqual([{ id: "2609.26820", reason: "arXiv did not answer (timeout after 30 s, 4 attempts)" }]);
	});

	it("Retry failed puts the failures back, and a retry that works clears them", () => {
		let queue = markFailed(markDone(start(), "2609.26811"), "2609.26820", "network");
		queue = markDone(queue, "2205.06398");
		queue = retryFailed(queue);
		expect(queue.failed).toEqual([]);
		expect(remaining(queue)).toEqual(["2609.26820"]);
		queue = markDone(queue, "2609.26820");
		expect(isFinished(queue)).toBe(true);
	});

	it("a second failure replaces the first reason; done papers and unknown IDs are left alone", () => {
		let queue = markFailed(start(), "2609.26820", "first");
		queue = markFailed(queue, "2609.26820", "second");
		expect(queue.failed).toEqual([{ id: "2609.26820", reason: "second" }]);
		const done = markDone(queue, "2609.26811");
		expect(markFailed(done, "2609.26811", "late")).toBe(done);
		expect(markDone(done, "9999.99999")).toBe(done);
	});

	it("never changes the queue it is given (safe to keep the saved copy)", () => {
		const queue = start();
		const copy = structuredClone(queue);
		markFailed(markDone(queue, "2609.26811"), "2609.26820", "x");
		retryFailed(queue);
		expect(queue).toEqual(copy);
	});

	it("survives a round trip through data.json, and a damaged entry reads as no queue", () => {
		const queue = markFailed(markDone(start(), "2609.26811"), "2609.26820", "arXiv is busy (HTTP 503, 4 attempts)");
		const saved = JSON.parse(JSON.stringify({ importQueue: queue })) as { importQueue: unknown };
		const loaded = readQueue(saved.importQueue);
		expect(loaded).toEqual(queue);
		expect(loaded && remaining(loaded)).toEqual(["2205.06398"]);
		expect(readQueue(null)).toBeUndefined();
		expect(readQueue({ ...queue, done: "2609.26811" })).toBeUndefined();
		expect(readQueue({ ...queue, failed: [{ id: "x" }] })).toBeUndefined();
	});
});
