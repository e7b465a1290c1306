import type { HttpRequest, HttpResponse } from "../../ports";
import type { EnrichError } from "../errors";
import type { JsonSchema } from "../schema";
import type { TokenUsage } from "../usage";

/** One request to a model: the prompt, the schema of the answer, the output budget. */
export interface ModelCall {
	system: string;
	user: string;
	schema: JsonSchema & { type: "object" };
	maxOutputTokens: number;
}

/** What a 2xx answer held. */
export type Completion =
	/** Text that should be the JSON object. */
	| { kind: "text"; text: string; usage: TokenUsage }
	/** The object itself (Anthropic's tool input). */
	| { kind: "object"; value: unknown; usage: TokenUsage }
	| { kind: "refused"; detail: string; usage: TokenUsage }
	/** Cut off by the output budget. */
	| { kind: "truncated"; usage: TokenUsage };

/** How a failed answer (status outside 2xx) should be handled. */
export type Failure =
	| { retry: true; kind: "rate-limit" | "server"; status: number; detail?: string; retryAfterMs?: number }
	| { retry: false; error: EnrichError };

/** One provider's wire format. Adapters are pure: they build requests and read answers. */
export interface ProviderAdapter {
	/** For messages: "OpenAI", "Anthropic", "Gemini", or the host of an OpenAI-compatible server. */
	readonly label: string;
	/** The request, without its timeout. */
	buildRequest(call: ModelCall): HttpRequest;
	/** Reads a 2xx answer; throws EnrichError ("invalid") when the body is not the provider's format. */
	parseResponse(response: HttpResponse): Completion;
	/** Classifies an answer outside 2xx. */
	classifyFailure(response: HttpResponse): Failure;
}

/** What an adapter needs from the settings. */
export interface AdapterOptions {
	baseUrl: string;
	model: string;
	apiKey: string;
}
