import { describe, expect, it } from "vitest";
import type { EnrichResult } from "../../../src/core/enrich/enricher";
import type { Paper } from "../../../src/core/model";
import { configFor, CountingHttp, enricherFor, papers, serve, userText } from "./setup";

/** The arXiv ID the request is about, from its user message. */
function idOf(body: Record<string, unknown>): string {
	return /arXiv paper (\S+)\./.exec(userText(body))?.[1] ?? "?";
}

describe("Enricher.enrichAll", () => {
	it("with 4 at once and 20 papers: never more than 4 requests in flight, and all 20 done, each with its own answer", async () => {
		// The server holds answers until 4 requests wait, so the bound is reached, never passed.
		const server = await serve("openai", { gate: 4, behave: (req) => ({ type: "reply", value: { summary: `About ${idOf(req.body)}.` } }) });
		const { enricher } = enricherFor(configFor(server, { concurrency: 4, targetLanguage: "none", outputs: { translation: false, summary: true, keyPoints: false, keywords: false } }));
		const heard: string[] = [];
		const list = papers(20);
		const run = await enricher.enrichAll(list, (paper: Paper, result: EnrichResult) => heard.push(`${paper.id}:${result.ok}`));
		expect(server.maxInFlight).toBe(4);
		expect(server.requests).toHaveLength(20);
		expect(run).toMatchObject({ succeeded: 20, failed: 0, usage: { inputTokens: 20 * 120, outputTokens: 20 * 80 } });
		expect(run.results.map((r) => (r.ok ? r.enrichment.summary : r.reason))).toEqual(list.map((p) => `About ${p.id}.`));
		expect(heard.sort()).toEqual(list.map((p) => `${p.id}:true`).sort());
	});

	it("with 1 at once: one request after the other", async () => {
		const server = await serve("anthropic", { latencyMs: 5 });
		const { enricher } = enricherFor(configFor(server, { concurrency: 1 }));
		const run = await enricher.enrichAll(papers(5));
		expect(server.maxInFlight).toBe(1);
		expect(run.succeeded).toBe(5);
	});

	it("never rejects: a server that is down fails the papers, and the ones not started are not tried", async () => {
		const server = await serve("openai", { key: "" });
		const url = server.baseUrl;
		await server.close();
		const http = new CountingHttp();
		const { enricher } = enricherFor(configFor(server, { provider: "openai-compatible", apiKey: "", baseUrl: url, concurrency: 2 }), http);
		const run = await enricher.enrichAll(papers(10));
		expect(run).toMatchObject({ succeeded: 0, failed: 10 });
		expect(http.requests.length).toBeLessThanOrEqual(2);
		for (const r of run.results) expect(r).toMatchObject({ ok: false, kind: "unreachable" });
	});

	it("keeps going past a paper whose reply fails: the others are enriched", async () => {
		const server = await serve("gemini", {
			behave: (req) => (userText(req.body).includes("2401.00002") ? { type: "refusal" } : { type: "reply" }),
		});
		const { enricher } = enricherFor(configFor(server, { concurrency: 2 }));
		const run = await enricher.enrichAll(papers(4));
		expect(run.results.map((r) => r.ok)).toEqual([true, false, true, true]);
		expect(run.results[1]).toMatchObject({ kind: "refused" });
	});

	it("does nothing for no papers", async () => {
		const server = await serve("openai");
		const { enricher } = enricherFor(configFor(server));
		expect(await enricher.enrichAll([])).toEqual({ results: [], usage: { inputTokens: 0, outputTokens: 0 }, succeeded: 0, failed: 0 });
	});
});
