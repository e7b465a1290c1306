/**
 * What went wrong, in words a user can act on. Every message leaves through `redact`, so an API
 * key never reaches a note, a notice or a log line, even when a server echoes it back.
 */

export type EnrichErrorKind =
	/** Settings are incomplete (no model, no key, a base URL that is not a URL). */
	| "config"
	/** The key was refused. */
	| "auth"
	/** The server is there but does not have the model. */
	| "model"
	/** Nothing answers at that URL (wrong base URL). */
	| "not-found"
	/** No HTTP answer at all. */
	| "unreachable"
	| "timeout"
	| "rate-limit"
	| "server"
	/** A 4xx the server explains (a parameter the model does not support, a quota). */
	| "request"
	| "refused"
	| "truncated"
	/** The reply was not the JSON object asked for. */
	| "invalid";

/** Failures that would hit every paper the same way: after one, the others are not tried. */
const FATAL: ReadonlySet<EnrichErrorKind> = new Set<EnrichErrorKind>(["config", "auth", "model", "not-found", "unreachable"]);

export function isFatal(kind: EnrichErrorKind): boolean {
	return FATAL.has(kind);
}

export class EnrichError extends Error {
	constructor(
		readonly kind: EnrichErrorKind,
		message: string,
	) {
		super(message);
		this.name = "EnrichError";
	}
}

const REDACTED = "[redacted]";
/** Runs of key-like characters; a run sharing a long enough piece with the key goes whole. */
const TOKEN_RUN = /[A-Za-z0-9_\-.*~+/=]+/g;

/**
 * `text` with the secret taken out: every occurrence of it, and every word that shares a piece of
 * 8 characters (the whole key when shorter) with it, which catches the masked echoes servers send
 * (`sk-proj-****…abcd`) and keys cut or wrapped in quotes, and every word masked with `***`.
 * Keys under 4 characters are only removed where they occur whole.
 */
export function redact(text: string, secret: string): string {
	const key = secret.trim();
	if (key === "") return text;
	let out = text.split(key).join(REDACTED);
	if (key.length < 4) return out;
	const width = Math.min(8, key.length);
	const pieces = new Set<string>();
	for (let i = 0; i + width <= key.length; i++) pieces.add(key.slice(i, i + width));
	out = out.replace(TOKEN_RUN, (run) => {
		if (run.includes("***")) return REDACTED;
		for (let i = 0; i + width <= run.length; i++) if (pieces.has(run.slice(i, i + width))) return REDACTED;
		return run;
	});
	return out;
}

/** `host:port` of a URL, for messages (never the path or query, where a key could sit). */
export function hostOf(url: string): string {
	try {
		return new URL(url).host || url;
	} catch {
		return url;
	}
}

/** A URL for messages: scheme, host and path only (no user info, query or fragment, where secrets sit). */
export function urlForMessage(url: string): string {
	try {
		const u = new URL(url);
		return `${u.protocol}//${u.host}${u.pathname}`;
	} catch {
		return url;
	}
}

function seconds(ms: number): string {
	return `${Number((ms / 1000).toFixed(1))} s`;
}

function tries(attempts: number): string {
	return attempts === 1 ? "1 attempt" : `${attempts} attempts`;
}

/** The user-facing messages, one per failure. */
export const messages = {
	noProvider: (): string => "no language model is chosen: pick a provider in settings",
	noModel: (): string => "no model is set: enter a model name in settings",
	noKey: (provider: string): string => `no API key is set for ${provider}: enter it in settings`,
	badBaseUrl: (url: string): string => `the base URL "${url}" is not an http:// or https:// address: check it in settings`,
	keyRefused: (status: number, detail?: string): string =>
		`the API key was refused (HTTP ${status}): check it in settings${detail ? ` (the server said: ${detail})` : ""}`,
	modelNotFound: (model: string, host: string, status: number): string => `model "${model}" not found at ${host} (HTTP ${status})`,
	nothingAt: (url: string, status: number): string => `nothing answers at ${url} (HTTP ${status}): check the base URL in settings`,
	unreachable: (host: string): string => `could not reach ${host}: is the server running?`,
	timeout: (host: string, ms: number, attempts: number): string =>
		`no answer from ${host} in ${seconds(ms)} (${tries(attempts)}): raise the timeout in settings or try a smaller model`,
	rateLimited: (provider: string, attempts: number, detail?: string): string =>
		`${provider} asked to slow down (HTTP 429, ${tries(attempts)}): wait a minute or lower the number of requests at once${detail ? ` (the server said: ${detail})` : ""}`,
	serverError: (provider: string, status: number, attempts: number, detail?: string): string =>
		`${provider} had a server error (HTTP ${status}, ${tries(attempts)}): try again later${detail ? ` (the server said: ${detail})` : ""}`,
	rejected: (provider: string, status: number, detail?: string): string =>
		`${provider} rejected the request (HTTP ${status})${detail ? `: ${detail}` : ""}`,
	refused: (detail: string): string => `the model refused: ${detail}`,
	truncated: (): string => "the reply was cut off (max tokens)",
	notJson: (): string => "the reply was not valid JSON",
	badShape: (problems: readonly string[]): string =>
		`the reply did not match the schema (${problems.slice(0, 3).join("; ")}${problems.length > 3 ? `; ${problems.length - 3} more` : ""})`,
	unreadable: (provider: string): string => `${provider} sent an answer in an unknown format`,
};

const MAX_DETAIL = 200;

/**
 * A server's own explanation from an error body (`error.message` of OpenAI, Anthropic and Gemini,
 * Ollama's `error` string), on one line and shortened; undefined when there is none. Not redacted
 * here: the whole message is, where it is made.
 */
export function serverDetail(body: string): string | undefined {
	let detail: string | undefined;
	try {
		const parsed: unknown = JSON.parse(body);
		const error = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>)["error"] : undefined;
		if (typeof error === "string") detail = error;
		else if (typeof error === "object" && error !== null) {
			const message = (error as Record<string, unknown>)["message"];
			if (typeof message === "string") detail = message;
		}
	} catch {
		detail = body;
	}
	if (detail === undefined) return undefined;
	// Plain text only: no markup from a server reaches a notice.
	const flat = detail.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
	if (flat === "") return undefined;
	const chars = Array.from(flat);
	return chars.length > MAX_DETAIL ? `${chars.slice(0, MAX_DETAIL - 1).join("")}…` : flat;
}
