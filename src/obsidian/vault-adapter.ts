import { normalizePath, TFile, TFolder, type App } from "obsidian";
import type { VaultPort } from "../core/ports";
import type { NoteProperties } from "./note-properties";
import { processNote } from "./process-note";

export class NotAFileError extends Error {
	constructor(path: string) {
		super(`"${path}" is not a note in this vault.`);
		this.name = "NotAFileError";
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

	/** Creates in flight by lower-cased path. */
	private readonly creating = new Map<string, Promise<unknown>>();

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
		const { creating } = this;
		const run = (creating.get(key) ?? Promise.resolve()).then(async () => {
			const folder = normal.includes("/") ? normal.slice(0, normal.lastIndexOf("/")) : "";
			if (folder !== "") await this.ensureFolder(folder);
			const file = await this.app.vault.create(normal, data);
			this.properties.wrote(file.path, data);
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
		return processNote(this.app.vault, this.properties, this.file(path), fn);
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

	/** The note's properties: from the text written here until the metadata cache has caught up (NoteProperties). */
	async frontmatter(path: string): Promise<Record<string, unknown> | null> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		return (file && this.properties.of(file)) ?? null;
	}

	async trash(path: string): Promise<void> {
		const file = this.file(path);
		this.properties.willTrash(file.path);
		try {
			await this.app.fileManager.trashFile(file);
		} catch (error) {
			this.properties.trashFailed(file.path);
			throw error;
		}
	}
}
