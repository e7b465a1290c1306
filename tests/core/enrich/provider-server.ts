/**
 * A real HTTP server on 127.0.0.1 that speaks the wire format of OpenAI Chat Completions (also
 * Ollama's and other OpenAI-compatible servers'), Anthropic Messages and Gemini generateContent.
 *
 * It checks every request the way the provider would (path, method, auth header name and value,
 * body shape, the structured-output schema rules) and answers a request it would reject with the
 * provider's 400, recording the problem (`problems`). Answers are shaped like the providers'
 * documented responses, usage fields included. A wrong key gets the provider's own answer to a
 * wrong key (401; Gemini: 400 API_KEY_INVALID), an unknown model its 404. Other behaviours
 * (429 with Retry-After, 500, no answer, malformed JSON, a cut-off reply, a refusal) are scripted.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Provider = "openai" | "anthropic" | "gemini";

export type Behaviour =
	/** A structured reply holding this value (default: a valid reply for the schema asked for). */
	| { type: "reply"; value?: unknown }
	/** A reply whose text is exactly this (Anthropic: a text block instead of the tool call). */
	| { type: "text"; text: string }
	/** Cut off by the token limit, with this much of the text. */
	| { type: "truncated"; text?: string }
	| { type: "refusal"; message?: string }
	| { type: "rate-limited"; retryAfter?: string }
	| { type: "server-error"; status?: number }
	/** HTTP 200 whose body is not JSON at all. */
	| { type: "garbage" }
	/** Any status and body. */
	| { type: "raw"; status: number; body: string; headers?: Record<string, string> }
	/** Never answers. */
	| { type: "hang" };

export interface SeenRequest {
	n: number;
	method: string;
	path: string;
	/** Lower-case header names. */
	headers: Record<string, string>;
	body: Record<string, unknown>;
	/** The schema the request asked the answer to follow, in JSON Schema terms (Gemini's converted back). */
	schemaProperties: string[];
}

export interface ProviderServerOptions {
	provider: Provider;
	/** The key the server accepts; "" = no key expected (a local OpenAI-compatible server). */
	key: string;
	/** Models the server has. */
	models: string[];
	/** Behaviour of the n-th request (0-based); default a valid reply. */
	behave?: (req: SeenRequest) => Behaviour;
	/** Hold every answer this long (ms). */
	latencyMs?: number;
	/** Hold answers until this many requests are in flight (or 2 s pass), then release them together. */
	gate?: number;
	usage?: { input: number; output: number };
}

const GEMINI_PREFIX = "/v1beta/models/";

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

/* ------------------------------------------------------------------ request checks */

/** OpenAI strict mode: every object lists all its properties as required and forbids others. */
function checkStrictSchema(schema: unknown, path: string, problems: string[]): void {
	if (!isObject(schema)) return void problems.push(`${path}: not an object`);
	if (schema["type"] === "object") {
		const props = schema["properties"];
		if (!isObject(props)) return void problems.push(`${path}.properties: missing`);
		if (schema["additionalProperties"] !== false) problems.push(`${path}.additionalProperties: must be false in strict mode`);
		const required = schema["required"];
		const keys = Object.keys(props);
		if (!Array.isArray(required) || required.length !== keys.length || !keys.every((k) => required.includes(k)))
			problems.push(`${path}.required: must list every property in strict mode`);
		for (const k of keys) checkStrictSchema(props[k], `${path}.properties.${k}`, problems);
	} else if (schema["type"] === "array") {
		checkStrictSchema(schema["items"], `${path}.items`, problems);
	} else if (!["string", "boolean", "number", "integer"].includes(String(schema["type"]))) {
		problems.push(`${path}.type: unsupported ${String(schema["type"])}`);
	}
}

/** Gemini's Schema: upper-case types, no JSON-Schema-only keywords. */
function checkGeminiSchema(schema: unknown, path: string, problems: string[]): void {
	if (!isObject(schema)) return void problems.push(`${path}: not an object`);
	for (const key of Object.keys(schema)) {
		if (!["type", "properties", "required", "items", "minItems", "maxItems", "description", "propertyOrdering", "enum", "nullable", "format"].includes(key))
			problems.push(`${path}: Invalid JSON payload received. Unknown name "${key}"`);
	}
	const type = schema["type"];
	if (!["OBJECT", "ARRAY", "STRING", "BOOLEAN", "NUMBER", "INTEGER"].includes(String(type))) problems.push(`${path}.type: invalid value ${String(type)}`);
	const props = schema["properties"];
	if (type === "OBJECT" && isObject(props)) for (const [k, v] of Object.entries(props)) checkGeminiSchema(v, `${path}.properties.${k}`, problems);
	if (type === "ARRAY") checkGeminiSchema(schema["items"], `${path}.items`, problems);
}

