/**
 * What the user chose for enrichment: which language model, where it runs, what it should write.
 * The plugin's settings hold one of these; `enrichConfigFrom` reads it back from saved data.
 */

export type ProviderKind = "none" | "openai-compatible" | "openai" | "anthropic" | "gemini";

export const PROVIDER_KINDS: readonly ProviderKind[] = ["none", "openai-compatible", "openai", "anthropic", "gemini"];

/** Names for the settings dropdown. */
export const PROVIDER_LABELS: Readonly<Record<ProviderKind, string>> = {
	none: "None",
	"openai-compatible": "OpenAI-compatible (Ollama, LM Studio, llama.cpp, vLLM)",
	openai: "OpenAI",
	anthropic: "Anthropic",
	gemini: "Google Gemini",
};

export interface EnrichOutputs {
	/** Title and abstract in the target language (skipped when the language is "none"). */
	translation: boolean;
	summary: boolean;
	keyPoints: boolean;
	/** Keywords in the four categories. */
	keywords: boolean;
}

export interface EnrichConfig {
	provider: ProviderKind;
	model: string;
	/** "" means the provider's default (`DEFAULT_BASE_URLS`). */
	baseUrl: string;
	/** Never written to a note, a notice, an error message or a log line. "" for a local server that needs none. */
	apiKey: string;
	/** An English language name ("Korean", "German"), or "none" to skip translation. */
	targetLanguage: string;
	outputs: EnrichOutputs;
	/** Requests in flight at once, 1 to 16. */
	concurrency: number;
	/** Per request, in milliseconds. */
	timeoutMs: number;
	/** Output token budget of one request (doubled for the one retry after a cut-off reply). Default 4096. */
	maxOutputTokens?: number;
	/** Retries after the first attempt on HTTP 429/5xx and timeouts. Default 2. */
	maxRetries?: number;
	/** First backoff when the server gives no Retry-After; doubles each retry. Default 2000 ms. */
	backoffMs?: number;
}

export const DEFAULT_BASE_URLS: Readonly<Record<Exclude<ProviderKind, "none">, string>> = {
	"openai-compatible": "http://localhost:11434/v1",
	openai: "https://api.openai.com/v1",
	anthropic: "https://api.anthropic.com/v1",
	gemini: "https://generativelanguage.googleapis.com/v1beta",
};

/** Suggestions for the model field's placeholder; the user types the model they have. */
export const EXAMPLE_MODELS: Readonly<Record<Exclude<ProviderKind, "none">, string>> = {
	"openai-compatible": "llama3.1:8b",
	openai: "gpt-4o-mini",
	anthropic: "claude-haiku-4-5",
	gemini: "gemini-2.5-flash",
};

export const ANTHROPIC_VERSION = "2023-06-01";

/** Choices for the target language setting, stored as written here. */
export const TARGET_LANGUAGES: readonly string[] = [
	"none",
	"Korean",
	"Japanese",
	"Chinese (Simplified)",
	"Chinese (Traditional)",
	"German",
	"French",
	"Spanish",
	"Portuguese",
	"Italian",
	"Dutch",
	"Polish",
	"Russian",
	"Ukrainian",
	"Turkish",
	"Arabic",
	"Hindi",
	"Indonesian",
	"Vietnamese",
	"Thai",
];

export const DEFAULT_ENRICH_CONFIG: EnrichConfig = {
	provider: "none",
	model: "",
	baseUrl: "",
	apiKey: "",
	targetLanguage: "none",
	outputs: { translation: true, summary: true, keyPoints: true, keywords: false },
	concurrency: 4,
	timeoutMs: 60_000,
};

export const MAX_CONCURRENCY = 16;

/** The base URL requests go to: the user's, or the provider's default; no trailing slash. */
export function baseUrlFor(config: EnrichConfig): string {
	const chosen = config.baseUrl.trim() || (config.provider === "none" ? "" : DEFAULT_BASE_URLS[config.provider]);
	return chosen.replace(/\/+$/, "");
}

/** Whether a translation is asked for: the output is on and a language is chosen. */
export function wantsTranslation(config: EnrichConfig): boolean {
	const language = config.targetLanguage.trim();
	return config.outputs.translation && language !== "" && language.toLowerCase() !== "none";
}

/** The outputs a request will really ask for (translation only with a target language). */
export function effectiveOutputs(config: EnrichConfig): EnrichOutputs {
	return { ...config.outputs, translation: wantsTranslation(config) };
}

/** True when a provider is chosen and at least one output would be asked for. */
export function enrichmentEnabled(config: EnrichConfig): boolean {
	const o = effectiveOutputs(config);
	return config.provider !== "none" && (o.translation || o.summary || o.keyPoints || o.keywords);
}

/** Whether the provider needs an API key (a local OpenAI-compatible server usually does not). */
export function needsApiKey(provider: ProviderKind): boolean {
	return provider === "openai" || provider === "anthropic" || provider === "gemini";
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
	return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

/** An EnrichConfig from saved data: unknown or mistyped values fall back to the defaults. */
export function enrichConfigFrom(data: unknown): EnrichConfig {
	const saved = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
	const str = (key: string, fallback: string): string => {
		const v = saved[key];
		return typeof v === "string" ? v : fallback;
	};
	const provider = PROVIDER_KINDS.find((p) => p === saved["provider"]) ?? DEFAULT_ENRICH_CONFIG.provider;
	const savedOutputs = typeof saved["outputs"] === "object" && saved["outputs"] !== null ? (saved["outputs"] as Record<string, unknown>) : {};
	const flag = (key: keyof EnrichOutputs): boolean => {
		const v = savedOutputs[key];
		return typeof v === "boolean" ? v : DEFAULT_ENRICH_CONFIG.outputs[key];
	};
	return {
		provider,
		model: str("model", "").trim(),
		baseUrl: str("baseUrl", "").trim(),
		apiKey: str("apiKey", "").trim(),
		targetLanguage: str("targetLanguage", DEFAULT_ENRICH_CONFIG.targetLanguage).trim() || "none",
		outputs: { translation: flag("translation"), summary: flag("summary"), keyPoints: flag("keyPoints"), keywords: flag("keywords") },
		concurrency: clampInt(saved["concurrency"], 1, MAX_CONCURRENCY, DEFAULT_ENRICH_CONFIG.concurrency),
		timeoutMs: clampInt(saved["timeoutMs"], 1000, 600_000, DEFAULT_ENRICH_CONFIG.timeoutMs),
	};
}
