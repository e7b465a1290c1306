import type { Clock } from "../ports";
import { searchQuery } from "./query";

/**
 * Search answers kept per query, so typing back to an earlier query, or two identical queries in
 * flight, cost one request. Queries are compared as arXiv reads them (`searchQuery`): `Graph  neural`
 * and `graph neural ` share an entry. Least recently used entries go first; entries older than the
 * time to live are fetched again (arXiv adds papers every day).
 */

export interface SearchCacheOptions {
	/** Entries kept; default 50. */
	capacity?: number;
	/** Milliseconds an answer stays fresh; default one hour. */
	ttlMs?: number;
	clock?: Pick<Clock, "now">;
}

export class SearchCache<T> {
	private readonly entries = new Map<string, { value: T; at: number }>();
	private readonly pending = new Map<string, Promise<T>>();
	private readonly capacity: number;
	private readonly ttlMs: number;
	private readonly now: () => number;

	constructor(options: SearchCacheOptions = {}) {
		this.capacity = Math.max(1, options.capacity ?? 50);
		this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
		const clock = options.clock;
		this.now = clock ? () => clock.now().getTime() : () => Date.now();
	}

	/** The cache key of what the user typed; "" when there is nothing to search for. */
	static key(userText: string): string {
		return searchQuery(userText);
	}

	get size(): number {
		return this.entries.size;
	}

	/** The fresh answer for a query, marking it recently used; undefined when none. */
	get(userText: string): T | undefined {
		const key = SearchCache.key(userText);
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		this.entries.delete(key);
		if (this.now() - entry.at > this.ttlMs) return undefined;
		this.entries.set(key, entry);
		return entry.value;
	}

	set(userText: string, value: T): void {
		const key = SearchCache.key(userText);
		this.entries.delete(key);
		this.entries.set(key, { value, at: this.now() });
		for (const oldest of this.entries.keys()) {
			if (this.entries.size <= this.capacity) break;
			this.entries.delete(oldest);
		}
	}

	/**
	 * The cached answer, the request already under way for the same query, or a new one from `load`
	 * (given the arXiv `search_query`). A failed request is not cached.
	 */
	lookup(userText: string, load: (query: string) => Promise<T>): Promise<T> {
		const cached = this.get(userText);
		if (cached !== undefined) return Promise.resolve(cached);
		const key = SearchCache.key(userText);
		const running = this.pending.get(key);
		if (running) return running;
		const request = load(key).then(
			(value) => {
				this.pending.delete(key);
				this.set(userText, value);
				return value;
			},
			(error: unknown) => {
				this.pending.delete(key);
				throw error;
			},
		);
		this.pending.set(key, request);
		return request;
	}

	clear(): void {
		this.entries.clear();
		this.pending.clear();
	}
}
