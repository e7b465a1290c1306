/**
 * The settings' Test connection button: one tiny request through the same adapter and structured
 * output as an import, no retries, and a sentence saying what worked or exactly what failed.
 */
import type { Clock, HttpClient } from "../ports";
import type { EnrichConfig } from "./config";
import { connectionProblem } from "./enricher";
import { EnrichError, redact } from "./errors";
import { adapterFor } from "./providers";
import type { ModelCall } from "./providers/types";
import { readReply } from "./reply";
import { complete } from "./transport";
import { describeUsage } from "./usage";
import { errorMessage } from "../words";

export interface ConnectionReport {
	ok: boolean;
	message: string;
}

const PING: ModelCall = {
	system: 'This is a connection test. Reply with exactly this JSON object: {"ok": true}',
	user: "ping",
	schema: { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"], additionalProperties: false },
	maxOutputTokens: 64,
};

function seconds(ms: number): string {
	return `${Number((ms / 1000).toFixed(1))} s`;
}

export async function testConnection(config: EnrichConfig, http: HttpClient, clock: Clock): Promise<ConnectionReport> {
	const fail = (message: string): ConnectionReport => ({ ok: false, message: redact(message, config.apiKey) });
	const problem = connectionProblem(config);
	const adapter = adapterFor(config);
	if (problem !== undefined || adapter === undefined) return fail(problem ?? "no language model is chosen");
	const started = clock.now().getTime();
	try {
		const completion = await complete(adapter, PING, { http, clock, timeoutMs: config.timeoutMs, retry: { maxRetries: 0, backoffMs: 0, maxWaitMs: 0 } });
		const took = seconds(clock.now().getTime() - started);
		const head = `Connected to ${adapter.label}: model "${config.model.trim()}" answered in ${took} (${describeUsage(completion.usage)})`;
		let note = "";
		if (completion.kind === "refused") note = ", but declined the test prompt";
		else if (completion.kind === "truncated") note = "; the short test reply was cut off, which imports allow for";
		else {
			const read = readReply(completion.kind === "text" ? { text: completion.text } : { value: completion.value }, PING.schema);
			if (!read.ok) note = `, but not with the JSON asked for (${read.problem}): this model may not support structured output`;
		}
		return { ok: true, message: redact(`${head}${note}.`, config.apiKey) };
	} catch (error) {
		if (error instanceof EnrichError) return fail(error.message);
		return fail(`the request failed: ${errorMessage(error)}`);
	}
}
