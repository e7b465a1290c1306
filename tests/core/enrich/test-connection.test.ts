import { describe, expect, it } from "vitest";
import { FetchHttpClient } from "../../../src/cli/http";
import { testConnection } from "../../../src/core/enrich/test-connection";
import { fixedClock } from "../../support/fakes";
import type { Provider } from "./provider-server";
import { configFor, KEYS, MODELS, serve } from "./setup";

const LABELS: Record<Provider, string> = { openai: "OpenAI", anthropic: "Anthropic", gemini: "Gemini" };

describe.each(["openai", "anthropic", "gemini"] as const)("testConnection with %s", (provider) => {
	it("says it is connected, with the model and the tokens of one tiny request", async () => {
		const server = await serve(provider, { usage: { input: 12, output: 3 } });
		const report = await testConnection(configFor(server), new FetchHttpClient(), fixedClock());
		expect(report).toEqual({ ok: true, message: `Connected to ${LABELS[provider]}: model "${MODELS[provider]}" answered in 0 s (15 tokens (12 in, 3 out)).` });
		expect(server.requests).toHaveLength(1);
		expect(server.problems).toEqual([]);
		expect(server.requests[0]?.schemaProperties).toEqual(["ok"]);
	});

	it("says the key was refused, and never shows it", async () => {
		const server = await serve(provider);
		const wrong = `${KEYS[provider]}-typo`;
		const report = await testConnection(configFor(server, { apiKey: wrong }), new FetchHttpClient(), fixedClock());
		expect(report).toEqual({ ok: false, message: `the API key was refused (HTTP ${provider === "gemini" ? 400 : 401}): check it in settings` });
	});

	it("says the model is not found, naming it and the host", async () => {
		const server = await serve(provider);
		const report = await testConnection(configFor(server, { model: "typo-model" }), new FetchHttpClient(), fixedClock());
		expect(report).toEqual({ ok: false, message: `model "typo-model" not found at ${new URL(server.url).host} (HTTP 404)` });
	});

	it("makes one request only, even when the server fails", async () => {
		const server = await serve(provider, { behave: () => ({ type: "server-error" }) });
		const report = await testConnection(configFor(server), new FetchHttpClient(), fixedClock());
		expect(report.ok).toBe(false);
		expect(report.message).toMatch(/had a server error \(HTTP 500, 1 attempt\)/);
		expect(server.requests).toHaveLength(1);
	});
});

describe("testConnection", () => {
	it("says the URL is unreachable when no server listens", async () => {
		const server = await serve("openai", { key: "" });
		const url = server.baseUrl;
		await server.close();
		const report = await testConnection(configFor(server, { provider: "openai-compatible", apiKey: "", baseUrl: url }), new FetchHttpClient(), fixedClock());
		expect(report).toEqual({ ok: false, message: `could not reach ${new URL(url).host}: is the server running?` });
	});

	it("says so when the model answers but not with the JSON asked for", async () => {
		const server = await serve("openai", { key: "", behave: () => ({ type: "text", text: "pong" }) });
		const report = await testConnection(configFor(server, { provider: "openai-compatible", apiKey: "" }), new FetchHttpClient(), fixedClock());
		expect(report.ok).toBe(true);
		expect(report.message).toMatch(/^Connected to the server at 127\.0\.0\.1:\d+: model "gpt-test" answered in 0 s \(200 tokens \(120 in, 80 out\)\), but not with the JSON asked for \(the reply was not valid JSON\): this model may not support structured output\.$/);
	});

	it("checks the settings before asking anything", async () => {
		const server = await serve("anthropic");
		const http = new FetchHttpClient();
		expect(await testConnection(configFor(server, { provider: "none" }), http, fixedClock())).toEqual({ ok: false, message: "no language model is chosen: pick a provider in settings" });
		expect(await testConnection(configFor(server, { apiKey: " " }), http, fixedClock())).toEqual({ ok: false, message: "no API key is set for Anthropic: enter it in settings" });
		expect(server.requests).toHaveLength(0);
	});

	it("times out with the configured limit", async () => {
		const server = await serve("gemini", { behave: () => ({ type: "hang" }) });
		const report = await testConnection(configFor(server, { timeoutMs: 100 }), new FetchHttpClient(), fixedClock());
		expect(report).toEqual({ ok: false, message: `no answer from ${new URL(server.url).host} in 0.1 s (1 attempt): raise the timeout in settings or try a smaller model` });
	});
});
