/**
 * One model request with retries: HTTP 429, 5xx and timeouts are tried again after the server's
 * Retry-After or an exponential backoff, waited out on the Clock. Everything else fails at once.
 */
import { HttpError, type Clock, type HttpClient, type HttpResponse } from "../ports";
import { retryAfterMs, retryWaitMs } from "../http-retry";
import { EnrichError, hostOf, messages } from "./errors";
import type { Completion, ModelCall, ProviderAdapter } from "./providers/types";

export interface RetryPolicy {
	/** Retries after the first attempt. */
	maxRetries: number;
	/** First wait without a Retry-After; doubles each time. */
	backoffMs: number;
	/** No wait is longer than this, whatever the server asks. */
	maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 2, backoffMs: 2000, maxWaitMs: 60_000 };

export interface TransportDeps {
	http: HttpClient;
	clock: Clock;
	timeoutMs: number;
	retry: RetryPolicy;
}

/** Sends the call and reads the answer; throws EnrichError when no usable answer came. */
export async function complete(adapter: ProviderAdapter, call: ModelCall, deps: TransportDeps): Promise<Completion> {
	const request = { ...adapter.buildRequest(call), timeoutMs: deps.timeoutMs };
	const host = hostOf(request.url);
	for (let attempt = 1; ; attempt++) {
		let response: HttpResponse;
		try {
			response = await deps.http.request(request);
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
			if (error.kind === "network") throw new EnrichError("unreachable", messages.unreachable(host));
			if (attempt > deps.retry.maxRetries) throw new EnrichError("timeout", messages.timeout(host, deps.timeoutMs, attempt));
			await deps.clock.sleep(retryWaitMs(undefined, attempt, deps.retry));
			continue;
		}
		if (response.status >= 200 && response.status < 300) return adapter.parseResponse(response);
		const failure = adapter.classifyFailure(response);
		if (!failure.retry) throw failure.error;
		if (attempt > deps.retry.maxRetries) {
			if (failure.kind === "rate-limit") throw new EnrichError("rate-limit", messages.rateLimited(adapter.label, attempt, failure.detail));
			throw new EnrichError("server", messages.serverError(adapter.label, failure.status, attempt, failure.detail));
		}
		const asked = failure.retryAfterMs ?? retryAfterMs(response, deps.clock.now());
		await deps.clock.sleep(retryWaitMs(asked, attempt, deps.retry));
	}
}

