import type { Paper } from "../model";
import { HttpError, type Clock, type HttpClient, type HttpResponse } from "../ports";
import { parseAtomFeed, type AtomFeed } from "./atom";
import type { RateLimiter } from "./rate-limiter";
import { searchUrl } from "../search/query";

export interface ArxivClientOptions {
	/** Default `https://export.arxiv.org/api/query`. */
	baseUrl?: string;
	/** Per request; default 30 000 ms. */
	timeoutMs?: number;
	/** Retries after the first attempt on timeouts, network errors and HTTP 429/5xx; default 3. */
	maxRetries?: number;
}

/** arXiv could not be reached or kept failing after every retry. The message is meant for the user. */
export class ArxivUnavailableError extends Error {
	constructor(
		message: string,
		readonly attempts: number,
		readonly status?: number,
	) {
		super(message);
		this.name = "ArxivUnavailableError";
	}
}

/** arXiv refused the request with a status that retrying will not fix (a 4xx other than 429). */
export class ArxivRequestError extends Error {
	constructor(readonly status: number) {
		super(`arXiv refused the request (HTTP ${status}): try again later, and report it to arXiv Atlas if it keeps happening`);
		this.name = "ArxivRequestError";
	}
}

const BATCH_SIZE = 100;
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const MAX_WAIT_MS = 60_000;
const BACKOFF_MS = 5_000;

/** The paper an ID names, whatever version or old subject class it carries: `math.GT/0309136v2` -> `math/0309136`. */
function paperKey(id: string): string {
	return id.replace(/v\d+$/i, "").replace(/^([a-z-]+)\.[A-Za-z-]+\//, "$1/");
}

function seconds(ms: number): string {
	return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now, capped; undefined when absent or unreadable. */
function retryAfterMs(response: HttpResponse, now: Date): number | undefined {
	const value = response.headers["retry-after"]?.trim();
	if (!value) return undefined;
	const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now.getTime();
	if (Number.isNaN(ms)) return undefined;
	return Math.min(MAX_WAIT_MS, Math.max(0, ms));
}

type Failure = { status: number } | { error: HttpError };

/** A 4xx that arXiv explains with Error entries (a malformed ID) is an answer; any other is a refusal. */
function errorAnswer(response: HttpResponse): AtomFeed {
	let feed: AtomFeed | undefined;
	try {
		feed = parseAtomFeed(response.text);
	} catch {
		feed = undefined;
	}
	if (feed && feed.errors.length > 0) return feed;
	throw new ArxivRequestError(response.status);
}

/** Fetches paper metadata from the arXiv API: batched, rate limited through the shared limiter, retried. */
export class ArxivClient {
	private readonly baseUrl: string;
	private readonly timeoutMs: number;
	private readonly maxRetries: number;

	constructor(
		private readonly http: HttpClient,
		private readonly limiter: RateLimiter,
		private readonly clock: Clock,
		options: ArxivClientOptions = {},
	) {
		this.baseUrl = options.baseUrl ?? "https://export.arxiv.org/api/query";
		this.timeoutMs = options.timeoutMs ?? 30_000;
		this.maxRetries = options.maxRetries ?? 3;
	}

	/**
	 * The papers named by `ids`, in the order asked; IDs arXiv does not know go to `notFound`.
	 * Throws ArxivUnavailableError, ArxivRequestError or AtomParseError when arXiv gives no usable answer.
	 */
	async fetchByIds(ids: string[]): Promise<{ papers: Paper[]; notFound: string[] }> {
		const wanted = new Map<string, string>();
		for (const id of ids) if (!wanted.has(paperKey(id))) wanted.set(paperKey(id), id);
		const requested = [...wanted.values()];
		const found = new Map<string, Paper>();
		for (let i = 0; i < requested.length; i += BATCH_SIZE) {
			await this.fetchBatch(requested.slice(i, i + BATCH_SIZE), found, true);
		}
		const papers: Paper[] = [];
		const notFound: string[] = [];
		for (const [key, id] of wanted) {
			const paper = found.get(key);
			if (paper) papers.push(paper);
			else notFound.push(id);
		}
		return { papers, notFound };
	}

	/**
	 * Papers matching what the user typed (see `searchQuery`: field prefixes pass through, bare words
	 * search titles and abstracts), best match first. Same limiter, retries and Retry-After as ID lookups.
	 */
	async search(userText: string, max = 10): Promise<Paper[]> {
		const feed = await this.request(searchUrl(userText, max, this.baseUrl));
		return feed.papers;
	}

	private async fetchBatch(batch: string[], found: Map<string, Paper>, mayRetry: boolean): Promise<void> {
		const feed = await this.request(this.url(batch));
		const keys = new Set(batch.map(paperKey));
		for (const paper of feed.papers) if (keys.has(paper.id)) found.set(paper.id, paper);
		const named = new Set(feed.errors.flatMap((e) => (e.id === undefined ? [] : [paperKey(e.id)])).filter((k) => keys.has(k)));
		// arXiv may drop a whole batch over one bad ID: ask once more for the rest.
		const missing = batch.filter((id) => !found.has(paperKey(id)) && !named.has(paperKey(id)));
		if (mayRetry && named.size > 0 && missing.length > 0) await this.fetchBatch(missing, found, false);
	}

	private url(batch: string[]): string {
		const list = batch.map((id) => encodeURIComponent(id).replace(/%2F/gi, "/")).join(",");
		return `${this.baseUrl}?id_list=${list}&max_results=${batch.length}`;
	}

	/** One HTTP answer, or the HttpError of a request that got none. */
	private async attempt(url: string): Promise<HttpResponse | HttpError> {
		try {
			return await this.limiter.schedule(() => this.http.request({ url, method: "GET", timeoutMs: this.timeoutMs }));
		} catch (error) {
			if (error instanceof HttpError) return error;
			throw error;
		}
	}

	private async request(url: string): Promise<AtomFeed> {
		for (let attempt = 1; ; attempt++) {
			const outcome = await this.attempt(url);
			let failure: Failure;
			if (outcome instanceof HttpError) {
				failure = { error: outcome };
			} else {
				if (outcome.status >= 200 && outcome.status < 300) return parseAtomFeed(outcome.text);
				if (!RETRY_STATUS.has(outcome.status)) return errorAnswer(outcome);
				failure = { status: outcome.status };
			}
			if (attempt > this.maxRetries) throw this.unavailable(failure, attempt);
			const retryAfter = outcome instanceof HttpError ? undefined : retryAfterMs(outcome, this.clock.now());
			this.limiter.delayNext(retryAfter ?? Math.min(MAX_WAIT_MS, BACKOFF_MS * 2 ** (attempt - 1)));
		}
	}

	private unavailable(failure: Failure, attempts: number): ArxivUnavailableError {
		const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
		if ("error" in failure) {
			if (failure.error.kind === "timeout")
				return new ArxivUnavailableError(`arXiv did not answer (timeout after ${seconds(this.timeoutMs)}, ${tries}): check your connection and try again`, attempts);
			return new ArxivUnavailableError(`could not reach arXiv (${failure.error.message}; ${tries}): check your connection and try again`, attempts);
		}
		const { status } = failure;
		const what =
			status === 429
				? `arXiv asked to slow down (HTTP 429, ${tries}): wait a few minutes and try again`
				: status === 503
					? `arXiv is busy (HTTP 503, ${tries}): try again in a few minutes`
					: `arXiv had a server error (HTTP ${status}, ${tries}): try again later`;
		return new ArxivUnavailableError(what, attempts, status);
	}
}
