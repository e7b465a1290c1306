import { describe, expect, it } from "vitest";
import type { EnrichFailure, EnrichResult, EnrichSuccess } from "../../../src/core/enrich/enricher";
import { paper } from "../../support/fakes";
import type { Provider } from "./provider-server";
import { configFor, enricherFor, KEYS, maxTokensOf, MODELS, serve, userText } from "./setup";

const PAPER = paper({ id: "2401.00001" });

function success(result: EnrichResult): EnrichSuccess {
	if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
	return result;
}

function failure(result: EnrichResult): EnrichFailure {
	if (result.ok) throw new Error("expected a failure");
	return result;
}

const PROVIDERS: Provider[] = ["openai", "anthropic", "gemini"];

describe.each(PROVIDERS)("Enricher with %s", (provider) => {
	it("fills the translation, summary, key points and keywords from one request, and counts its tokens", async () => {
		const server = await serve(provider);
		const { enricher } = enricherFor(configFor(server));
		const result = success(await enricher.enrich(PAPER));
		expect(server.problems).toEqual([]);
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0]?.schemaProperties).toEqual(["title_translated", "abstract_translated", "summary", "key_points", "keywords"]);
		expect(result.enrichment).toEqual({
			titleTranslated: "번역된 제목 0",
			abstractTranslated: "번역된 초록 0. 두 번째 문장.",
			summary: "Summary of paper 0.",
			keyPoints: ["First point.", "Second point.", "Third point."],
		});
		expect(result.keywords).toEqual({ evolved: ["Retrieval-Augmented Generation"], broad: ["Machine Learning"], specific: ["Graph Neural Networks"], unique: ["Model-0"] });
		expect(result.usage).toEqual({ inputTokens: 120, outputTokens: 80 });
	});

	it("asks only for the outputs chosen, and no translation when the language is none", async () => {
		const server = await serve(provider);
		const { enricher } = enricherFor(configFor(server, { targetLanguage: "none", outputs: { translation: true, summary: true, keyPoints: false, keywords: false } }));
		const result = success(await enricher.enrich(PAPER));
		expect(server.requests[0]?.schemaProperties).toEqual(["summary"]);
		expect(result.enrichment).toEqual({ summary: "Summary of paper 0." });
		expect(result.keywords).toBeUndefined();
	});

	it("says the key was refused, without the key, and does not try the other papers", async () => {
		const server = await serve(provider);
		const wrongKey = `${KEYS[provider].slice(0, 12)}WRONG-but-long-enough-0000`;
		const { enricher } = enricherFor(configFor(server, { apiKey: wrongKey, concurrency: 1 }));
		const run = await enricher.enrichAll([paper({ id: "2401.00001" }), paper({ id: "2401.00002" }), paper({ id: "2401.00003" })]);
		expect(server.requests).toHaveLength(1);
		const status = provider === "gemini" ? 400 : 401;
		for (const r of run.results) expect(failure(r).reason).toBe(`the API key was refused (HTTP ${status}): check it in settings`);
		expect(run).toMatchObject({ succeeded: 0, failed: 3 });
	});

	it("names the model and the host when the model is not there", async () => {
		const server = await serve(provider);
		const { enricher } = enricherFor(configFor(server, { model: "no-such-model" }));
		const result = failure(await enricher.enrich(PAPER));
		expect(result.reason).toBe(`model "no-such-model" not found at ${new URL(server.url).host} (HTTP 404)`);
		expect(result.kind).toBe("model");
	});

	it("waits as long as the server asks after a 429, then succeeds", async () => {
		const server = await serve(provider, { behave: (req) => (req.n === 0 ? { type: "rate-limited", retryAfter: "3" } : { type: "reply" }) });
		const { enricher, clock } = enricherFor(configFor(server));
		success(await enricher.enrich(PAPER));
		expect(server.requests).toHaveLength(2);
		// Gemini says how long in the body (RetryInfo 7s); the others in Retry-After.
		expect(clock.slept).toEqual([provider === "gemini" ? 7000 : 3000]);
	});

	it("backs off 1 s then 2 s on server errors, and gives up after two retries with a server error", async () => {
		const server = await serve(provider, { behave: () => ({ type: "server-error" }) });
		const { enricher, clock } = enricherFor(configFor(server));
		const result = failure(await enricher.enrich(PAPER));
		expect(server.requests).toHaveLength(3);
		expect(clock.slept).toEqual([1000, 2000]);
		expect(result.reason).toMatch(/had a server error \(HTTP 500, 3 attempts\): try again later/);
		expect(result.kind).toBe("server");
	});

	it("recovers when a 500 is followed by an answer", async () => {
		const server = await serve(provider, { behave: (req) => (req.n === 0 ? { type: "server-error", status: 503 } : { type: "reply" }) });
		const { enricher } = enricherFor(configFor(server));
		expect(success(await enricher.enrich(PAPER)).enrichment.summary).toBe("Summary of paper 1.");
	});

	it("times out when the server never answers, and says so", async () => {
		const server = await serve(provider, { behave: () => ({ type: "hang" }) });
		const { enricher } = enricherFor(configFor(server, { timeoutMs: 200, maxRetries: 1 }));
		const result = failure(await enricher.enrich(PAPER));
		expect(server.requests).toHaveLength(2);
		expect(result.reason).toBe(`no answer from ${new URL(server.url).host} in 0.2 s (2 attempts): raise the timeout in settings or try a smaller model`);
	});

	it("asks once more after a reply that is not JSON, saying why, and counts the tokens of both", async () => {
		const server = await serve(provider, { behave: (req) => (req.n === 0 ? { type: "text", text: '{"title_translated": "x", oops' } : { type: "reply" }) });
		const { enricher } = enricherFor(configFor(server));
		const result = success(await enricher.enrich(PAPER));
		expect(server.requests).toHaveLength(2);
		expect(userText(server.requests[1]?.body ?? {})).toMatch(/Your previous reply could not be used: the reply was not valid JSON/);
		expect(result.usage).toEqual({ inputTokens: 240, outputTokens: 160 });
	});

	it("fails with 'not valid JSON' after two malformed replies", async () => {
		const server = await serve(provider, { behave: () => ({ type: "text", text: "Sure! Here is the summary you asked for." }) });
		const { enricher } = enricherFor(configFor(server));
		const result = failure(await enricher.enrich(PAPER));
		expect(server.requests).toHaveLength(2);
		expect(result.reason).toBe("the reply was not valid JSON");
		expect(result.usage).toEqual({ inputTokens: 240, outputTokens: 160 });
	});

	it("retries a reply that misses fields, naming them", async () => {
		const server = await serve(provider, { behave: (req) => (req.n === 0 ? { type: "reply", value: { summary: "Only a summary." } } : { type: "reply" }) });
		const { enricher } = enricherFor(configFor(server));
		success(await enricher.enrich(PAPER));
		expect(userText(server.requests[1]?.body ?? {})).toMatch(/\$\.title_translated: is missing/);
	});

	it("retries a cut-off reply with twice the token budget, then reports the cut", async () => {
		const server = await serve(provider, { behave: () => ({ type: "truncated" }) });
		const { enricher } = enricherFor(configFor(server, { maxOutputTokens: 1000 }));
		const result = failure(await enricher.enrich(PAPER));
		expect(server.requests.map((r) => maxTokensOf(r.body))).toEqual([1000, 2000]);
		expect(result.reason).toBe("the reply was cut off (max tokens)");
		expect(result.kind).toBe("truncated");
	});

	it("reports a refusal without asking again", async () => {
		const server = await serve(provider, { behave: () => ({ type: "refusal", message: "I can't help with <b>that</b>." }) });
		const { enricher } = enricherFor(configFor(server));
		const result = failure(await enricher.enrich(PAPER));
		expect(server.requests).toHaveLength(1);
		expect(result.kind).toBe("refused");
		expect(result.reason).toBe(provider === "gemini" ? "the model refused: Gemini withheld the reply (SAFETY)" : "the model refused: I can't help with that.");
		expect(result.usage.inputTokens).toBe(120);
	});

	it("retries an HTTP 200 whose body is not the provider's format", async () => {
		const server = await serve(provider, { behave: (req) => (req.n === 0 ? { type: "garbage" } : { type: "reply" }) });
		const { enricher } = enricherFor(configFor(server));
		success(await enricher.enrich(PAPER));
		expect(server.requests).toHaveLength(2);
	});

	it("keeps the key out of the reason even when the server echoes it", async () => {
		const key = KEYS[provider];
		const body = JSON.stringify({ error: { message: `Key ${key} is not allowed for this project (key ${key.slice(0, 10)}****${key.slice(-4)}); "${key.slice(3)}"` } });
		const server = await serve(provider, { behave: () => ({ type: "raw", status: 400, body }) });
		const { enricher } = enricherFor(configFor(server));
		const result = failure(await enricher.enrich(PAPER));
		expect(result.reason).toMatch(/rejected the request \(HTTP 400\): Key \[redacted\] is not allowed/);
		expect(result.reason).not.toContain(key.slice(0, 10));
		expect(result.reason).not.toContain(key.slice(-8));
	});
});

