import type { FailedInput, Paper } from "../model";
import { HttpError, type Clock, type HttpClient, type HttpResponse } from "../ports";
import { parseAtomFeed, type AtomEntryError, type AtomFeed } from "./atom";
import { allWarnings, checkPapers, errorReason, feedWarnings } from "./entry-check";
import type { RateLimiter } from "./rate-limiter";
import { retryAfterMs, retryWaitMs } from "../http-retry";
import { searchUrl } from "../search/query";

export interface ArxivClientOptions {
	/** Default `https://export.arxiv.org/api/query`. */
	baseUrl?: string;
	/** Per request; default 30 000 ms. */
	timeoutMs?: number;
	/**
	 * Retries after the first attempt on timeouts, network errors and HTTP 429/5xx; default 3. A host
	 * that cannot be reached at all (HttpError `unreachable`: no such name, connection refused) is
	 * not asked again.
	 */
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

/** arXiv answered a search with nothing but its own Error entries; the message quotes them. */
export class ArxivAnswerError extends Error {
	constructor(readonly reasons: string[]) {
		super(reasons.join("; "));
		this.name = "ArxivAnswerError";
	}
}

/**
 * What `fetchByIds` found. `failed` holds the IDs arXiv answered for with something that cannot
 * become a note (an Error entry, an entry without a title or date), with the reason; `warnings`
 * what was left out of a paper (an impossible date).
 */
export interface FetchResult {
	papers: Paper[];
	notFound: string[];
	failed: FailedInput[];
	warnings: string[];
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
export function arxivPaperKey(id: string): string {
	return id.replace(/v\d+$/i, "").replace(/^([a-z-]+)\.[A-Za-z-]+\//, "$1/");
}

function seconds(ms: number): string {
	return `${Number((ms / 1000).toFixed(1))} s`;
}

/** The server's Retry-After, capped. */
type Failure = { status: number } | { error: HttpError };

/** What the batches of one `fetchByIds` found so far, by paper key. */
interface Answers {
	found: Map<string, Paper>;
	failed: Map<string, string>;
	warnings: string[];
}

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
	 * The papers named by `ids`, in the order asked. IDs arXiv does not know go to `notFound`; IDs it
	 * answered for with an error or an entry lacking a title or date go to `failed` with the reason
	 * (arXiv's own words when it gave some); impossible dates are left out with a warning.
	 * Throws ArxivUnavailableError, ArxivRequestError or AtomParseError when arXiv gives no usable answer.
	 * `signal`: Cancel ends a wait for arXiv's turn (3 s apart, or a Retry-After) at once.
	 */
	async fetchByIds(ids: string[], signal?: AbortSignal): Promise<FetchResult> {
		const wanted = new Map<string, string>();
		for (const id of ids) if (!wanted.has(arxivPaperKey(id))) wanted.set(arxivPaperKey(id), id);
		const requested = [...wanted.values()];
		const answers: Answers = { found: new Map(), failed: new Map(), warnings: [] };
		for (let i = 0; i < requested.length; i += BATCH_SIZE) {
			await this.fetchBatch(requested.slice(i, i + BATCH_SIZE), answers, true, signal);
		}
		const result: FetchResult = { papers: [], notFound: [], failed: [], warnings: answers.warnings };
		for (const [key, id] of wanted) {
			const paper = answers.found.get(key);
			const reason = answers.failed.get(key);
			if (paper) result.papers.push(paper);
			else if (reason !== undefined) result.failed.push({ input: id, reason });
			else result.notFound.push(id);
		}
		return result;
	}

	/**
	 * Papers matching what the user typed (see `searchQuery`: field prefixes pass through, bare words
	 * search titles and abstracts), best match first. Same limiter, retries and Retry-After as ID lookups.
	 * Throws ArxivAnswerError with arXiv's words when it answered with errors only.
	 */
	async search(userText: string, max = 10): Promise<Paper[]> {
		return (await this.searchPapers(userText, max)).papers;
	}

	/** `search`, with what was dropped or left out of the papers (entries without a title, impossible dates) as warnings. */
	async searchPapers(userText: string, max = 10): Promise<{ papers: Paper[]; warnings: string[] }> {
		const feed = await this.request(searchUrl(userText, max, this.baseUrl));
		const checked = checkPapers(feed.papers);
		const errors = [...feed.errors, ...checked.errors];
		if (checked.papers.length === 0 && feed.errors.length > 0) throw new ArxivAnswerError(feed.errors.map(errorReason));
		return { papers: checked.papers, warnings: [...errors.map(errorReason), ...feedWarnings(feed), ...allWarnings(checked.warnings)] };
	}

	/**
	 * Every paper an API query finds (a past listing), oldest submission first, a page of `pageSize`
	 * at a time (each page waits its turn, 3 s apart), up to `max`. Entries that cannot be read are
	 * said in `warnings`.
	 */
	async queryAll(searchQuery: string, pageSize = 200, max = 2000): Promise<{ papers: Paper[]; warnings: string[] }> {
		const papers: Paper[] = [];
		const warnings: string[] = [];
		for (let start = 0; start < max; start += pageSize) {
			const url = `${this.baseUrl}?search_query=${encodeURIComponent(searchQuery)}&start=${start}&max_results=${pageSize}&sortBy=submittedDate&sortOrder=ascending`;
			const feed = await this.request(url);
			const checked = checkPapers(feed.papers);
			papers.push(...checked.papers);
			warnings.push(...[...feed.errors, ...checked.errors].map(errorReason), ...feedWarnings(feed), ...allWarnings(checked.warnings));
			if (feed.papers.length + feed.errors.length < pageSize) return { papers, warnings };
		}
		warnings.push(`More than ${max} papers: only the first ${max} submitted are listed; take fewer days or categories for the rest.`);
		return { papers: papers.slice(0, max), warnings };
	}

	private async fetchBatch(batch: string[], answers: Answers, mayRetry: boolean, signal?: AbortSignal): Promise<void> {
		const feed = await this.request(this.url(batch), signal);
		const keys = new Set(batch.map(arxivPaperKey));
		const checked = checkPapers(feed.papers.filter((p) => keys.has(p.id)));
		for (const paper of checked.papers) answers.found.set(paper.id, paper);
		answers.warnings.push(...feedWarnings(feed), ...allWarnings(checked.warnings));
		const named = new Set<string>();
		const unnamed: AtomEntryError[] = [];
		for (const error of [...feed.errors, ...checked.errors]) {
			const key = error.id === undefined ? undefined : arxivPaperKey(error.id);
			if (key === undefined || !keys.has(key)) unnamed.push(error);
			else if (!answers.found.has(key)) {
				named.add(key);
				answers.failed.set(key, errorReason(error));
			}
		}
		const missing = batch.filter((id) => !answers.found.has(arxivPaperKey(id)) && !named.has(arxivPaperKey(id)));
		// arXiv may drop a whole batch over one bad ID: ask once more for the rest.
		if (mayRetry && named.size > 0 && missing.length > 0) return this.fetchBatch(missing, answers, false, signal);
		// An error or entry that names none of the IDs asked for may be the answer for any of the missing: say so rather than "not found".
		if (unnamed.length > 0) {
			const why = unnamed.map(errorReason).join("; ");
			for (const id of missing) answers.failed.set(arxivPaperKey(id), `${why} (instead of an entry for ${id})`);
		}
	}

	private url(batch: string[]): string {
		const list = batch.map((id) => encodeURIComponent(id).replace(/%2F/gi, "/")).join(",");
		return `${this.baseUrl}?id_list=${list}&max_results=${batch.length}`;
	}

	/** One HTTP answer, or the HttpError of a request that got none. */
	private async attempt(url: string, signal?: AbortSignal): Promise<HttpResponse | HttpError> {
		try {
			return await this.limiter.schedule(() => this.http.request({ url, method: "GET", timeoutMs: this.timeoutMs }), signal);
		} catch (error) {
			if (error instanceof HttpError) return error;
			throw error;
		}
	}

	private async request(url: string, signal?: AbortSignal): Promise<AtomFeed> {
		for (let attempt = 1; ; attempt++) {
			const outcome = await this.attempt(url, signal);
			let failure: Failure;
			if (outcome instanceof HttpError) {
				failure = { error: outcome };
			} else {
				if (outcome.status >= 200 && outcome.status < 300) return parseAtomFeed(outcome.text);
				if (!RETRY_STATUS.has(outcome.status)) return errorAnswer(outcome);
				failure = { status: outcome.status };
			}
			if (attempt > this.maxRetries || ("error" in failure && failure.error.unreachable)) throw this.unavailable(failure, attempt);
			const asked = outcome instanceof HttpError ? undefined : retryAfterMs(outcome, this.clock.now());
			this.limiter.delayNext(retryWaitMs(asked, attempt, { backoffMs: BACKOFF_MS, maxWaitMs: MAX_WAIT_MS }));
		}
	}

	private unavailable(failure: Failure, attempts: number): ArxivUnavailableError {
		const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
		if ("error" in failure) {
			if (failure.error.kind === "timeout")
				return new ArxivUnavailableError(`arXiv did not answer (timeout after ${seconds(this.timeoutMs)}, ${tries}): check your connection and try again`, attempts);
			if (failure.error.unreachable)
				return new ArxivUnavailableError(`could not reach arXiv (${failure.error.message}; not retried, as asking again will not help): check your connection and try again`, attempts);
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
