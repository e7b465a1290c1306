import { describe, expect, it } from "vitest";
import { ANTHROPIC_VERSION, DEFAULT_BASE_URLS, DEFAULT_ENRICH_CONFIG } from "../../../src/core/enrich/config";
import { adapterFor } from "../../../src/core/enrich/providers";
import { toGeminiSchema } from "../../../src/core/enrich/providers/gemini";
import { buildSchema } from "../../../src/core/enrich/schema";
import { paper } from "../../support/fakes";
import { configFor, CountingHttp, enricherFor, KEYS, MODELS, serve } from "./setup";

const PAPER = paper({ id: "2401.00001" });

describe("OpenAI wire format", () => {
	it("posts to /chat/completions with a Bearer key, a strict JSON schema and max_completion_tokens", async () => {
		const server = await serve("openai");
		const { enricher } = enricherFor(configFor(server));
		expect((await enricher.enrich(PAPER)).ok).toBe(true);
		expect(server.problems).toEqual([]);
		const req = server.requests[0];
		expect(req?.path).toBe("/v1/chat/completions");
		expect(req?.headers["authorization"]).toBe(`Bearer ${KEYS.openai}`);
		expect(req?.body).toMatchObject({
			model: MODELS.openai,
			messages: [{ role: "system" }, { role: "user" }],
			response_format: { type: "json_schema", json_schema: { name: "paper_enrichment", strict: true } },
			max_completion_tokens: 4096,
		});
		expect(req?.body).not.toHaveProperty("max_tokens");
		expect(req?.body).not.toHaveProperty("temperature");
	});

	it("goes to api.openai.com/v1 when no base URL is set", () => {
		const adapter = adapterFor({ ...DEFAULT_ENRICH_CONFIG, provider: "openai", model: "m", apiKey: "k" });
		const schema = buildSchema({ translation: false, summary: true, keyPoints: false, keywords: false });
		expect(adapter?.buildRequest({ system: "s", user: "u", schema, maxOutputTokens: 10 }).url).toBe(`${DEFAULT_BASE_URLS.openai}/chat/completions`);
	});
});

describe("OpenAI-compatible servers (Ollama)", () => {
	it("sends no Authorization header without a key, and max_tokens with a low temperature", async () => {
		const server = await serve("openai", { key: "", models: ["llama3.1:8b"] });
		const { enricher } = enricherFor(configFor(server, { provider: "openai-compatible", apiKey: "", model: "llama3.1:8b" }));
		expect((await enricher.enrich(PAPER)).ok).toBe(true);
		expect(server.problems).toEqual([]);
		expect(server.requests[0]?.headers).not.toHaveProperty("authorization");
		expect(server.requests[0]?.body).toMatchObject({ model: "llama3.1:8b", max_tokens: 4096, temperature: 0.2 });
	});

	it("reports Ollama's model-not-found as the model, at the host", async () => {
		const server = await serve("openai", { key: "", models: ["llama3.1:8b"] });
		const { enricher } = enricherFor(configFor(server, { provider: "openai-compatible", apiKey: "", model: "llama9" }));
		const result = await enricher.enrich(PAPER);
		expect(result).toMatchObject({ ok: false, kind: "model", reason: `model "llama9" not found at ${new URL(server.url).host} (HTTP 404)` });
	});

	it("tells a wrong base URL (a plain 404) apart from a missing model", async () => {
		const server = await serve("openai", { key: "", models: ["llama3.1:8b"] });
		const { enricher } = enricherFor(configFor(server, { provider: "openai-compatible", apiKey: "", model: "llama3.1:8b", baseUrl: server.url }));
		const result = await enricher.enrich(PAPER);
		expect(result).toMatchObject({ ok: false, kind: "not-found", reason: `nothing answers at ${server.url}/chat/completions (HTTP 404): check the base URL in settings` });
	});

	it("says the server is not running when nothing listens on the port, after one attempt", async () => {
		const server = await serve("openai", { key: "" });
		const url = server.baseUrl;
		await server.close();
		const http = new CountingHttp();
		const { enricher } = enricherFor(configFor(server, { provider: "openai-compatible", apiKey: "", baseUrl: url }), http);
		const result = await enricher.enrich(PAPER);
		expect(result).toMatchObject({ ok: false, kind: "unreachable", reason: `could not reach ${new URL(url).host}: is the server running?` });
		expect(http.requests).toHaveLength(1);
	});
});

