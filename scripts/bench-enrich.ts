// Wall time of enriching 20 papers 4 at a time against a loopback OpenAI-compatible server that
// takes a fixed 200 ms per request, against the ideal ceil(20 / 4) × 200 ms. Last line: one JSON object.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FetchHttpClient } from "../src/cli/http";
import { DEFAULT_ENRICH_CONFIG } from "../src/core/enrich/config";
import { Enricher } from "../src/core/enrich/enricher";
import type { Paper } from "../src/core/model";
import type { Clock } from "../src/core/ports";

const PAPERS = 20;
const CONCURRENCY = 4;
const LATENCY_MS = 200;

const clock: Clock = { now: () => new Date(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

function answer(req: IncomingMessage, res: ServerResponse, state: { inFlight: number; max: number }): void {
	state.inFlight++;
	state.max = Math.max(state.max, state.inFlight);
	req.resume();
	req.on("end", () => {
		setTimeout(() => {
			const content = JSON.stringify({ summary: "A summary.", key_points: ["One.", "Two.", "Three."] });
			res.writeHead(200, { "content-type": "application/json" });
			res.end(
				JSON.stringify({
					id: "chatcmpl-bench",
					object: "chat.completion",
					created: 1741569952,
					model: "bench-model",
					choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
					usage: { prompt_tokens: 300, completion_tokens: 40, total_tokens: 340 },
				}),
			);
			state.inFlight--;
		}, LATENCY_MS);
	});
}

async function main(): Promise<void> {
	const state = { inFlight: 0, max: 0 };
	const server = createServer((req, res) => answer(req, res, state));
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
	const enricher = new Enricher(
		{
			...DEFAULT_ENRICH_CONFIG,
			provider: "openai-compatible",
			model: "bench-model",
			baseUrl,
			targetLanguage: "none",
			outputs: { translation: false, summary: true, keyPoints: true, keywords: false },
			concurrency: CONCURRENCY,
			timeoutMs: 10_000,
		},
		new FetchHttpClient(),
		clock,
	);
	const papers: Paper[] = Array.from({ length: PAPERS }, (_, i) => ({
		id: `2401.${String(i + 1).padStart(5, "0")}`,
		version: 1,
		title: `Benchmark paper ${i + 1}`,
		abstract: "We measure how long enrichment takes when a model answers in fixed time.",
		authors: ["A. Author"],
		published: "2024-01-02T10:00:00Z",
		updated: "2024-01-02T10:00:00Z",
		primaryCategory: "cs.LG",
		categories: ["cs.LG"],
	}));

	await enricher.enrichAll(papers.slice(0, CONCURRENCY)); // warm-up: connections and JIT
	state.max = 0;
	const started = performance.now();
	const run = await enricher.enrichAll(papers);
	const actualMs = performance.now() - started;
	server.closeAllConnections();
	server.close();
	const failure = run.results.find((r) => !r.ok);
	if (failure !== undefined && !failure.ok) throw new Error(`bench enrichment failed: ${failure.reason}`);

	const idealMs = Math.ceil(PAPERS / CONCURRENCY) * LATENCY_MS;
	const ratio = actualMs / idealMs;
	console.log(`papers: ${PAPERS}, at once: ${CONCURRENCY}, server latency: ${LATENCY_MS} ms`);
	console.log(`ideal ceil(${PAPERS}/${CONCURRENCY}) × ${LATENCY_MS} ms = ${idealMs} ms; actual ${actualMs.toFixed(1)} ms; ratio ${ratio.toFixed(3)} (limit 1.15)`);
	console.log(`most requests in flight: ${state.max}; tokens: ${run.usage.inputTokens} in, ${run.usage.outputTokens} out`);
	console.log(
		JSON.stringify({
			papers: PAPERS,
			concurrency: CONCURRENCY,
			latency_ms: LATENCY_MS,
			ideal_ms: idealMs,
			actual_ms: Number(actualMs.toFixed(1)),
			ratio: Number(ratio.toFixed(3)),
			max_in_flight: state.max,
			within_15_percent: ratio <= 1.15,
		}),
	);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
