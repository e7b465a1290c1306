import { ArxivClient } from "../core/arxiv/client";
import { RateLimiter } from "../core/arxiv/rate-limiter";
import type { HttpClient } from "../core/ports";
import { FetchHttpClient } from "./http";
import { systemClock } from "./system-clock";

/**
 * The arXiv API client of a CLI command. `ARXIV_ATLAS_API_URL` replaces the API's address
 * (`https://export.arxiv.org/api/query`), for a mirror or a test server.
 */
export function cliArxivClient(http: HttpClient = new FetchHttpClient(), limiter: RateLimiter = new RateLimiter(systemClock)): ArxivClient {
	const baseUrl = process.env["ARXIV_ATLAS_API_URL"]?.trim();
	return new ArxivClient(http, limiter, systemClock, baseUrl ? { baseUrl } : {});
}
