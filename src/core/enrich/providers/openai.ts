/**
 * OpenAI Chat Completions (`POST {base}/chat/completions`), also spoken by Ollama, LM Studio,
 * llama.cpp's server and vLLM. Structured output through `response_format` with a strict JSON schema.
 */
import type { HttpRequest, HttpResponse } from "../../ports";
import { EnrichError, messages, serverDetail } from "../errors";
import { tokenCount } from "../usage";
import { classifyStatus, field, jsonObject } from "./failure";
import type { AdapterOptions, Completion, Failure, ModelCall, ProviderAdapter } from "./types";

export const OPENAI_SCHEMA_NAME = "paper_enrichment";

export class OpenAiAdapter implements ProviderAdapter {
	private readonly url: string;

	/** `hosted`: api.openai.com (sends `max_completion_tokens`); otherwise a compatible server (`max_tokens`, a low temperature). */
	constructor(
		private readonly options: AdapterOptions,
		readonly label: string,
		private readonly hosted: boolean,
	) {
		this.url = `${options.baseUrl}/chat/completions`;
	}

	buildRequest(call: ModelCall): HttpRequest {
		const headers: Record<string, string> = { "content-type": "application/json" };
		if (this.options.apiKey !== "") headers["authorization"] = `Bearer ${this.options.apiKey}`;
		const body: Record<string, unknown> = {
			model: this.options.model,
			messages: [
				{ role: "system", content: call.system },
				{ role: "user", content: call.user },
			],
			response_format: { type: "json_schema", json_schema: { name: OPENAI_SCHEMA_NAME, schema: call.schema, strict: true } },
		};
		// OpenAI's reasoning models take only max_completion_tokens and the default temperature;
		// local servers know max_tokens, and small models keep to a schema better when cool.
		if (this.hosted) body["max_completion_tokens"] = call.maxOutputTokens;
		else Object.assign(body, { max_tokens: call.maxOutputTokens, temperature: 0.2 });
		return { url: this.url, method: "POST", headers, body: JSON.stringify(body) };
	}

	parseResponse(response: HttpResponse): Completion {
		const body = jsonObject(response.text);
		const choices = field(body, "choices");
		const choice: unknown = Array.isArray(choices) ? choices[0] : undefined;
		const message = field(choice, "message");
		if (body === undefined || message === undefined) throw new EnrichError("invalid", messages.unreadable(this.label));
		const usageField = field(body, "usage");
		const usage = { inputTokens: tokenCount(field(usageField, "prompt_tokens")), outputTokens: tokenCount(field(usageField, "completion_tokens")) };
		const refusal = field(message, "refusal");
		if (typeof refusal === "string" && refusal.trim() !== "") return { kind: "refused", detail: refusal, usage };
		const finish = field(choice, "finish_reason");
		if (finish === "length") return { kind: "truncated", usage };
		if (finish === "content_filter") return { kind: "refused", detail: "the content filter stopped the reply", usage };
		const content = field(message, "content");
		if (typeof content !== "string") throw new EnrichError("invalid", messages.notJson());
		return { kind: "text", text: content, usage };
	}

	classifyFailure(response: HttpResponse): Failure {
		const code = field(field(jsonObject(response.text), "error"), "code");
		// A used-up quota is a 429 that waiting does not fix.
		if (response.status === 429 && code === "insufficient_quota") {
			return { retry: false, error: new EnrichError("request", messages.rejected(this.label, 429, serverDetail(response.text))) };
		}
		return classifyStatus(response, { label: this.label, model: this.options.model, url: this.url });
	}
}
