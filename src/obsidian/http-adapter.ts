import { requestUrl } from "obsidian";
import { HttpError, type HttpClient, type HttpRequest, type HttpResponse } from "../core/ports";
import { errorMessage } from "../core/words";

const UNREACHABLE = /ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|ERR_ADDRESS_UNREACHABLE|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/;

/**
 * HTTP through Obsidian's `requestUrl` (no CORS limits, works on mobile). It has no timeout or
 * abort, so the request races a timer and a late answer is ignored.
 */
export class RequestUrlHttpClient implements HttpClient {
	async request(req: HttpRequest): Promise<HttpResponse> {
		const call = requestUrl({ url: req.url, method: req.method ?? "GET", headers: req.headers, body: req.body, throw: false }).then(
			(res) => {
				const headers: Record<string, string> = {};
				for (const [k, v] of Object.entries(res.headers ?? {})) headers[k.toLowerCase()] = v;
				// Binary bodies are not decoded as text (a PDF can be tens of megabytes).
				if (req.binary) return { status: res.status, headers, text: "", arrayBuffer: res.arrayBuffer };
				return { status: res.status, headers, text: res.text };
			},
			(error: unknown) => {
				const message = errorMessage(error);
				// No name, no route, nobody listening: asking again a moment later will not help.
				throw new HttpError("network", `could not reach ${new URL(req.url).host} (${message})`, UNREACHABLE.test(message));
			},
		);
		const limit = req.timeoutMs;
		if (limit === undefined) return call;
		let timer: number | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = window.setTimeout(() => reject(new HttpError("timeout", `no answer from ${new URL(req.url).host} in ${Math.round(limit / 1000)} s`)), limit);
		});
		try {
			return await Promise.race([call, timeout]);
		} finally {
			window.clearTimeout(timer);
		}
	}
}