describe("Enricher: repair without a second request", () => {
	it("reads a JSON object wrapped in a code fence and chatter", async () => {
		const reply = { summary: "Fenced summary." };
		const server = await serve("openai", { behave: () => ({ type: "text", text: `Here you go:\n\`\`\`json\n${JSON.stringify(reply)}\n\`\`\`\nAnything else?` }) });
		const { enricher } = enricherFor(configFor(server, { targetLanguage: "none", outputs: { translation: false, summary: true, keyPoints: false, keywords: false } }));
		expect(success(await enricher.enrich(PAPER)).enrichment).toEqual({ summary: "Fenced summary." });
		expect(server.requests).toHaveLength(1);
	});

	it("drops fields it did not ask for and keeps the first 7 of too many key points", async () => {
		const points = Array.from({ length: 9 }, (_, i) => `Point ${i + 1}.`);
		const server = await serve("anthropic", { behave: () => ({ type: "reply", value: { key_points: points, note: "extra" } }) });
		const { enricher } = enricherFor(configFor(server, { targetLanguage: "none", outputs: { translation: false, summary: false, keyPoints: true, keywords: false } }));
		expect(success(await enricher.enrich(PAPER)).enrichment.keyPoints).toEqual(points.slice(0, 7));
		expect(server.requests).toHaveLength(1);
	});

	it("sanitises what the model wrote before it becomes the enrichment", async () => {
		const value = {
			summary: "## Heading\nA [link](https://evil.example/x) and ![img](https://evil.example/i.png) <b>bold</b>",
			key_points: ["- one", "2. two", "[[three]]"],
		};
		const server = await serve("gemini", { behave: () => ({ type: "reply", value }) });
		const { enricher } = enricherFor(configFor(server, { targetLanguage: "none", outputs: { translation: false, summary: true, keyPoints: true, keywords: false } }));
		expect(success(await enricher.enrich(PAPER)).enrichment).toEqual({ summary: "Heading A link and bold", keyPoints: ["one", "two", "three"] });
	});
});

