import type { IncomingHttpHeaders } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { localServers } from "../support/local-server";
import { runCli, type CliRun } from "../support/run-cli";
import { tempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const serve = localServers();

/** A local OpenAI-compatible server (what Ollama or LM Studio run) that records what it was sent. */
async function openAiCompatible(): Promise<{ url: string; seen: { path: string; headers: IncomingHttpHeaders; body: string }[] }> {
	const seen: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
	const root = await serve((req, body, res) => {
			seen.push({ path: req.url ?? "", headers: req.headers, body });
			const content = JSON.stringify({
				title_translated: "분자 수송 접합",
				abstract_translated: "번역",
				summary: "A summary from the local model.",
				key_points: ["One", "Two", "Three"],
				keywords: { evolved: [], broad: [], specific: [], unique: [] },
			});
			res.writeHead(200, { "content-type": "application/json" });
			res.end(JSON.stringify({ choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }], usage: { prompt_tokens: 500, completion_tokens: 100 } }));
	});
	return { url: `${root}/v1`, seen };
}

function run(args: string[], env: Record<string, string>): Promise<CliRun> {
	return runCli(cli, args, env);
}

describe("arxiv-atlas import --llm", () => {
	it("asks the model at --base-url with the key from ARXIV_ATLAS_API_KEY and writes its answer", async () => {
		const llm = await openAiCompatible();
		const vault = tempDir("arxiv-atlas-llm-");
		const r = await run(
			["import", "1601.00001", "--vault", vault, "--atom-file", "tests/fixtures/arxiv-api/idlist-1601.00001-doi-journalref.xml", "--llm", "openai-compatible", "--model", "llama3.1:8b", "--base-url", llm.url, "--translate-to", "Korean"],
			{ ARXIV_ATLAS_API_KEY: "sk-local-secret" },
		);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("Language model: 600 tokens (500 in, 100 out).");
		expect(r.stdout + r.stderr).not.toContain("sk-local-secret");
		expect(llm.seen).toHaveLength(1);
		expect(llm.seen[0]?.path).toBe("/v1/chat/completions");
		expect(llm.seen[0]?.headers.authorization).toBe("Bearer sk-local-secret");
		expect(JSON.parse(llm.seen[0]?.body ?? "{}")).toMatchObject({ model: "llama3.1:8b", response_format: { type: "json_schema" } });
		const paper = readdirSync(join(vault, "papers"))[0] ?? "";
		const note = readFileSync(join(vault, "papers", paper), "utf8");
		expect(note).toContain("A summary from the local model.");
		expect(note).toContain('enrichment: "done"');
		expect(note).not.toContain("sk-local-secret");
	});

	it("exits 2 when --llm has no --model", async () => {
		const r = await run(["import", "1601.00001", "--vault", "x", "--llm", "openai"], {});
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/--model/);
	});
});
