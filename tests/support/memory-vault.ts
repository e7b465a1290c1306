import { parseDocument } from "yaml";
import type { VaultPort } from "../../src/core/ports";
import { keepingTextForm } from "../../src/core/notes/text-form";

/** The frontmatter block: from a first line `---` to the next line that is `---` (a value such as `sep: ---` does not end it). */
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * A VaultPort in memory for core tests and benchmarks, with Obsidian's rules: create refuses an
 * existing path compared case-insensitively, process is an atomic read-modify-write.
 * Plugin code is tested against the fuller Obsidian host in tests/host instead.
 */
export class MemoryVault implements VaultPort {
	readonly files = new Map<string, string>();
	/** Lower-cased path -> path, so case-insensitive lookups are one hash, as in Obsidian. */
	private readonly lower = new Map<string, string>();
	writes = 0;
	/** Set to make the next write of a path fail, to test that nothing half-written remains. */
	failOn?: (path: string) => boolean;

	constructor(initial: Record<string, string> = {}) {
		for (const [p, t] of Object.entries(initial)) this.files.set(p, t);
	}

	/** Lower-cased folder paths, for exists() on folders. */
	private readonly folders = new Set<string>();

	private index(path: string): void {
		this.lower.set(path.toLowerCase(), path);
		const parts = path.toLowerCase().split("/");
		for (let i = 1; i < parts.length; i++) this.folders.add(parts.slice(0, i).join("/"));
	}

	/** Tests also set and delete entries of `files` directly: the index is rebuilt when it is behind. */
	private reindex(): void {
		this.lower.clear();
		this.folders.clear();
		for (const p of this.files.keys()) this.index(p);
	}

	private find(path: string): string | undefined {
		if (this.files.has(path)) return path;
		const look = (): string | undefined => {
			const hit = this.lower.get(path.toLowerCase());
			return hit !== undefined && this.files.has(hit) ? hit : undefined;
		};
		const hit = look();
		if (hit !== undefined || this.lower.size === this.files.size) return hit;
		this.reindex();
		return look();
	}

	private write(path: string, text: string): void {
		if (this.failOn?.(path)) throw new Error(`disk full while writing ${path}`);
		this.writes += 1;
		this.files.set(path, text);
		this.index(path);
	}

	exists(path: string): Promise<boolean> {
		if (this.lower.size !== this.files.size) this.reindex();
		return Promise.resolve(this.find(path) !== undefined || this.folders.has(path.toLowerCase()));
	}

	async read(path: string): Promise<string> {
		await Promise.resolve();
		const p = this.find(path);
		if (p === undefined) throw new Error(`ENOENT: ${path}`);
		return this.files.get(p) ?? "";
	}

	async create(path: string, data: string): Promise<void> {
		await Promise.resolve();
		if (this.find(path) !== undefined) throw new Error("File already exists.");
		this.write(path, data);
	}

	async process(path: string, fn: (data: string) => string): Promise<string> {
		await Promise.resolve();
		const p = this.find(path);
		if (p === undefined) throw new Error(`ENOENT: ${path}`);
		const next = keepingTextForm(this.files.get(p) ?? "", fn);
		this.write(p, next);
		return next;
	}

	listMarkdown(folder: string): Promise<string[]> {
		const prefix = folder === "" ? "" : folder + "/";
		return Promise.resolve([...this.files.keys()].filter((p) => p.startsWith(prefix) && p.endsWith(".md")).sort());
	}

	frontmatter(path: string): Promise<Record<string, unknown> | null> {
		const p = this.find(path);
		const match = p === undefined ? null : FRONTMATTER.exec(this.files.get(p) ?? "");
		if (!match) return Promise.resolve(null);
		const doc = parseDocument(match[1] ?? "");
		return Promise.resolve(doc.errors.length > 0 ? null : ((doc.toJS() ?? {}) as Record<string, unknown>));
	}

	/** Paths moved to the trash, in order. */
	readonly trashed: string[] = [];

	async trash(path: string): Promise<void> {
		await Promise.resolve();
		const p = this.find(path);
		if (p === undefined) throw new Error(`ENOENT: ${path}`);
		this.files.delete(p);
		this.reindex();
		this.trashed.push(p);
	}
}
