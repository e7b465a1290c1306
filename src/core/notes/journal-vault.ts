import type { VaultPort } from "../ports";

/**
 * A VaultPort that remembers what it changed, so that a paper whose notes cannot all be written
 * leaves none of them half-made: `undo()` puts back the text of every note it edited and moves the
 * notes it created to the trash.
 */
export class JournalVault implements VaultPort {
	private readonly created: string[] = [];
	/** Path -> the text before the first edit. */
	private readonly before = new Map<string, string>();

	constructor(private readonly vault: VaultPort) {}

	exists(path: string): Promise<boolean> {
		return this.vault.exists(path);
	}
	read(path: string): Promise<string> {
		return this.vault.read(path);
	}
	async create(path: string, data: string): Promise<void> {
		await this.vault.create(path, data);
		this.created.push(path);
	}
	process(path: string, fn: (data: string) => string): Promise<string> {
		return this.vault.process(path, (data) => {
			const next = fn(data);
			if (!this.before.has(path) && next !== data) this.before.set(path, data);
			return next;
		});
	}
	async processFrontMatter(path: string, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		if (!this.before.has(path) && !this.created.includes(path)) this.before.set(path, await this.vault.read(path));
		await this.vault.processFrontMatter(path, fn);
	}
	listMarkdown(folder: string): Promise<string[]> {
		return this.vault.listMarkdown(folder);
	}
	frontmatter(path: string): Promise<Record<string, unknown> | null> {
		return this.vault.frontmatter(path);
	}
	trash(path: string): Promise<void> {
		return this.vault.trash(path);
	}

	/** Puts every edited note back as it was and trashes the created ones; returns the problems met. */
	async undo(): Promise<string[]> {
		const problems: string[] = [];
		for (const [path, text] of [...this.before].reverse()) {
			if (this.created.includes(path)) continue;
			await this.vault.process(path, () => text).catch((e: unknown) => problems.push(`${path}: ${e instanceof Error ? e.message : String(e)}`));
		}
		for (const path of [...this.created].reverse()) {
			await this.vault.trash(path).catch((e: unknown) => problems.push(`${path}: ${e instanceof Error ? e.message : String(e)}`));
		}
		return problems;
	}
}
