import { normalizePath, TFile, TFolder, type App } from "obsidian";
import type { VaultPort } from "../core/ports";

export class NotAFileError extends Error {
	constructor(path: string) {
		super(`"${path}" is not a note in this vault.`);
		this.name = "NotAFileError";
	}
}

/** The core's VaultPort over `app.vault`, `app.fileManager` and `app.metadataCache`. */
export class ObsidianVault implements VaultPort {
	constructor(private readonly app: Pick<App, "vault" | "fileManager" | "metadataCache">) {}

	private file(path: string): TFile {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!(file instanceof TFile)) throw new NotAFileError(path);
		return file;
	}

	exists(path: string): Promise<boolean> {
		// The adapter compares case-insensitively by default, like the file systems most vaults live on.
		return this.app.vault.adapter.exists(normalizePath(path));
	}

	read(path: string): Promise<string> {
		return this.app.vault.read(this.file(path));
	}

	async create(path: string, data: string): Promise<void> {
		const normal = normalizePath(path);
		const folder = normal.includes("/") ? normal.slice(0, normal.lastIndexOf("/")) : "";
		if (folder !== "") await this.ensureFolder(folder);
		await this.app.vault.create(normal, data);
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

	process(path: string, fn: (data: string) => string): Promise<string> {
		return this.app.vault.process(this.file(path), fn);
	}

	processFrontMatter(path: string, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		return this.app.fileManager.processFrontMatter(this.file(path), (fm: Record<string, unknown>) => fn(fm));
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

	frontmatter(path: string): Promise<Record<string, unknown> | null> {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		const fm: unknown = file ? this.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
		return Promise.resolve(typeof fm === "object" && fm !== null ? (fm as Record<string, unknown>) : null);
	}

	trash(path: string): Promise<void> {
		return this.app.fileManager.trashFile(this.file(path));
	}
}
