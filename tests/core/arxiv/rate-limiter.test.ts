import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/core/arxiv/rate-limiter";
import { VirtualClock } from "./fake-arxiv";

describe("RateLimiter", () => {
	it("starts the first task at once and each next one 3 s after the previous start", async () => {
		const clock = new VirtualClock();
		const limiter = new RateLimiter(clock);
		const starts: number[] = [];
		const task = (): Promise<number> => {
			starts.push(clock.elapsed());
			return Promise.resolve(starts.length);
		};
		const results = await Promise.all([limiter.schedule(task), limiter.schedule(task), limiter.schedule(task)]);
		expect(results).toEqual([1, 2, 3]);
		expect(starts).toEqual([0, 3000, 6000]);
	});

	it("serves callers first come first served and runs one task at a time, even across callers", async () => {
		const clock = new VirtualClock();
		const limiter = new RateLimiter(clock, 1000);
		const log: string[] = [];
		const slow = (name: string) => async (): Promise<void> => {
			log.push(`start ${name} @${clock.elapsed()}`);
			await clock.sleep(2500);
			log.push(`end ${name} @${clock.elapsed()}`);
		};
		await Promise.all([limiter.schedule(slow("a")), limiter.schedule(slow("b"))]);
		expect(log).toEqual(["start a @0", "end a @2500", "start b @2500", "end b @5000"]);
	});

	it("does not wait when the interval has already passed", async () => {
		const clock = new VirtualClock();
		const limiter = new RateLimiter(clock);
		await limiter.schedule(() => Promise.resolve());
		await clock.sleep(10_000);
		clock.slept.length = 0;
		await limiter.schedule(() => Promise.resolve());
		expect(clock.slept).toEqual([]);
	});

	it("keeps going after a task fails, and the failure reaches its caller", async () => {
		const clock = new VirtualClock();
		const limiter = new RateLimiter(clock);
		const failed = limiter.schedule(() => Promise.reject(new Error("boom")));
		const next = limiter.schedule(() => Promise.resolve(clock.elapsed()));
		await expect(failed).rejects.toThrow("boom");
		await expect(next).resolves.toBe(3000);
	});

	it("holds the next start later on request (Retry-After)", async () => {
		const clock = new VirtualClock();
		const limiter = new RateLimiter(clock);
		await limiter.schedule(() => Promise.resolve());
		limiter.delayNext(20_000);
		await expect(limiter.schedule(() => Promise.resolve(clock.elapsed()))).resolves.toBe(20_000);
		// A shorter delay never brings the next start earlier than the interval.
		limiter.delayNext(1000);
		await expect(limiter.schedule(() => Promise.resolve(clock.elapsed()))).resolves.toBe(23_000);
	});

	it("with a signal, waits as usual and leaves no listener on it once each wait is over", async () => {
		const clock = new VirtualClock();
		const limiter = new RateLimiter(clock, 1000);
		const controller = new AbortController();
		const starts: number[] = [];
		await Promise.all(Array.from({ length: 30 }, () => limiter.schedule(() => Promise.resolve(starts.push(clock.elapsed())), controller.signal)));
		expect(starts.at(-1)).toBe(29_000);
		expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
	});
});
