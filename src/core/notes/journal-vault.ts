import type { VaultPort } from "../ports";
import { errorMessage } from "../words";

/**
 * A VaultPort that remembers what it changed, so that a paper whose notes cannot all be written
 * leaves none of them half-made: `undo()` puts back the text of every note it edited and moves the
 * notes it created to the trash.
 */
export class JournalVault implements VaultPort {
	private readonly created: string[] = [];
	/** Path -> the text before the first edit. */
	private readonly before = new Map<string, string>();
	/** Path -> the text this journal wrote last: an undo puts a note back only if it still reads so. */
	private readonly last = new Map<string, string>();

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
		this.last.set(path, data);
	}
	async process(path: string, fn: (data: string) => string): Promise<string> {
		// Kept in the form edits see (a CRLF note as LF, see text-form.ts), which is the form undo compares in.
		let written: string | undefined;
		const text = await this.vault.process(path, (data) => {
			const next = fn(data);
			if (!this.before.has(path) && next !== data) this.before.set(path, data);
			written = next;
			return next;
		});
		if (written !== undefined) this.last.set(path, written);
		return text;
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

	/**
	 * Puts every edited note back as it was and trashes the created ones; a note someone changed after
	 * this journal's last write is left as it is (its text is theirs now). Returns the problems met.
	 */
	async undo(): Promise<string[]> {
		const problems: string[] = [];
		const reason = (path: string, e: unknown): number => problems.push(`${path}: ${errorMessage(e)}`);
		for (const [path, text] of [...this.before].reverse()) {
			if (this.created.includes(path)) continue;
			const last = this.last.get(path);
			let changed = false;
			await this.vault
				.process(path, (now) => {
					changed = last !== undefined && now !== last;
					return changed ? now : text;
				})
				.catch((e: unknown) => reason(path, e));
			if (changed) problems.push(`${path}: changed meanwhile, so it was left as it is`);
		}
		for (const path of [...this.created].reverse()) {
			const now = await this.vault.read(path).catch(() => undefined);
			if (now !== undefined && now !== this.last.get(path)) {
				problems.push(`${path}: changed meanwhile, so it was left as it is`);
				continue;
			}
			await this.vault.trash(path).catch((e: unknown) => reason(path, e));
		}
		return problems;
	}
}
