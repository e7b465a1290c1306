import { HttpError, type HttpClient, type HttpRequest, type HttpResponse } from "../core/ports";

export const USER_AGENT = "arxiv-atlas/0.1 (Obsidian plugin; https://github.com/arxiv-atlas/arxiv-atlas)";

/** A property ES2021 typings do not declare (`cause`, `code`). */
function field(error: Error, name: string): unknown {
	return (error as unknown as Record<string, unknown>)[name];
}

/** `ECONNREFUSED`, `ENOTFOUND`…: what Node's fetch hides in the `cause` of its "fetch failed". */
function cause(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const inner = field(error, "cause");
	if (!(inner instanceof Error)) return error.message;
	const code = field(inner, "code");
	const detail = inner.message || (typeof code === "string" ? code : "");
	if (detail === "") return cause(inner);
	return typeof code === "string" && !detail.includes(code) ? `${code}: ${detail}` : detail;
}

/**
 * What says that the host cannot be reached at all, so that asking again in a few seconds will not
 * help: its name does not resolve (`ENOTFOUND`, `EAI_AGAIN`: offline, or a mistyped address), it
 * refuses the connection (`ECONNREFUSED`: nothing listens there), or there is no route to it.
 * `EAI_AGAIN` can also be a passing resolver hiccup; it is what many machines say when offline, and a
 * long run that stops on it is saved and continues later, so failing at once is the better error.
 */
const UNREACHABLE = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ENETUNREACH", "EHOSTUNREACH"]);

/** Every error `code` in the `cause` chain, including each error of an AggregateError (one per address tried). */
function codes(error: unknown, seen = new Set<unknown>()): string[] {
	if (!(error instanceof Error) || seen.has(error)) return [];
	seen.add(error);
	const code = field(error, "code");
	const inner = field(error, "cause");
	const each = error instanceof AggregateError ? (error.errors as unknown[]) : [];
	return [...(typeof code === "string" ? [code] : []), ...codes(inner, seen), ...each.flatMap((e) => codes(e, seen))];
}

/** True when Node's fetch failed because the host cannot be reached at all (see UNREACHABLE). */
export function isUnreachable(error: unknown): boolean {
	const found = codes(error);
	return found.length > 0 && found.some((c) => UNREACHABLE.has(c));
}

function host(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

/** HTTP over Node's global fetch, for the CLI: timeouts abort the request; any status is an answer. */
export class FetchHttpClient implements HttpClient {
	async request(req: HttpRequest): Promise<HttpResponse> {
		const controller = new AbortController();
		const limit = req.timeoutMs;
		const timer = limit === undefined ? undefined : setTimeout(() => controller.abort(), limit);
		try {
			const res = await fetch(req.url, {
				method: req.method ?? "GET",
				headers: { "user-agent": USER_AGENT, ...req.headers },
				body: req.body,
				signal: controller.signal,
			});
			// The body is part of the answer: a server that stalls mid-body times out too.
			const text = await res.text();
			const headers: Record<string, string> = {};
			res.headers.forEach((value, name) => {
				headers[name.toLowerCase()] = value;
			});
			return { status: res.status, headers, text };
		} catch (error) {
			if (controller.signal.aborted) throw new HttpError("timeout", `no answer from ${host(req.url)} in ${Number(((limit ?? 0) / 1000).toFixed(1))} s`);
			throw new HttpError("network", `could not reach ${host(req.url)} (${cause(error)})`, isUnreachable(error));
		} finally {
			clearTimeout(timer);
		}
	}
}
