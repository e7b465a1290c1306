import { describe, expect, it } from "vitest";
import { baseUrlFor, DEFAULT_ENRICH_CONFIG, effectiveOutputs, enrichConfigFrom, enrichmentEnabled } from "../../../src/core/enrich/config";
import { describeUsage } from "../../../src/core/enrich/usage";

describe("enrich config", () => {
	it("uses each provider's default base URL unless one is given, without a trailing slash", () => {
		const base = { ...DEFAULT_ENRICH_CONFIG };
		expect(baseUrlFor({ ...base, provider: "openai" })).toBe("https://api.openai.com/v1");
		expect(baseUrlFor({ ...base, provider: "anthropic" })).toBe("https://api.anthropic.com/v1");
		expect(baseUrlFor({ ...base, provider: "gemini" })).toBe("https://generativelanguage.googleapis.com/v1beta");
		expect(baseUrlFor({ ...base, provider: "openai-compatible" })).toBe("http://localhost:11434/v1");
		expect(baseUrlFor({ ...base, provider: "openai-compatible", baseUrl: " http://127.0.0.1:1234/v1/ " })).toBe("http://127.0.0.1:1234/v1");
	});

	it("skips the translation when the language is none", () => {
		expect(effectiveOutputs({ ...DEFAULT_ENRICH_CONFIG, targetLanguage: "none" }).translation).toBe(false);
		expect(effectiveOutputs({ ...DEFAULT_ENRICH_CONFIG, targetLanguage: "Korean" }).translation).toBe(true);
		expect(enrichmentEnabled({ ...DEFAULT_ENRICH_CONFIG, provider: "openai", targetLanguage: "none", outputs: { translation: true, summary: false, keyPoints: false, keywords: false } })).toBe(false);
		expect(enrichmentEnabled({ ...DEFAULT_ENRICH_CONFIG, provider: "none" })).toBe(false);
	});

	it("reads saved data, falling back to defaults for what is missing or wrong", () => {
		expect(enrichConfigFrom(null)).toEqual(DEFAULT_ENRICH_CONFIG);
		expect(
			enrichConfigFrom({ provider: "gemini", model: " gemini-2.5-flash ", concurrency: 99, timeoutMs: "fast", targetLanguage: "Japanese", outputs: { keywords: true, summary: "yes" } }),
		).toEqual({
			...DEFAULT_ENRICH_CONFIG,
			provider: "gemini",
			model: "gemini-2.5-flash",
			targetLanguage: "Japanese",
			outputs: { ...DEFAULT_ENRICH_CONFIG.outputs, keywords: true },
		});
		expect(enrichConfigFrom({ provider: "bard" }).provider).toBe("none");
	});

	it("describes a run's tokens for the final notice", () => {
		expect(describeUsage({ inputTokens: 12_345, outputTokens: 678 })).toBe("13,023 tokens (12,345 in, 678 out)");
		expect(describeUsage({ inputTokens: 1, outputTokens: 0 })).toBe("1 token (1 in, 0 out)");
	});
});
