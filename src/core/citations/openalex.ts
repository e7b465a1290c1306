import type { RateLimiter } from "../arxiv/rate-limiter";
import { HttpError, type HttpClient } from "../ports";
import { ARXIV_DOI, type CitationRecord } from "./s2-records";
import { count, isRecord, text } from "../json-values";

export const OPENALEX_BASE_URL = "https://api.openalex.org";


/** Where a work is published: a location whose source is a journal or a conference (arXiv is a repository). */
function publishedSource(work: Record<string, unknown>): string | undefined {
	const more: unknown = work["locations"];
	const locations: unknown[] = [work["primary_location"], ...(Array.isArray(more) ? (more as unknown[]) : [])];
	for (const location of locations) {
		const source = isRecord(location) ? location["source"] : undefined;
		if (isRecord(source) && (source["type"] === "journal" || source["type"] === "conference")) return text(source["display_name"]);
	}
	return undefined;
}

/** An OpenAlex work read as a citation record: its citation count and published venue (its references are OpenAlex IDs, not arXiv ones). */
export function readOpenAlexWork(id: string, work: unknown): CitationRecord | undefined {
	if (!isRecord(work)) return undefined;
	const record: CitationRecord = { id, references: [] };
	const cited = count(work["cited_by_count"]);
	if (cited !== undefined) record.citationCount = cited;
	const publishedIn = publishedSource(work);
	if (publishedIn !== undefined) record.publishedIn = publishedIn;
	const doi = text(work["doi"])?.replace(/^https?:\/\/doi\.org\//i, "");
	if (doi !== undefined && !ARXIV_DOI.test(doi)) record.publishedDoi = doi;
	return record.citationCount === undefined && record.publishedIn === undefined ? undefined : record;
}

/**
 * The fallback for papers Semantic Scholar does not know: OpenAlex's work for the paper's arXiv DOI
 * (10.48550/arXiv.<id>), one request each, when it answers. It gives a count and a venue; a failure
 * or an unknown paper leaves the paper unknown, never fails the run.
 */
export async function openAlexRecords(http: HttpClient, limiter: RateLimiter, ids: readonly string[], baseUrl = OPENALEX_BASE_URL, signal?: AbortSignal): Promise<Map<string, CitationRecord>> {
	const out = new Map<string, CitationRecord>();
	for (const id of ids) {
		signal?.throwIfAborted();
		try {
			const response = await limiter.schedule(() => http.request({ url: `${baseUrl.replace(/\/+$/, "")}/works/https://doi.org/10.48550/arXiv.${encodeURIComponent(id)}`, timeoutMs: 30_000 }), signal);
			if (response.status !== 200) continue;
			const record = readOpenAlexWork(id, JSON.parse(response.text));
			if (record) out.set(id, record);
		} catch (error) {
			signal?.throwIfAborted();
			// No answer, or one that is no JSON: the paper stays unknown. The connection gone: no use asking about the others.
			if (error instanceof HttpError && error.unreachable) break;
		}
	}
	return out;
}
