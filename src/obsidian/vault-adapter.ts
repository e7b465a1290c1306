import { getFrontMatterInfo, normalizePath, parseYaml, TFile, TFolder, type App } from "obsidian";
import type { VaultPort } from "../core/ports";
import type { NoteProperties } from "./note-properties";

export class NotAFileError extends Error {
	constructor(path: string) {
		super(`"${path}" is not a note in this vault.`);
		this.name = "NotAFileError";
	}
}

/**
 * Per vault (shared by every ObsidianVault over it, since the import and the feed each make their own):
 * creates in flight by lower-cased path, and notes written here that the metadata cache may not have
 * parsed yet.
 */
interface VaultState {
	readonly creating: Map<string, Promise<unknown>>;
	readonly unsettled: Set<string>;
}
const states = new WeakMap<object, VaultState>();

function recordOf(value: unknown): Record<string, unknown> | null {
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The frontmatter of a note's text, as the metadata cache will have it once it catches up. */
function parseFrontmatter(text: string): Record<string, unknown> | null {
	const info = getFrontMatterInfo(text);
	if (!info.exists) return null;
	try {
		const data: unknown = parseYaml(info.frontmatter);
		return recordOf(data) ?? {};
	} catch {
		// Obsidian indexes a note whose YAML does not parse as one without frontmatter.
		return null;
	}
}

/**
 * The core's VaultPort over `app.vault` and `app.fileManager`. Properties are read through
 * NoteProperties, which every write here informs: the metadata cache is not current right after a write.
 */
export class ObsidianVault implements VaultPort {
	constructor(
		private readonly app: Pick<App, "vault" | "fileManager" | "metadataCache">,
		private readonly properties: NoteProperties,
	) {}

	private get state(): VaultState {
		let state = states.get(this.app.vault);
		if (!state) {
			state = { creating: new Map(), unsettled: new Set() };
			states.set(this.app.vault, state);
		}
		return state;
	}

	private file(path: string): TFile {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!(file instanceof TFile)) throw new NotAFileError(path);
		return file;
	}

	exists(path: string): Promise<boolean> {
		// The adapter compares case-insensitively by default, like the file systems most vaults live on.
		return this.app.vault.adapter.exists(normalizePath(path));
	}

	async read(path: string): Promise<string> {
		return this.app.vault.read(this.file(path));
	}

	async create(path: string, data: string): Promise<void> {
		const normal = normalizePath(path);
		// vault.create checks that the path is free and then writes, with awaits in between: two creates
		// of one path at once could both pass the check. One create per path (in any case) at a time.
		const key = normal.toLowerCase();
		const { creating } = this.state;
		const run = (creating.get(key) ?? Promise.resolve()).then(async () => {
			const folder = normal.includes("/") ? normal.slice(0, normal.lastIndexOf("/")) : "";
			if (folder !== "") await this.ensureFolder(folder);
			const file = await this.app.vault.create(normal, data);
			this.state.unsettled.add(file.path);
		});
		const tail = run.catch(() => undefined);
		creating.set(key, tail);
		try {
			await run;
		} finally {
			if (creating.get(key) === tail) creating.delete(key);
		}
	}

	private async ensureFolder(folder: string): Promise<void> {
		if (this.app.vault.getFolderByPath(folder) instanceof TFolder) return;
		try {
			await this.app.vault.createFolder(folder);
		} catch (error) {
			// Another import may have made it a moment ago; only a folder that still is missing is a failure.
			if (!(this.app.vault.getFolderByPath(folder) instanceof TFolder) && !(await this.app.vault.adapter.exists(folder))) throw error;
		}
	}

	async process(path: string, fn: (data: string) => string): Promise<string> {
		const file = this.file(path);
		this.state.unsettled.add(file.path);
		return this.app.vault.process(file, fn);
	}

	async processFrontMatter(path: string, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const file = this.file(path);
		this.state.unsettled.add(file.path);
		await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => fn(fm));
	}

	listMarkdown(folder: string): Promise<string[]> {
		const prefix = folder === "" ? "" : normalizePath(folder) + "/";
		return Promise.resolve(
			this.app.vault
				.getMarkdownFiles()
				.map((f) => f.path)
				.filter((p) => p.startsWith(prefix)),
		);
	}

	/**
	 * The metadata cache's frontmatter. Obsidian parses a written note a moment later, so for a note
	 * written here the cache may still hold the old properties (or none): such a note is read from its
	 * text until the cache agrees with it.
	 */
	async frontmatter(path: string): Promise<Record<string, unknown> | null> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!file) return null;
		const cached = recordOf(this.app.metadataCache.getFileCache(file)?.frontmatter);
		const { unsettled } = this.state;
		if (!unsettled.has(file.path)) return cached;
		const current = parseFrontmatter(await this.app.vault.cachedRead(file));
		if (JSON.stringify(current) === JSON.stringify(cached)) unsettled.delete(file.path);
		return current;
	}

	async trash(path: string): Promise<void> {
		const file = this.file(path);
		this.state.unsettled.delete(file.path);
		await this.app.fileManager.trashFile(file);
	}
}
