/**
 * Anthropic Messages (`POST {base}/messages`, `x-api-key`, `anthropic-version`). Structured output
 * through tool use: one tool whose input schema is the answer, forced with `tool_choice`.
 */
import type { HttpRequest, HttpResponse } from "../../ports";
import { ANTHROPIC_VERSION } from "../config";
import { EnrichError, messages } from "../errors";
import { tokenCount } from "../usage";
import { classifyStatus, field, jsonObject } from "./failure";
import type { AdapterOptions, Completion, Failure, ModelCall, ProviderAdapter } from "./types";

export const ANTHROPIC_TOOL = "record_paper_notes";

export class AnthropicAdapter implements ProviderAdapter {
	readonly label = "Anthropic";
	private readonly url: string;

	constructor(private readonly options: AdapterOptions) {
		this.url = `${options.baseUrl}/messages`;
	}

	buildRequest(call: ModelCall): HttpRequest {
		const body = {
			model: this.options.model,
			max_tokens: call.maxOutputTokens,
			system: call.system,
			messages: [{ role: "user", content: call.user }],
			tools: [{ name: ANTHROPIC_TOOL, description: "Records the notes on the paper. Call it once with every field filled in.", input_schema: call.schema }],
			tool_choice: { type: "tool", name: ANTHROPIC_TOOL },
		};
		return {
			url: this.url,
			method: "POST",
			headers: { "content-type": "application/json", "x-api-key": this.options.apiKey, "anthropic-version": ANTHROPIC_VERSION },
			body: JSON.stringify(body),
		};
	}

	parseResponse(response: HttpResponse): Completion {
		const body = jsonObject(response.text);
		const content = field(body, "content");
		if (body === undefined || !Array.isArray(content)) throw new EnrichError("invalid", messages.unreadable(this.label));
		const u = field(body, "usage");
		const usage = {
			// Cached prompt tokens are counted apart from input_tokens.
			inputTokens: tokenCount(field(u, "input_tokens")) + tokenCount(field(u, "cache_creation_input_tokens")) + tokenCount(field(u, "cache_read_input_tokens")),
			outputTokens: tokenCount(field(u, "output_tokens")),
		};
		const blocks: unknown[] = content;
		const text = blocks
			.filter((b) => field(b, "type") === "text")
			.map((b) => field(b, "text"))
			.filter((t): t is string => typeof t === "string")
			.join("");
		const stop = field(body, "stop_reason");
		if (stop === "refusal") return { kind: "refused", detail: text.trim() || "no reason given", usage };
		if (stop === "max_tokens") return { kind: "truncated", usage };
		const tool = blocks.find((b) => field(b, "type") === "tool_use" && field(b, "name") === ANTHROPIC_TOOL);
		if (tool !== undefined) return { kind: "object", value: field(tool, "input"), usage };
		return { kind: "text", text, usage };
	}

	classifyFailure(response: HttpResponse): Failure {
		return classifyStatus(response, { label: this.label, model: this.options.model, url: this.url });
	}
}
