import { readFileSync } from "node:fs";
import type { Clock, HttpClient, HttpRequest, HttpResponse } from "../../../src/core/ports";
import { HttpError } from "../../../src/core/ports";

export function recorded(name: string): string {
	return readFileSync(new URL(`../../fixtures/arxiv-api/${name}`, import.meta.url), "utf8");
}

/** Virtual time: `sleep` returns at once and moves the clock on, recording how long it slept. */
export class VirtualClock implements Clock {
	readonly slept: number[] = [];
	private time: number;

	constructor(start = "2025-03-10T12:00:00Z") {
		this.time = new Date(start).getTime();
	}

	now(): Date {
		return new Date(this.time);
	}

	sleep(ms: number): Promise<void> {
		this.slept.push(ms);
		this.time += ms;
		return Promise.resolve();
	}

	/** Milliseconds since the clock started. */
	elapsed(since: string = "2025-03-10T12:00:00Z"): number {
		return this.time - new Date(since).getTime();
	}
}

export type Answer = HttpResponse | HttpError;
export type Handler = (req: HttpRequest, n: number) => Answer;

/** An HttpClient that answers from a script and records every request and when it started. */
export class ScriptedHttp implements HttpClient {
	readonly requests: { url: string; at: number; timeoutMs?: number }[] = [];

	constructor(
		private readonly clock: Clock,
		private readonly handler: Handler,
	) {}

	/** Answers in order; the last answer repeats. */
	static sequence(clock: Clock, answers: Answer[]): ScriptedHttp {
		return new ScriptedHttp(clock, (_req, n) => answers[Math.min(n, answers.length - 1)] ?? ok(""));
	}

	request(req: HttpRequest): Promise<HttpResponse> {
		const n = this.requests.length;
		this.requests.push({ url: req.url, at: this.clock.now().getTime(), timeoutMs: req.timeoutMs });
		const answer = this.handler(req, n);
		return answer instanceof HttpError ? Promise.reject(answer) : Promise.resolve(answer);
	}

	/** The IDs each request asked for. */
	idLists(): string[][] {
		return this.requests.map((r) => new URL(r.url).searchParams.get("id_list")?.split(",") ?? []);
	}

	/** Milliseconds between consecutive request starts. */
	gaps(): number[] {
		return this.requests.slice(1).map((r, i) => r.at - (this.requests[i]?.at ?? 0));
	}
}

export function ok(text: string, headers: Record<string, string> = {}): HttpResponse {
	return { status: 200, headers, text };
}

export function status(code: number, headers: Record<string, string> = {}, text = ""): HttpResponse {
	return { status: code, headers, text };
}

/** The `<entry>` blocks of a recorded answer, by arXiv ID (no version). */
export function recordedEntries(file: string): Map<string, string> {
	const entries = new Map<string, string>();
	for (const [block] of recorded(file).matchAll(/<entry[\s\S]*?<\/entry>/g)) {
		const id = /<id[^>]*>http:\/\/arxiv\.org\/abs\/(.+?)(?:v\d+)?<\/id>/.exec(block)?.[1];
		if (id) entries.set(id, block);
	}
	return entries;
}

/** A made-up entry in arXiv's format, for answers larger than the recordings. */
export function syntheticEntry(id: string): string {
	return `<entry>
    <id>http://arxiv.org/abs/${id}v1</id>
    <updated>2024-05-01T00:00:00Z</updated>
    <published>2024-05-01T00:00:00Z</published>
    <title>Paper ${id}</title>
    <summary>Abstract of ${id}.</summary>
    <author><name>Author of ${id}</name></author>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`;
}

/** arXiv's Error entry (as recorded for `1234.12345`) for another ID. */
export function errorEntry(id: string): string {
	const block = /<entry[\s\S]*?<\/entry>/.exec(recorded("error-incorrect-id-format-1234.12345.xml"))?.[0] ?? "";
	return block.split("1234.12345").join(id);
}

export function atomFeed(entries: string[]): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query</title>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${entries.length}</opensearch:totalResults>
  ${entries.join("\n  ")}
</feed>`;
}

/**
 * An arXiv API that knows some entries: answers `id_list` with them, newest request order reversed
 * (arXiv does not promise any order) and silently leaves out IDs it does not know.
 */
export function arxivServer(known: Map<string, string>, options: { errorFor?: (id: string) => boolean } = {}): Handler {
	return (req) => {
		const ids = new URL(req.url).searchParams.get("id_list")?.split(",") ?? [];
		const entries = ids.flatMap((id) => {
			if (options.errorFor?.(id)) return [errorEntry(id)];
			const entry = known.get(id.replace(/v\d+$/, ""));
			return entry ? [entry] : [];
		});
		return ok(atomFeed(entries.reverse()));
	};
}
