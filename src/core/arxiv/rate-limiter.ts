import type { Clock } from "../ports";

/**
 * Runs tasks one at a time, first come first served, each starting at least `intervalMs` after
 * the previous one started. Share one instance for everything that talks to the same server.
 */
export class RateLimiter {
	private queue: Promise<void> = Promise.resolve();
	/** Epoch milliseconds before which no task may start. */
	private notBefore = Number.NEGATIVE_INFINITY;

	constructor(
		private readonly clock: Clock,
		private readonly intervalMs = 3000,
	) {}

	schedule<T>(task: () => Promise<T>): Promise<T> {
		const run = this.queue.then(async () => {
			await this.waitTurn();
			this.notBefore = Math.max(this.notBefore, this.clock.now().getTime() + this.intervalMs);
			return task();
		});
		this.queue = run.then(
			() => undefined,
			() => undefined,
		);
		return run;
	}

	/** Holds the next start until at least `ms` from now (a server's Retry-After, a backoff). */
	delayNext(ms: number): void {
		this.notBefore = Math.max(this.notBefore, this.clock.now().getTime() + ms);
	}

	private async waitTurn(): Promise<void> {
		// Loop: delayNext may move the start further while we sleep.
		for (;;) {
			const wait = this.notBefore - this.clock.now().getTime();
			if (wait <= 0) return;
			await this.clock.sleep(wait);
		}
	}
}
