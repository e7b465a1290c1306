/**
 * Google Gemini (`POST {base}/models/{model}:generateContent`, key in `x-goog-api-key`, never in
 * the URL). Structured output through `generationConfig.responseSchema`, an OpenAPI-style schema.
 */
import type { HttpRequest, HttpResponse } from "../../ports";
import { EnrichError, messages } from "../errors";
import type { JsonSchema } from "../schema";
import { tokenCount } from "../usage";
import { classifyStatus, field, jsonObject } from "./failure";
import type { AdapterOptions, Completion, Failure, ModelCall, ProviderAdapter } from "./types";

/** Finish reasons that mean the reply was withheld. */
const BLOCKED = new Set(["SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "LANGUAGE", "IMAGE_SAFETY"]);

/** Our JSON Schema as Gemini's Schema object: upper-case types, `propertyOrdering`, no `additionalProperties`. */
export function toGeminiSchema(schema: JsonSchema): Record<string, unknown> {
	const description = schema.description === undefined ? {} : { description: schema.description };
	switch (schema.type) {
		case "string":
			return { type: "STRING", ...description };
		case "boolean":
			return { type: "BOOLEAN", ...description };
		case "array":
			return {
				type: "ARRAY",
				items: toGeminiSchema(schema.items),
				...(schema.minItems === undefined ? {} : { minItems: schema.minItems }),
				...(schema.maxItems === undefined ? {} : { maxItems: schema.maxItems }),
				...description,
			};
		case "object": {
			const properties: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(schema.properties)) properties[key] = toGeminiSchema(value);
			return { type: "OBJECT", properties, required: schema.required, propertyOrdering: Object.keys(schema.properties), ...description };
		}
	}
}

/** `"1.5s"` (a protobuf Duration in JSON) in milliseconds. */
function durationMs(value: unknown): number | undefined {
	if (typeof value !== "string") return undefined;
	const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
	return match?.[1] === undefined ? undefined : Math.round(Number(match[1]) * 1000);
}

export class GeminiAdapter implements ProviderAdapter {
	readonly label = "Gemini";
	private readonly url: string;

	constructor(private readonly options: AdapterOptions) {
		const model = options.model.replace(/^models\//, "");
		this.url = `${options.baseUrl}/models/${encodeURIComponent(model)}:generateContent`;
	}

	buildRequest(call: ModelCall): HttpRequest {
		const body = {
			systemInstruction: { parts: [{ text: call.system }] },
			contents: [{ role: "user", parts: [{ text: call.user }] }],
			generationConfig: { responseMimeType: "application/json", responseSchema: toGeminiSchema(call.schema), maxOutputTokens: call.maxOutputTokens },
		};
		return {
			url: this.url,
			method: "POST",
			headers: { "content-type": "application/json", "x-goog-api-key": this.options.apiKey },
			body: JSON.stringify(body),
		};
	}

	parseResponse(response: HttpResponse): Completion {
		const body = jsonObject(response.text);
		if (body === undefined) throw new EnrichError("invalid", messages.unreadable(this.label));
		const meta = field(body, "usageMetadata");
		// Thinking tokens are billed as output.
		const usage = {
			inputTokens: tokenCount(field(meta, "promptTokenCount")),
			outputTokens: tokenCount(field(meta, "candidatesTokenCount")) + tokenCount(field(meta, "thoughtsTokenCount")),
		};
		const candidates = field(body, "candidates");
		const candidate: unknown = Array.isArray(candidates) ? candidates[0] : undefined;
		if (candidate === undefined) {
			const blocked = field(field(body, "promptFeedback"), "blockReason");
			if (typeof blocked === "string") return { kind: "refused", detail: `Gemini blocked the request (${blocked})`, usage };
			throw new EnrichError("invalid", messages.unreadable(this.label));
		}
		const finish = field(candidate, "finishReason");
		if (typeof finish === "string" && BLOCKED.has(finish)) return { kind: "refused", detail: `Gemini withheld the reply (${finish})`, usage };
		if (finish === "MAX_TOKENS") return { kind: "truncated", usage };
		const parts = field(field(candidate, "content"), "parts");
		const list: unknown[] = Array.isArray(parts) ? parts : [];
		const text = list
			.filter((p) => field(p, "thought") !== true)
			.map((p) => field(p, "text"))
			.filter((t): t is string => typeof t === "string")
			.join("");
		return { kind: "text", text, usage };
	}

	classifyFailure(response: HttpResponse): Failure {
		const error = field(jsonObject(response.text), "error");
		const details = field(error, "details");
		const list: unknown[] = Array.isArray(details) ? details : [];
		// Gemini answers a wrong key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID.
		if (response.status === 400 && list.some((d) => field(d, "reason") === "API_KEY_INVALID")) {
			return { retry: false, error: new EnrichError("auth", messages.keyRefused(400)) };
		}
		const failure = classifyStatus(response, { label: this.label, model: this.options.model, url: this.url });
		if (failure.retry) {
			const info = list.find((d) => field(d, "@type") === "type.googleapis.com/google.rpc.RetryInfo");
			const delay = durationMs(field(info, "retryDelay"));
			if (delay !== undefined) return { ...failure, retryAfterMs: delay };
		}
		return failure;
	}
}
