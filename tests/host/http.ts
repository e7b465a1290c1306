/**
 * A routable fake of Obsidian's `requestUrl` (obsidian-test-mocks 3.11.0 only has a stub that
 * answers every URL with 200 and an empty body).
 *
 *   setRequestHandler((req) => ({ status: 200, text: "<feed/>" }));   // or throw = network error
 *   requests()  // every request made, in order: url, method, headers, body
 *
 * Like Obsidian: the result is a RequestUrlResponsePromise (a Promise with `.text`, `.json` and
 * `.arrayBuffer` promises on it); with `throw` unset or true a status >= 400 rejects with
 * `Error("Request failed, status <n>")` carrying `status` and `headers`; with `throw: false` it
 * resolves. Header names come back lowercase, as the desktop app's network layer gives them.
 * With no handler set every request rejects: tests have no network.
 */
import type { RequestUrlParam, RequestUrlResponse, RequestUrlResponsePromise } from "obsidian";
import { onReset, track } from "./state";

export interface FakeResponse {
	/** Default 200. */
	status?: number;
	headers?: Record<string, string>;
	/** The body as text (default ""; or give `json` / `arrayBuffer` instead). */
	text?: string;
	json?: unknown;
	arrayBuffer?: ArrayBuffer;
}

export interface RecordedRequest {
	readonly url: string;
	/** Upper case, "GET" when the caller gave none. */
	readonly method: string;
	readonly headers: Readonly<Record<string, string>>;
	readonly body: string | ArrayBuffer | undefined;
	readonly contentType: string | undefined;
	/** The `throw` flag as Obsidian reads it (default true). */
	readonly throw: boolean;
}

export type RequestHandler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

let handler: RequestHandler | null = null;
const log: RecordedRequest[] = [];

/** Routes every later `requestUrl` call to `next` (replacing any handler set before). */
export function setRequestHandler(next: RequestHandler): void {
	handler = next;
}

export function clearRequestHandler(): void {
	handler = null;
}

/** Every request made since the test started, oldest first (also those that failed). */
export function requests(): readonly RecordedRequest[] {
	return log;
}

onReset(() => {
	handler = null;
	log.length = 0;
});

/** The error Obsidian's requestUrl rejects with for status >= 400 when `throw` is not false. */
export interface RequestUrlError extends Error {
	status: number;
	headers: Record<string, string>;
}

export function isRequestUrlError(error: unknown): error is RequestUrlError {
	return error instanceof Error && typeof (error as Partial<RequestUrlError>).status === "number";
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toResponse(fake: FakeResponse): RequestUrlResponse {
	const status = fake.status ?? 200;
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(fake.headers ?? {})) headers[k.toLowerCase()] = v;
	const text =
		fake.text ?? (fake.json !== undefined ? JSON.stringify(fake.json) : fake.arrayBuffer ? decoder.decode(fake.arrayBuffer) : "");
	const response: RequestUrlResponse = {
		status,
		headers,
		text,
		get json(): unknown {
			// Like Obsidian: parsed on access, so a non-JSON body throws only when .json is read.
			return JSON.parse(text) as unknown;
		},
		get arrayBuffer(): ArrayBuffer {
			return fake.arrayBuffer ?? encoder.encode(text).buffer;
		},
	};
	return response;
}

function record(request: RequestUrlParam | string): RecordedRequest {
	const param: RequestUrlParam = typeof request === "string" ? { url: request } : request;
	const headers: Record<string, string> = { ...(param.headers ?? {}) };
	return {
		url: param.url,
		method: (param.method ?? "GET").toUpperCase(),
		headers,
		body: param.body,
		contentType: param.contentType,
		throw: param.throw ?? true,
	};
}

export function requestUrl(request: RequestUrlParam | string): RequestUrlResponsePromise {
	const req = record(request);
	log.push(req);
	const current = handler;
	const promise = track(
		(async (): Promise<RequestUrlResponse> => {
			await Promise.resolve();
			if (!current) throw new Error(`no network in tests: ${req.method} ${req.url} (set a handler with setRequestHandler)`);
			const response = toResponse(await current(req));
			if (req.throw && response.status >= 400) {
				const error = new Error(`Request failed, status ${response.status}`) as RequestUrlError;
				error.status = response.status;
				error.headers = response.headers;
				throw error;
			}
			return response;
		})(),
	);
	// Obsidian's RequestUrlResponsePromise: the promise itself plus .text/.json/.arrayBuffer
	// promises. They are made on access, so a failed request that nobody reads .json of does not
	// leave an extra unhandled rejection behind.
	Object.defineProperties(promise, {
		text: { get: (): Promise<string> => promise.then((r) => r.text) },
		json: { get: (): Promise<unknown> => promise.then((r) => r.json as unknown) },
		arrayBuffer: { get: (): Promise<ArrayBuffer> => promise.then((r) => r.arrayBuffer) },
	});
	return promise as RequestUrlResponsePromise;
}

/** Obsidian's older `request()`: the body text of `requestUrl`. */
export function request(req: RequestUrlParam | string): Promise<string> {
	return requestUrl(req).then((r) => r.text);
}