function topProperties(schema: unknown): string[] {
	return isObject(schema) && isObject(schema["properties"]) ? Object.keys(schema["properties"]) : [];
}

function checkOpenAi(req: SeenRequest, problems: string[]): void {
	const b = req.body;
	if (typeof b["model"] !== "string") problems.push("model: required");
	const msgs = b["messages"];
	if (!Array.isArray(msgs) || msgs.length === 0) problems.push("messages: required");
	else for (const m of msgs) if (!isObject(m) || !["system", "user", "assistant", "developer"].includes(String(m["role"])) || typeof m["content"] !== "string") problems.push("messages: bad message");
	const rf = b["response_format"];
	const js = isObject(rf) ? rf["json_schema"] : undefined;
	if (!isObject(rf) || rf["type"] !== "json_schema" || !isObject(js)) problems.push("response_format: expected json_schema");
	else {
		if (typeof js["name"] !== "string" || !/^[a-zA-Z0-9_-]{1,64}$/.test(js["name"])) problems.push("response_format.json_schema.name: invalid");
		if (js["strict"] !== true) problems.push("response_format.json_schema.strict: expected true");
		checkStrictSchema(js["schema"], "response_format.json_schema.schema", problems);
		req.schemaProperties = topProperties(js["schema"]);
	}
	const max = b["max_completion_tokens"] ?? b["max_tokens"];
	if (!Number.isInteger(max) || (max as number) < 1) problems.push("max_completion_tokens: expected a positive integer");
}

function checkAnthropic(req: SeenRequest, problems: string[]): void {
	const b = req.body;
	if (req.headers["anthropic-version"] !== "2023-06-01") problems.push("anthropic-version: header required");
	if (req.headers["authorization"] !== undefined) problems.push("authorization: Anthropic takes x-api-key");
	if (typeof b["model"] !== "string") problems.push("model: Field required");
	if (!Number.isInteger(b["max_tokens"])) problems.push("max_tokens: Field required");
	if (typeof b["system"] !== "string") problems.push("system: expected a string");
	const msgs = b["messages"];
	if (!Array.isArray(msgs) || msgs.length !== 1 || !isObject(msgs[0]) || msgs[0]["role"] !== "user" || typeof msgs[0]["content"] !== "string") problems.push("messages: expected one user message");
	const tools = b["tools"];
	const tool: unknown = Array.isArray(tools) ? tools[0] : undefined;
	if (!isObject(tool) || typeof tool["name"] !== "string" || !/^[a-zA-Z0-9_-]{1,64}$/.test(tool["name"]) || !isObject(tool["input_schema"]) || tool["input_schema"]["type"] !== "object") {
		problems.push("tools.0: name and an object input_schema required");
	} else {
		req.schemaProperties = topProperties(tool["input_schema"]);
		const choice = b["tool_choice"];
		if (!isObject(choice) || choice["type"] !== "tool" || choice["name"] !== tool["name"]) problems.push("tool_choice: expected {type: tool, name} forcing the tool");
	}
}

function checkGemini(req: SeenRequest, url: URL, problems: string[]): void {
	const b = req.body;
	if (url.searchParams.has("key")) problems.push("key: the API key must not be in the URL");
	if (req.headers["authorization"] !== undefined) problems.push("authorization: Gemini takes x-goog-api-key here");
	const contents = b["contents"];
	const first: unknown = Array.isArray(contents) ? contents[0] : undefined;
	const parts = isObject(first) ? first["parts"] : undefined;
	if (!Array.isArray(parts) || !isObject(parts[0]) || typeof parts[0]["text"] !== "string") problems.push("contents: expected parts with text");
	const sys = b["systemInstruction"];
	if (sys !== undefined && (!isObject(sys) || !Array.isArray(sys["parts"]))) problems.push("systemInstruction: expected parts");
	const gc = b["generationConfig"];
	if (!isObject(gc) || gc["responseMimeType"] !== "application/json") problems.push("generationConfig.responseMimeType: expected application/json");
	else {
		checkGeminiSchema(gc["responseSchema"], "generationConfig.responseSchema", problems);
		req.schemaProperties = topProperties(gc["responseSchema"]);
		if (gc["maxOutputTokens"] !== undefined && !Number.isInteger(gc["maxOutputTokens"])) problems.push("generationConfig.maxOutputTokens: expected an integer");
	}
}

