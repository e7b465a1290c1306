import { baseUrlFor, type EnrichConfig } from "../config";
import { hostOf } from "../errors";
import { AnthropicAdapter } from "./anthropic";
import { GeminiAdapter } from "./gemini";
import { OpenAiAdapter } from "./openai";
import type { ProviderAdapter } from "./types";

/** The adapter for the configured provider; undefined for "none". */
export function adapterFor(config: EnrichConfig): ProviderAdapter | undefined {
	const options = { baseUrl: baseUrlFor(config), model: config.model.trim(), apiKey: config.apiKey.trim() };
	switch (config.provider) {
		case "none":
			return undefined;
		case "openai":
			return new OpenAiAdapter(options, "OpenAI", true);
		case "openai-compatible":
			return new OpenAiAdapter(options, `the server at ${hostOf(options.baseUrl)}`, false);
		case "anthropic":
			return new AnthropicAdapter(options);
		case "gemini":
			return new GeminiAdapter(options);
	}
}
