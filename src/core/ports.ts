/**
 * The narrow handles the core needs from its host. Obsidian implements them over `app.vault`,
 * `app.fileManager` and `requestUrl`; the CLI over a folder and `fetch`; tests over memory.
 */

export interface HttpRequest {
	url: string;
	method?: "GET" | "POST";
	headers?: Record<string, string>;
	body?: string;
	/** Give up after this many milliseconds (the adapter rejects with an HttpError of kind "timeout"). */
	timeoutMs?: number;
	/** A binary body (a PDF): the response carries `arrayBuffer`, and `text` may be left empty. */
	binary?: boolean;
}

export interface HttpResponse {
	status: number;
	/** Header names in lower case. */
	headers: Record<string, string>;
	text: string;
	/** The body as bytes, for requests made with `binary: true`. */
	arrayBuffer?: ArrayBuffer;
}

export type HttpErrorKind = "network" | "timeout";

/** A request that got no HTTP answer at all. An HTTP error status is a normal HttpResponse. */
export class HttpError extends Error {
	constructor(
		readonly kind: HttpErrorKind,
		message: string,
		/**
		 * For kind "network": the host cannot be reached at all (its name does not resolve, or it
		 * refuses the connection), so asking again in a few seconds will not help. Unset when the
		 * adapter cannot tell (a reset connection may well work on the next try).
		 */
		readonly unreachable = false,
	) {
		super(message);
		this.name = "HttpError";
	}
}

export interface HttpClient {
	/** Resolves with any HTTP status; rejects with HttpError when no answer came. */
	request(req: HttpRequest): Promise<HttpResponse>;
}

export interface Clock {
	now(): Date;
	sleep(ms: number): Promise<void>;
}

export interface VaultPort {
	/** Like Obsidian: true when a file or folder exists at the path, compared case-insensitively. */
	exists(path: string): Promise<boolean>;
	read(path: string): Promise<string>;
	/** Creates the file and any missing parent folders; rejects if the path exists. */
	create(path: string, data: string): Promise<void>;
	/** Atomic read-modify-write of an existing file; returns the new text. */
	process(path: string, fn: (data: string) => string): Promise<string>;
	/** Markdown files (paths) below a folder, recursively; "" means the whole vault. */
	listMarkdown(folder: string): Promise<string[]>;
	/** The parsed frontmatter of a note, or null when it has none. */
	frontmatter(path: string): Promise<Record<string, unknown> | null>;
	/** Moves a file to the trash (Obsidian: the user's "Deleted files" setting; a folder vault: `.trash/`). */
	trash(path: string): Promise<void>;
	/**
	 * Runs a group of writes (one paper's notes) with no other process writing in between: the CLI's
	 * cross-process lock, taken once for the group. Absent where there is one writer (Obsidian).
	 */
	exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

/** How links are written. In Obsidian they follow the user's link settings. */
export interface LinkPort {
	/** A link for the body of a note, e.g. `[[papers/Title|Title]]` or `[Title](papers/Title.md)`. */
	markdownLink(targetPath: string, sourcePath: string, display: string): string;
	/** The link path for a wikilink in a property, e.g. `papers/Title` or `Title`. */
	linktext(targetPath: string, sourcePath: string): string;
}

/** Formats a date with a moment.js format string (Obsidian ships moment; the CLI bundles it). */
export type DateFormatter = (date: Date, format: string) => string;

export interface Logger {
	warn(message: string): void;
}