/* ------------------------------------------------------------------ answers */

/** A valid answer for the requested fields, in a recognisable form. */
export function validReply(properties: readonly string[], n = 0): Record<string, unknown> {
	const all: Record<string, unknown> = {
		title_translated: `번역된 제목 ${n}`,
		abstract_translated: `번역된 초록 ${n}. 두 번째 문장.`,
		summary: `Summary of paper ${n}.`,
		key_points: ["First point.", "Second point.", "Third point."],
		keywords: { evolved: ["Retrieval-Augmented Generation"], broad: ["Machine Learning"], specific: ["Graph Neural Networks"], unique: [`Model-${n}`] },
		ok: true,
	};
	const out: Record<string, unknown> = {};
	for (const p of properties) out[p] = all[p];
	return out;
}

interface Answer {
	status: number;
	body: string;
	headers?: Record<string, string>;
}

const json = (status: number, value: unknown, headers?: Record<string, string>): Answer => ({ status, body: JSON.stringify(value), headers });

function maskKey(key: string): string {
	return key.length <= 12 ? "*".repeat(key.length) : `${key.slice(0, 8)}${"*".repeat(key.length - 12)}${key.slice(-4)}`;
}

class Wire {
	constructor(
		readonly provider: Provider,
		private readonly usage: { input: number; output: number },
	) {}

	success(text: string | undefined, value: unknown, finish: "stop" | "length", model: string, n: number): Answer {
		const { input, output } = this.usage;
		switch (this.provider) {
			case "openai":
				return json(200, {
					id: `chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJK${n}`,
					object: "chat.completion",
					created: 1741569952,
					model,
					choices: [{ index: 0, message: { role: "assistant", content: text ?? JSON.stringify(value), refusal: null, annotations: [] }, logprobs: null, finish_reason: finish }],
					usage: {
						prompt_tokens: input,
						completion_tokens: output,
						total_tokens: input + output,
						prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
						completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
					},
					service_tier: "default",
					system_fingerprint: "fp_f4e629d0a5",
				});
			case "anthropic": {
				const content =
					text === undefined
						? [{ type: "tool_use", id: `toolu_01A09q90qw90lq917835lq9${n}`, name: "record_paper_notes", input: finish === "length" ? {} : value }]
						: [{ type: "text", text }];
				return json(200, {
					id: `msg_01XFDUDYJgAACzvnptvVoYE${n}`,
					type: "message",
					role: "assistant",
					model,
					content,
					stop_reason: finish === "length" ? "max_tokens" : text === undefined ? "tool_use" : "end_turn",
					stop_sequence: null,
					usage: { input_tokens: input, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: output, service_tier: "standard" },
				});
			}
			case "gemini":
				return json(200, {
					candidates: [{ content: { parts: [{ text: text ?? JSON.stringify(value) }], role: "model" }, finishReason: finish === "length" ? "MAX_TOKENS" : "STOP", index: 0 }],
					usageMetadata: { promptTokenCount: input, candidatesTokenCount: output, totalTokenCount: input + output, promptTokensDetails: [{ modality: "TEXT", tokenCount: input }] },
					modelVersion: model,
					responseId: `mAitaLmkHPPlz7IPvtfUqQ${n}`,
				});
		}
	}

	refusal(message: string, model: string): Answer {
		const { input, output } = this.usage;
		switch (this.provider) {
			case "openai":
				return json(200, {
					id: "chatcmpl-refusal",
					object: "chat.completion",
					created: 1741569952,
					model,
					choices: [{ index: 0, message: { role: "assistant", content: null, refusal: message, annotations: [] }, logprobs: null, finish_reason: "stop" }],
					usage: { prompt_tokens: input, completion_tokens: output, total_tokens: input + output },
				});
			case "anthropic":
				return json(200, {
					id: "msg_refusal",
					type: "message",
					role: "assistant",
					model,
					content: [{ type: "text", text: message }],
					stop_reason: "refusal",
					stop_sequence: null,
					usage: { input_tokens: input, output_tokens: output },
				});
			case "gemini":
				return json(200, {
					candidates: [
						{
							finishReason: "SAFETY",
							index: 0,
							safetyRatings: [
								{ category: "HARM_CATEGORY_DANGEROUS_CONTENT", probability: "HIGH", blocked: true },
								{ category: "HARM_CATEGORY_HARASSMENT", probability: "NEGLIGIBLE" },
							],
						},
					],
					usageMetadata: { promptTokenCount: input, totalTokenCount: input },
					modelVersion: model,
				});
		}
	}

