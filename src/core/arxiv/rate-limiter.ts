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

	/** `signal`: a wait for the turn (a Retry-After of a minute) ends as soon as the user cancels, and the task never starts. */
	schedule<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
		const run = this.queue.then(async () => {
			await this.waitTurn(signal);
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

	private async waitTurn(signal: AbortSignal | undefined): Promise<void> {
		// Loop: delayNext may move the start further while we sleep.
		for (;;) {
			signal?.throwIfAborted();
			const wait = this.notBefore - this.clock.now().getTime();
			if (wait <= 0) return;
			await (signal ? sleepUnlessAborted(this.clock, wait, signal) : this.clock.sleep(wait));
		}
	}
}

/** The clock's sleep, ended early (rejecting) when the signal aborts; the listener is removed either way. */
function sleepUnlessAborted(clock: Clock, ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		const abort = (): void => {
			const why: unknown = signal.reason;
			reject(why instanceof Error ? why : new Error("Cancelled"));
		};
		if (signal.aborted) return abort();
		signal.addEventListener("abort", abort, { once: true });
		void clock.sleep(ms).then(() => {
			signal.removeEventListener("abort", abort);
			resolve();
		});
	});
}
