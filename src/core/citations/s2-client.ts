import { retryAfterMs, retryWaitMs } from "../http-retry";
import { isRecord } from "../json-values";
import { HttpError, type Clock, type HttpClient, type HttpResponse } from "../ports";
import type { RateLimiter } from "../arxiv/rate-limiter";
import { arxivIdOf, citingIds, readCitationRecord, type CitationRecord } from "./s2-records";

/** Semantic Scholar's Graph API; another compatible server (a mirror, a test) can stand in. */
export const S2_BASE_URL = "https://api.semanticscholar.org/graph/v1";

/** Most IDs one batch request takes (the API's limit). */
export const BATCH_SIZE = 500;
/** Citing papers asked for per page, and the most the API pages through. */
const PAGE_SIZE = 1000;
const MAX_CITING = 10_000;
/** Retries after the first attempt, for 429 and 5xx answers and timeouts. */
const RETRIES = 3;
const BACKOFF_MS = 2000;
const MAX_WAIT_MS = 60_000;

/** The fields asked for: what the citation map writes, and each reference's arXiv ID, title and count. */
const BATCH_FIELDS = ["externalIds", "title", "year", "venue", "publicationVenue", "journal", "citationCount", "references.externalIds", "references.title", "references.citationCount"].join(",");

export class CitationSourceError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "CitationSourceError";
	}
}

/**
 * A request that failed or timed out again and again, as big batches with references do (s2-folks
 * issues #52, #58, #59): a batch is asked again in halves, once; a half that fails too is reported.
 */
class BatchNotAnsweredError extends CitationSourceError {}

/** A batch whose answer would pass the API's size limit (about 10 MB: 500 long surveys' references): asked in halves, as often as it takes. */
class BatchTooBigError extends CitationSourceError {}

/** The smallest batch that is split again rather than reported as failed. */
const MIN_SPLIT = 25;

export interface S2Options {
	baseUrl?: string;
	/** An API key (optional: without one, requests share Semantic Scholar's public pool). */
	apiKey?: string;
}

/**
 * Papers' citations from the Semantic Scholar Graph API: `POST /paper/batch` for up to 500 papers a
 * request (their references with arXiv IDs, citation count, venue, published version), and
 * `GET /paper/arXiv:<id>/citations`, paged, for the papers citing one. Requests wait their turn on the
 * limiter; a 429 or 5xx answer waits the server's Retry-After or a doubling backoff and is tried again.
 */
export class SemanticScholar {
	private readonly baseUrl: string;

	constructor(
		private readonly http: HttpClient,
		private readonly clock: Clock,
		private readonly limiter: RateLimiter,
		private readonly options: S2Options = {},
	) {
		this.baseUrl = (options.baseUrl ?? S2_BASE_URL).replace(/\/+$/, "");
	}

	private headers(json: boolean): Record<string, string> {
		return { ...(json ? { "content-type": "application/json" } : {}), ...(this.options.apiKey ? { "x-api-key": this.options.apiKey } : {}) };
	}

	private async send(url: string, method: "GET" | "POST", body?: string, signal?: AbortSignal): Promise<HttpResponse> {
		for (let attempt = 1; ; attempt++) {
			let response: HttpResponse | undefined;
			try {
				response = await this.limiter.schedule(() => this.http.request({ url, method, headers: this.headers(body !== undefined), ...(body !== undefined ? { body } : {}), timeoutMs: 30_000 }), signal);
			} catch (error) {
				if (!(error instanceof HttpError)) throw error;
				if (error.unreachable) throw new CitationSourceError(`Semantic Scholar could not be reached (${error.message}): check the connection and try again`);
				if (attempt > RETRIES) throw new BatchNotAnsweredError(`Semantic Scholar did not answer (${error.message}) ${attempt} times: try again later`);
			}
			// An answer, or a refusal the caller reads (4xx but 429): given back. A busy server (429, 5xx) is asked again.
			if (response && response.status !== 429 && response.status < 500) return response;
			if (attempt > RETRIES) {
				// No answer after the retries: a timeout (thrown above) or a busy status.
				const status = response?.status ?? 0;
				if (status === 429) throw new CitationSourceError(`Semantic Scholar asked to slow down (HTTP 429) ${attempt} times: wait a few minutes, or add an API key, and try again`);
				if (status === 503) throw new CitationSourceError(`Semantic Scholar answered HTTP 503 ${attempt} times: try again later`);
				throw new BatchNotAnsweredError(`Semantic Scholar answered HTTP ${status} ${attempt} times: try again later`);
			}
			const asked = response ? retryAfterMs(response, this.clock.now()) : undefined;
			this.limiter.delayNext(retryWaitMs(asked, attempt, { backoffMs: BACKOFF_MS, maxWaitMs: MAX_WAIT_MS }));
		}
	}