describe("Enricher: settings", () => {
	it("fails at once, without a request, when the settings cannot work", async () => {
		const server = await serve("openai");
		const cases: Array<[Partial<Parameters<typeof configFor>[1]>, string]> = [
			[{ provider: "none" }, "no language model is chosen: pick a provider in settings"],
			[{ model: " " }, "no model is set: enter a model name in settings"],
			[{ apiKey: "" }, "no API key is set for OpenAI: enter it in settings"],
			[{ baseUrl: "ftp://example.org" }, 'the base URL "ftp://example.org/" is not an http:// or https:// address: check it in settings'],
			[{ targetLanguage: "none", outputs: { translation: true, summary: false, keyPoints: false, keywords: false } }, "no output is chosen: turn on at least one in settings (a translation needs a target language)"],
		];
		for (const [change, reason] of cases) {
			const { enricher } = enricherFor(configFor(server, change ?? {}));
			expect(failure(await enricher.enrich(PAPER))).toMatchObject({ reason, kind: "config" });
		}
		expect(server.requests).toHaveLength(0);
	});

	it("uses the model named in settings", async () => {
		const server = await serve("openai", { models: [MODELS.openai, "other-model"] });
		const { enricher } = enricherFor(configFor(server, { model: "other-model" }));
		success(await enricher.enrich(PAPER));
		expect(server.requests[0]?.body["model"]).toBe("other-model");
	});
});
