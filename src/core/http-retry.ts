import type { HttpResponse } from "./ports";

/** A server's Retry-After (seconds, or an HTTP date) in milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(response: HttpResponse, now: Date): number | undefined {
	const value = response.headers["retry-after"]?.trim();
	if (!value) return undefined;
	const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now.getTime();
	return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** How long to wait before the next attempt: what the server asked (Retry-After), else a doubling backoff; never more than `maxWaitMs`. */
export function retryWaitMs(asked: number | undefined, attempt: number, policy: { backoffMs: number; maxWaitMs: number }): number {
	return Math.min(policy.maxWaitMs, asked ?? policy.backoffMs * 2 ** (attempt - 1));
}
