/** Shared pieces of the enrichment tests: servers closed after each test, configs pointing at them. */
import { afterEach } from "vitest";
import { FetchHttpClient } from "../../../src/cli/http";
import { DEFAULT_ENRICH_CONFIG, type EnrichConfig } from "../../../src/core/enrich/config";
import { Enricher } from "../../../src/core/enrich/enricher";
import type { Paper } from "../../../src/core/model";
import type { HttpClient, HttpRequest, HttpResponse } from "../../../src/core/ports";
import { fixedClock, paper } from "../../support/fakes";
import { ProviderServer, type Provider, type ProviderServerOptions } from "./provider-server";

const running: ProviderServer[] = [];
afterEach(async () => {
	for (const server of running.splice(0)) await server.close();
});

export const KEYS: Record<Provider, string> = {
	openai: "sk-proj-TESTKEY0123456789abcdefghijklmnop",
	anthropic: "sk-ant-api03-TESTKEY0123456789abcdefghij",
	gemini: "AIzaSyTESTKEY0123456789abcdefghijklm",
};

export const MODELS: Record<Provider, string> = { openai: "gpt-test", anthropic: "claude-test", gemini: "gemini-test" };

export async function serve(provider: Provider, options: Partial<ProviderServerOptions> = {}): Promise<ProviderServer> {
	const server = await ProviderServer.start({ provider, key: KEYS[provider], models: [MODELS[provider]], ...options });
	running.push(server);
	return server;
}

/** A config for the server's provider, every output on, Korean, small timeout and no waiting between retries. */
export function configFor(server: ProviderServer, change: Partial<EnrichConfig> = {}): EnrichConfig {
	const provider = server.provider;
	return {
		...DEFAULT_ENRICH_CONFIG,
		provider,
		model: MODELS[provider],
		baseUrl: server.baseUrl,
		apiKey: KEYS[provider],
		targetLanguage: "Korean",
		outputs: { translation: true, summary: true, keyPoints: true, keywords: true },
		concurrency: 4,
		timeoutMs: 2000,
		backoffMs: 1000,
		...change,
	};
}

export function enricherFor(config: EnrichConfig, http: HttpClient = new FetchHttpClient()): { enricher: Enricher; clock: ReturnType<typeof fixedClock> } {
	const clock = fixedClock();
	return { enricher: new Enricher(config, http, clock), clock };
}

export function papers(count: number): Paper[] {
	return Array.from({ length: count }, (_, i) => paper({ id: `2401.${String(i + 1).padStart(5, "0")}`, title: `Paper number ${i + 1}` }));
}

/** Counts requests that reach the HTTP client (also when no server answers). */
export class CountingHttp implements HttpClient {
	readonly requests: HttpRequest[] = [];
	private readonly inner = new FetchHttpClient();
	request(req: HttpRequest): Promise<HttpResponse> {
		this.requests.push(req);
		return this.inner.request(req);
	}
}

/** The request body's `max_completion_tokens`, `max_tokens` or `generationConfig.maxOutputTokens`. */
export function maxTokensOf(body: Record<string, unknown>): unknown {
	const gc = body["generationConfig"];
	return body["max_completion_tokens"] ?? body["max_tokens"] ?? (typeof gc === "object" && gc !== null ? (gc as Record<string, unknown>)["maxOutputTokens"] : undefined);
}

/** The user message text of a request, whatever the provider. */
export function userText(body: Record<string, unknown>): string {
	const messages = body["messages"];
	if (Array.isArray(messages)) {
		const user: unknown = messages.find((m) => (m as Record<string, unknown>)["role"] === "user");
		return String((user as Record<string, unknown> | undefined)?.["content"] ?? "");
	}
	const contents = body["contents"] as Array<{ parts: Array<{ text: string }> }> | undefined;
	return contents?.[0]?.parts[0]?.text ?? "";
}
