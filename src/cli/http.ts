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
			throw new HttpError("network", `could not reach ${host(req.url)} (${cause(error)})`);
		} finally {
			clearTimeout(timer);
		}
	}
}
