/**
 * One request per paper to the configured model; the answer validated, repaired or retried once,
 * sanitised, and mapped to the note's Enrichment. Never throws for a model's or a server's
 * failure: the result says what went wrong, and the paper is imported with its local data.
 */
import type { Enrichment, KeywordCategory, Paper } from "../model";
import type { Clock, HttpClient } from "../ports";
import { effectiveOutputs, needsApiKey, PROVIDER_LABELS, baseUrlFor, type EnrichConfig, type EnrichOutputs } from "./config";
import { EnrichError, isFatal, messages, redact, urlForMessage, type EnrichErrorKind } from "./errors";
import { buildPrompt, withRetryNote } from "./prompt";
import { adapterFor } from "./providers";
import type { Completion, ProviderAdapter } from "./providers/types";
import { readReply } from "./reply";
import { MAX_CHARS, sanitizeKeyPoints, sanitizeKeywords, sanitizeText } from "./sanitize";
import { buildSchema, type EnrichReply } from "./schema";
import { complete, DEFAULT_RETRY, type TransportDeps } from "./transport";
import { addUsage, NO_USAGE, type TokenUsage } from "./usage";
import { errorMessage } from "../words";

export interface EnrichSuccess {
	ok: true;
	enrichment: Enrichment;
	/** The model's keywords by category, safe as note names; only when keywords were asked for. */
	keywords?: Record<KeywordCategory, string[]>;
	usage: TokenUsage;
}

export interface EnrichFailure {
	ok: false;
	/** For the user; never contains the API key. */
	reason: string;
	kind: EnrichErrorKind;
	usage: TokenUsage;
}

export type EnrichResult = EnrichSuccess | EnrichFailure;

export interface EnrichRun {
	/** In the order of the papers given. */
	results: EnrichResult[];
	usage: TokenUsage;
	succeeded: number;
	failed: number;
}

export const DEFAULT_MAX_OUTPUT_TOKENS = 4096;

/** A reason the connection settings cannot work, before any request; undefined when they can. */
export function connectionProblem(config: EnrichConfig): string | undefined {
	if (config.provider === "none") return messages.noProvider();
	if (config.model.trim() === "") return messages.noModel();
	if (needsApiKey(config.provider) && config.apiKey.trim() === "") return messages.noKey(PROVIDER_LABELS[config.provider]);
	const base = baseUrlFor(config);
	let protocol = "";
	try {
		protocol = new URL(base).protocol;
	} catch {
		protocol = "";
	}
	if (protocol !== "http:" && protocol !== "https:") return messages.badBaseUrl(urlForMessage(base));
	return undefined;
}

/** A reason enrichment cannot run with these settings; undefined when it can. */
export function configProblem(config: EnrichConfig): string | undefined {
	const connection = connectionProblem(config);
	if (connection !== undefined) return connection;
	const o = effectiveOutputs(config);
	if (!o.translation && !o.summary && !o.keyPoints && !o.keywords) return "no output is chosen: turn on at least one in settings (a translation needs a target language)";
	return undefined;
}

function nonEmpty(text: string): string | undefined {
	return text === "" ? undefined : text;
}

/** The sanitised enrichment of a valid reply. */
export function toEnrichment(reply: EnrichReply, outputs: EnrichOutputs): Omit<EnrichSuccess, "usage" | "ok"> {
	const enrichment: Enrichment = {};
	if (outputs.translation) {
		enrichment.titleTranslated = nonEmpty(sanitizeText(reply.title_translated ?? "", MAX_CHARS.title));
		enrichment.abstractTranslated = nonEmpty(sanitizeText(reply.abstract_translated ?? "", MAX_CHARS.abstract));
	}
	if (outputs.summary) enrichment.summary = nonEmpty(sanitizeText(reply.summary ?? "", MAX_CHARS.summary));
	if (outputs.keyPoints) {
		const points = sanitizeKeyPoints(reply.key_points ?? []);
		if (points.length > 0) enrichment.keyPoints = points;
	}
	for (const key of Object.keys(enrichment) as (keyof Enrichment)[]) if (enrichment[key] === undefined) delete enrichment[key];
	const keywords = outputs.keywords && reply.keywords ? sanitizeKeywords(reply.keywords) : undefined;
	return keywords === undefined ? { enrichment } : { enrichment, keywords };
}

