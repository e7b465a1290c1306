import type { RateLimiter } from "../arxiv/rate-limiter";
import type { HttpClient } from "../ports";
import { listingUrl } from "./feed-url";
import { parseListingFeed, type Listing } from "./rss";

/**
 * The followed categories' listing: ONE request for the whole day, through the limiter shared with
 * every arXiv API request (3 s apart across all commands). Throws UnknownCategoryError, HttpError,
 * ListingParseError, or an Error for an HTTP error status.
 */
export async function fetchListing(http: HttpClient, limiter: RateLimiter, categories: readonly string[]): Promise<Listing> {
	const url = listingUrl(categories);
	const response = await limiter.schedule(() => http.request({ url, method: "GET", timeoutMs: 30_000 }));
	if (response.status < 200 || response.status >= 300) throw new Error(`arXiv's listing service answered HTTP ${response.status}: try again later`);
	return parseListingFeed(response.text);
}