describe("Anthropic wire format", () => {
	it("posts to /messages with x-api-key and anthropic-version, forcing the one tool", async () => {
		const server = await serve("anthropic");
		const { enricher } = enricherFor(configFor(server));
		expect((await enricher.enrich(PAPER)).ok).toBe(true);
		expect(server.problems).toEqual([]);
		const req = server.requests[0];
		expect(req?.path).toBe("/v1/messages");
		expect(req?.headers["x-api-key"]).toBe(KEYS.anthropic);
		expect(req?.headers["anthropic-version"]).toBe(ANTHROPIC_VERSION);
		expect(req?.headers).not.toHaveProperty("authorization");
		expect(req?.body).toMatchObject({
			model: MODELS.anthropic,
			max_tokens: 4096,
			tools: [{ name: "record_paper_notes", input_schema: { type: "object" } }],
			tool_choice: { type: "tool", name: "record_paper_notes" },
		});
		expect(typeof req?.body["system"]).toBe("string");
	});

	it("retries Anthropic's 529 overloaded", async () => {
		const server = await serve("anthropic", { behave: (req) => (req.n === 0 ? { type: "server-error", status: 529 } : { type: "reply" }) });
		const { enricher, clock } = enricherFor(configFor(server));
		expect((await enricher.enrich(PAPER)).ok).toBe(true);
		expect(clock.slept).toEqual([1000]);
	});
});

describe("Gemini wire format", () => {
	it("posts to models/{model}:generateContent with x-goog-api-key, never the key in the URL", async () => {
		const server = await serve("gemini");
		const { enricher } = enricherFor(configFor(server, { model: `models/${MODELS.gemini}` }));
		expect((await enricher.enrich(PAPER)).ok).toBe(true);
		expect(server.problems).toEqual([]);
		const req = server.requests[0];
		expect(req?.path).toBe(`/v1beta/models/${MODELS.gemini}:generateContent`);
		expect(req?.headers["x-goog-api-key"]).toBe(KEYS.gemini);
		expect(req?.body).toMatchObject({
			contents: [{ role: "user" }],
			generationConfig: { responseMimeType: "application/json", responseSchema: { type: "OBJECT" }, maxOutputTokens: 4096 },
		});
	});

	it("converts the schema to Gemini's: upper-case types, property order, no additionalProperties", () => {
		const schema = buildSchema({ translation: false, summary: true, keyPoints: true, keywords: false });
		expect(toGeminiSchema(schema)).toEqual({
			type: "OBJECT",
			properties: {
				summary: { type: "STRING", description: "A summary of the paper in 2 to 4 sentences." },
				key_points: { type: "ARRAY", items: { type: "STRING" }, minItems: 3, maxItems: 7, description: "3 to 7 key points, one sentence each." },
			},
			required: ["summary", "key_points"],
			propertyOrdering: ["summary", "key_points"],
		});
	});

	it("reports a prompt Gemini blocks as a refusal", async () => {
		const body = JSON.stringify({ promptFeedback: { blockReason: "PROHIBITED_CONTENT" }, usageMetadata: { promptTokenCount: 50, totalTokenCount: 50 } });
		const server = await serve("gemini", { behave: () => ({ type: "raw", status: 200, body }) });
		const { enricher } = enricherFor(configFor(server));
		expect(await enricher.enrich(PAPER)).toMatchObject({ ok: false, kind: "refused", reason: "the model refused: Gemini blocked the request (PROHIBITED_CONTENT)", usage: { inputTokens: 50, outputTokens: 0 } });
	});
});