export class Enricher {
	private readonly adapter: ProviderAdapter | undefined;
	private readonly problem: string | undefined;
	private readonly outputs: EnrichOutputs;
	private readonly deps: TransportDeps;

	constructor(
		private readonly config: EnrichConfig,
		http: HttpClient,
		clock: Clock,
	) {
		this.problem = configProblem(config);
		this.adapter = adapterFor(config);
		this.outputs = effectiveOutputs(config);
		this.deps = {
			http,
			clock,
			timeoutMs: config.timeoutMs,
			retry: {
				...DEFAULT_RETRY,
				...(config.maxRetries === undefined ? {} : { maxRetries: config.maxRetries }),
				...(config.backoffMs === undefined ? {} : { backoffMs: config.backoffMs }),
			},
		};
	}

	/** Enriches one paper: one request, and at most one more when the reply is unusable or cut off. */
	async enrich(paper: Paper): Promise<EnrichResult> {
		if (this.problem !== undefined || this.adapter === undefined) return this.fail("config", this.problem ?? messages.noProvider(), NO_USAGE);
		const adapter = this.adapter;
		const schema = buildSchema(this.outputs);
		const target = this.config.targetLanguage.trim();
		const language = target === "" || target.toLowerCase() === "none" ? undefined : target;
		const prompt = buildPrompt(paper, { outputs: this.outputs, language, schema });
		const budget = this.config.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
		let usage: TokenUsage = NO_USAGE;
		let problem: { kind: EnrichErrorKind; message: string } | undefined;
		let cutOff = false;
		for (let round = 0; round < 2; round++) {
			const call = { ...(problem ? withRetryNote(prompt, problem.message) : prompt), schema, maxOutputTokens: cutOff ? budget * 2 : budget };
			let completion: Completion;
			try {
				completion = await complete(adapter, call, this.deps);
			} catch (error) {
				if (error instanceof EnrichError && error.kind === "invalid") {
					problem = { kind: "invalid", message: error.message };
					continue;
				}
				if (error instanceof EnrichError) return this.fail(error.kind, error.message, usage);
				return this.fail("request", `the request failed: ${errorMessage(error)}`, usage);
			}
			usage = addUsage(usage, completion.usage);
			if (completion.kind === "refused") return this.fail("refused", messages.refused(sanitizeText(completion.detail, 300) || "no reason given"), usage);
			if (completion.kind === "truncated") {
				cutOff = true;
				problem = { kind: "truncated", message: messages.truncated() };
				continue;
			}
			const read = readReply(completion.kind === "text" ? { text: completion.text } : { value: completion.value }, schema);
			if (read.ok) return { ok: true, ...toEnrichment(read.reply, this.outputs), usage };
			problem = { kind: "invalid", message: read.problem };
		}
		return this.fail(problem?.kind ?? "invalid", problem?.message ?? messages.notJson(), usage);
	}

	/**
	 * Enriches every paper with at most `concurrency` requests in flight. `onResult` hears of each
	 * paper as it finishes. After a failure that would repeat for every paper (refused key, unknown
	 * model, unreachable server, incomplete settings) the papers not yet started fail with the same
	 * reason, without a request.
	 */
	async enrichAll(papers: readonly Paper[], onResult?: (paper: Paper, result: EnrichResult, index: number) => void): Promise<EnrichRun> {
		const results: EnrichResult[] = new Array<EnrichResult>(papers.length);
		let next = 0;
		let fatal: EnrichFailure | undefined;
		const worker = async (): Promise<void> => {
			while (next < papers.length) {
				const index = next++;
				const paper = papers[index];
				if (paper === undefined) continue;
				const result = fatal ? { ...fatal, usage: NO_USAGE } : await this.enrich(paper);
				if (!result.ok && isFatal(result.kind)) fatal ??= result;
				results[index] = result;
				onResult?.(paper, result, index);
			}
		};
		const workers = Math.max(1, Math.min(Math.floor(this.config.concurrency) || 1, papers.length));
		await Promise.all(Array.from({ length: workers }, worker));
		let usage: TokenUsage = NO_USAGE;
		for (const r of results) usage = addUsage(usage, r.usage);
		const succeeded = results.filter((r) => r.ok).length;
		return { results, usage, succeeded, failed: results.length - succeeded };
	}

	private fail(kind: EnrichErrorKind, reason: string, usage: TokenUsage): EnrichFailure {
		return { ok: false, kind, reason: redact(reason, this.config.apiKey), usage };
	}
}