	wrongKey(presented: string): Answer {
		switch (this.provider) {
			case "openai":
				return json(401, {
					error: {
						message: `Incorrect API key provided: ${maskKey(presented)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
						type: "invalid_request_error",
						param: null,
						code: "invalid_api_key",
					},
				});
			case "anthropic":
				return json(401, { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" }, request_id: "req_011CSHoEeqs5C35K2UUqR7Fy" });
			case "gemini":
				return json(400, {
					error: {
						code: 400,
						message: "API key not valid. Please pass a valid API key.",
						status: "INVALID_ARGUMENT",
						details: [
							{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "API_KEY_INVALID", domain: "googleapis.com", metadata: { service: "generativelanguage.googleapis.com" } },
							{ "@type": "type.googleapis.com/google.rpc.LocalizedMessage", locale: "en-US", message: "API key not valid. Please pass a valid API key." },
						],
					},
				});
		}
	}

	unknownModel(model: string, local: boolean): Answer {
		switch (this.provider) {
			case "openai":
				return local
					? json(404, { error: { message: `model "${model}" not found, try pulling it first`, type: "not_found_error", param: null, code: null } })
					: json(404, { error: { message: `The model \`${model}\` does not exist or you do not have access to it.`, type: "invalid_request_error", param: null, code: "model_not_found" } });
			case "anthropic":
				return json(404, { type: "error", error: { type: "not_found_error", message: `model: ${model}` }, request_id: "req_011CSHoEeqs5C35K2UUqR7Fz" });
			case "gemini":
				return json(404, {
					error: {
						code: 404,
						message: `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
						status: "NOT_FOUND",
					},
				});
		}
	}

	rateLimited(model: string, retryAfter: string | undefined): Answer {
		const headers = retryAfter === undefined ? undefined : { "retry-after": retryAfter };
		switch (this.provider) {
			case "openai":
				return json(
					429,
					{
						error: {
							message: `Rate limit reached for ${model} in organization org-test on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.`,
							type: "requests",
							param: null,
							code: "rate_limit_exceeded",
						},
					},
					headers,
				);
			case "anthropic":
				return json(429, { type: "error", error: { type: "rate_limit_error", message: "Number of request tokens has exceeded your per-minute rate limit" } }, headers);
			case "gemini":
				return json(
					429,
					{
						error: {
							code: 429,
							message: "You exceeded your current quota, please check your plan and billing details.",
							status: "RESOURCE_EXHAUSTED",
							details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "7s" }],
						},
					},
					headers,
				);
		}
	}

	serverError(status: number): Answer {
		switch (this.provider) {
			case "openai":
				return json(status, { error: { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", param: null, code: null } });
			case "anthropic":
				return status === 529
					? json(529, { type: "error", error: { type: "overloaded_error", message: "Overloaded" } })
					: json(status, { type: "error", error: { type: "api_error", message: "Internal server error" } });
			case "gemini":
				return json(status, { error: { code: status, message: "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting", status: "INTERNAL" } });
		}
	}

	badRequest(problems: string[]): Answer {
		const message = problems.join("; ");
		switch (this.provider) {
			case "openai":
				return json(400, { error: { message, type: "invalid_request_error", param: null, code: null } });
			case "anthropic":
				return json(400, { type: "error", error: { type: "invalid_request_error", message } });
			case "gemini":
				return json(400, { error: { code: 400, message, status: "INVALID_ARGUMENT" } });
		}
	}
}

/* ------------------------------------------------------------------ the server */

export class ProviderServer {
	readonly requests: SeenRequest[] = [];
	/** Requests the real provider would have rejected, and why. */
	readonly problems: string[] = [];
	inFlight = 0;
	maxInFlight = 0;
	private readonly server: Server;
	private readonly wire: Wire;
	private waiting: Array<() => void> = [];
	url = "";

	constructor(private readonly options: ProviderServerOptions) {
		this.wire = new Wire(options.provider, options.usage ?? { input: 120, output: 80 });
		this.server = createServer((req, res) => void this.handle(req, res));
	}

	static async start(options: ProviderServerOptions): Promise<ProviderServer> {
		const s = new ProviderServer(options);
		await new Promise<void>((resolve) => s.server.listen(0, "127.0.0.1", resolve));
		s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
		return s;
	}

	get provider(): Provider {
		return this.options.provider;
	}

	/** The base URL a client should be configured with. */
	get baseUrl(): string {
		return this.options.provider === "gemini" ? `${this.url}/v1beta` : `${this.url}/v1`;
	}

	async close(): Promise<void> {
		for (const release of this.waiting.splice(0)) release();
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		res.on("close", () => this.inFlight--);
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks).toString("utf8");
		const url = new URL(req.url ?? "/", this.url);
		const headers: Record<string, string> = {};
		for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k.toLowerCase()] = v;
		let body: Json = {};
		const problems: string[] = [];
		try {
			const parsed: unknown = JSON.parse(raw);
			if (isObject(parsed)) body = parsed;
			else problems.push("body: expected a JSON object");
		} catch {
			problems.push("body: not JSON");
		}
		const seen: SeenRequest = { n: this.requests.length, method: req.method ?? "", path: url.pathname, headers, body, schemaProperties: [] };
		this.requests.push(seen);
		const answer = await this.answer(seen, url, problems);
		if (answer === undefined) return; // hang
		await this.hold();
		res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
		res.end(answer.body);
	}

	private async hold(): Promise<void> {
		const { latencyMs, gate } = this.options;
		if (gate !== undefined) {
			await new Promise<void>((resolve) => {
				this.waiting.push(resolve);
				if (this.waiting.length >= gate) for (const release of this.waiting.splice(0)) release();
				else setTimeout(resolve, 2000);
			});
		}
		if (latencyMs !== undefined) await new Promise((resolve) => setTimeout(resolve, latencyMs));
	}

	private async answer(seen: SeenRequest, url: URL, problems: string[]): Promise<Answer | undefined> {
		const { provider, key, models } = this.options;
		const local = provider === "openai" && key === "";
		// Which endpoint, which model.
		let model: string | undefined;
		if (seen.method !== "POST") problems.push(`method: expected POST, got ${seen.method}`);
		if (!(seen.headers["content-type"] ?? "").startsWith("application/json")) problems.push("content-type: expected application/json");
		if (provider === "openai" && seen.path === "/v1/chat/completions") model = String(seen.body["model"]);
		else if (provider === "anthropic" && seen.path === "/v1/messages") model = String(seen.body["model"]);
		else if (provider === "gemini" && seen.path.startsWith(GEMINI_PREFIX) && seen.path.endsWith(":generateContent")) model = decodeURIComponent(seen.path.slice(GEMINI_PREFIX.length, -":generateContent".length));
		if (model === undefined) {
			this.problems.push(`path: nothing at ${seen.path}`);
			return { status: 404, body: "404 page not found", headers: { "content-type": "text/plain" } };
		}
		// Who is asking.
		const presented =
			provider === "openai" ? (seen.headers["authorization"] ?? "").replace(/^Bearer /, "") : provider === "anthropic" ? (seen.headers["x-api-key"] ?? "") : (seen.headers["x-goog-api-key"] ?? "");
		if (provider === "openai" && key !== "" && !(seen.headers["authorization"] ?? "").startsWith("Bearer ")) problems.push("authorization: expected Bearer");
		if (local && seen.headers["authorization"] !== undefined) problems.push("authorization: sent to a server that needs no key");
		if (key !== "" && presented !== key) return this.wire.wrongKey(presented);
		// What is asked.
		if (provider === "openai") checkOpenAi(seen, problems);
		else if (provider === "anthropic") checkAnthropic(seen, problems);
		else checkGemini(seen, url, problems);
		if (problems.length > 0) {
			this.problems.push(...problems);
			return this.wire.badRequest(problems);
		}
		if (!models.includes(model)) return this.wire.unknownModel(model, local);

		const behaviour = this.options.behave?.(seen) ?? { type: "reply" };
		switch (behaviour.type) {
			case "reply":
				return this.wire.success(undefined, behaviour.value ?? validReply(seen.schemaProperties, seen.n), "stop", model, seen.n);
			case "text":
				return this.wire.success(behaviour.text, undefined, "stop", model, seen.n);
			case "truncated":
				return this.wire.success(behaviour.text ?? '{"title_translated": "잘린', undefined, "length", model, seen.n);
			case "refusal":
				return this.wire.refusal(behaviour.message ?? "I'm sorry, I cannot assist with that request.", model);
			case "rate-limited":
				return this.wire.rateLimited(model, behaviour.retryAfter);
			case "server-error":
				return this.wire.serverError(behaviour.status ?? 500);
			case "garbage":
				return { status: 200, body: "<html><body>upstream proxy error</body></html>", headers: { "content-type": "text/html" } };
			case "raw":
				return { status: behaviour.status, body: behaviour.body, headers: behaviour.headers };
			case "hang":
				return new Promise<undefined>(() => undefined).then(() => undefined);
		}
	}
}