	/**
	 * Records for arXiv papers, in batches of 500 (N papers, ceil(N / 500) requests); a paper
	 * Semantic Scholar does not know (a null entry) is left out of the map.
	 */
	async papers(ids: readonly string[], onBatch?: (done: number) => void, signal?: AbortSignal): Promise<Map<string, CitationRecord>> {
		const out = new Map<string, CitationRecord>();
		// `split`: a half of a batch that failed, which is not split again for failing.
		const queue: { ids: readonly string[]; split: boolean }[] = [];
		for (let start = 0; start < ids.length; start += BATCH_SIZE) queue.push({ ids: ids.slice(start, start + BATCH_SIZE), split: false });
		let done = 0;
		for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
			signal?.throwIfAborted();
			const batch = next.ids;
			let answer: unknown[];
			try {
				answer = await this.batch(batch, signal);
			} catch (error) {
				const tooBig = error instanceof BatchTooBigError;
				if (!(tooBig || (error instanceof BatchNotAnsweredError && !next.split)) || batch.length <= MIN_SPLIT) throw error;
				const half = Math.ceil(batch.length / 2);
				const split = next.split || !tooBig;
				queue.unshift({ ids: batch.slice(0, half), split }, { ids: batch.slice(half), split });
				continue;
			}
			batch.forEach((id, i) => {
				const entry: unknown = answer[i];
				const named = arxivIdOf(entry);
				// An entry that names another arXiv paper is not this one's.
				if (named !== undefined && named !== id) return;
				const record = readCitationRecord(id, entry);
				if (record) out.set(id, record);
			});
			done += batch.length;
			onBatch?.(done);
		}
		return out;
	}

	/** One batch request's answer: an entry per ID asked, in order. */
	private async batch(batch: readonly string[], signal: AbortSignal | undefined): Promise<unknown[]> {
		const response = await this.send(`${this.baseUrl}/paper/batch?fields=${encodeURIComponent(BATCH_FIELDS)}`, "POST", JSON.stringify({ ids: batch.map((id) => `ARXIV:${id}`) }), signal);
		if (response.status === 401 || response.status === 403) throw new CitationSourceError(`Semantic Scholar refused the API key (HTTP ${response.status}): check it in the settings (or SEMANTIC_SCHOLAR_API_KEY), or remove it to use the public pool`);
		if (response.status === 413 || (response.status === 400 && /size|large|exceed/i.test(errorOf(response)))) throw new BatchTooBigError(`Semantic Scholar's answer for ${batch.length} papers would be too big (HTTP ${response.status}${errorOf(response)})`);
		if (response.status >= 400) throw new CitationSourceError(`Semantic Scholar refused the batch (HTTP ${response.status}${errorOf(response)})`);
		const answer: unknown = parseJson(response.text);
		// One entry per ID asked, in order: any other answer cannot be matched to the papers.
		if (!Array.isArray(answer) || answer.length !== batch.length) throw new CitationSourceError(`Semantic Scholar's batch answer does not list the ${batch.length} papers asked: try again later`);
		const entries: unknown[] = answer;
		return entries;
	}

	/** arXiv IDs of the papers citing one, every page; undefined when Semantic Scholar does not know it (404). */
	async citedBy(id: string): Promise<string[] | undefined> {
		const ids: string[] = [];
		// The API serves the first 10,000 citing papers of a paper: a famous paper stops there.
		for (let offset: number | undefined = 0; offset !== undefined && offset + PAGE_SIZE <= MAX_CITING; ) {
			const response = await this.send(`${this.baseUrl}/paper/arXiv:${encodeURIComponent(id)}/citations?fields=externalIds,title&offset=${offset}&limit=${PAGE_SIZE}`, "GET");
			if (response.status === 404) return undefined;
			if (response.status >= 400) throw new CitationSourceError(`Semantic Scholar refused the citations of ${id} (HTTP ${response.status}${errorOf(response)})`);
			const page = citingIds(parseJson(response.text));
			ids.push(...page.ids);
			offset = page.next !== undefined && page.next > offset ? page.next : undefined;
		}
		return ids;
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new CitationSourceError("Semantic Scholar's answer is not JSON");
	}
}

/** ": <the API's error message>", when the answer says one. */
function errorOf(response: HttpResponse): string {
	try {
		const body = JSON.parse(response.text) as unknown;
		const message = isRecord(body) ? (body["error"] ?? body["message"]) : undefined;
		return typeof message === "string" ? `: ${message.slice(0, 200)}` : "";
	} catch {
		return "";
	}
}
