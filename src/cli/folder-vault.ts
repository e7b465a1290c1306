import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { Document, parseDocument } from "yaml";
import type { VaultPort } from "../core/ports";

/** The frontmatter block: from a first line `---` to the next line that is `---` (a value such as `sep: ---` does not end it). */
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Errors of a file system that cannot make hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/**
 * A vault that is a folder on disk, for the CLI. It keeps Obsidian's rules: `create` refuses an
 * existing path (compared case-insensitively, as on macOS and Windows), and `process` edits of one
 * file run one after another so concurrent imports never lose each other's lines.
 */
export class FolderVault implements VaultPort {
	private readonly queues = new Map<string, Promise<unknown>>();

	constructor(readonly root: string) {}

	private abs(path: string): string {
		const full = nodePath.resolve(this.root, path);
		const rel = nodePath.relative(this.root, full);
		if (rel.startsWith("..") || nodePath.isAbsolute(rel)) throw new Error(`"${path}" is outside the vault folder.`);
		return full;
	}

	private serial<T>(path: string, task: () => Promise<T>): Promise<T> {
		const key = path.toLowerCase();
		const run = (this.queues.get(key) ?? Promise.resolve()).then(task, task);
		this.queues.set(
			key,
			run.catch(() => undefined),
		);
		return run;
	}

	/** Entries of a folder whose name is `part` in any case, the exact one first; none when it is no folder. */
	private async namesLike(dir: string, part: string): Promise<string[]> {
		let entries: string[];
		try {
			entries = await fs.readdir(dir);
		} catch {
			return [];
		}
		const lower = part.toLowerCase();
		return entries.filter((e) => e.toLowerCase() === lower).sort((a, b) => Number(b === part) - Number(a === part));
	}

	async exists(path: string): Promise<boolean> {
		const parts = path.split("/").filter((p) => p !== "");
		// On a case-sensitive disk "papers" and "Papers" can both be there: the path exists below either.
		const below = async (dir: string, i: number): Promise<boolean> => {
			const part = parts[i];
			if (part === undefined) return true;
			for (const name of await this.namesLike(dir, part)) if (await below(nodePath.join(dir, name), i + 1)) return true;
			return false;
		};
		return below(this.root, 0);
	}

	/**
	 * The folder a new file at `path` goes into: each existing folder is reused whatever the case of its
	 * name, as a case-insensitive disk does, so "Papers/b.md" lands beside "papers/a.md".
	 */
	private async parentOnDisk(path: string): Promise<string> {
		const full = this.abs(path);
		const parts = nodePath.relative(this.root, nodePath.dirname(full)).split(nodePath.sep).filter((p) => p !== "");
		let dir = this.root;
		for (const part of parts) dir = nodePath.join(dir, (await this.namesLike(dir, part))[0] ?? part);
		return dir;
	}

	read(path: string): Promise<string> {
		return fs.readFile(this.abs(path), "utf8");
	}

	create(path: string, data: string): Promise<void> {
		return this.serial(path, async () => {
			if (await this.exists(path)) throw new Error("File already exists.");
			const dir = await this.parentOnDisk(path);
			const full = nodePath.join(dir, nodePath.basename(this.abs(path)));
			await fs.mkdir(dir, { recursive: true });
			// Written aside, then hard-linked into place: the note appears whole or not at all, and the
			// link fails rather than overwrite a file another process made in the meantime.
			const tmp = tempPath(full);
			try {
				await fs.writeFile(tmp, data, "utf8");
				await fs.link(tmp, full);
			} catch (error) {
				const code = (error as { code?: string }).code;
				if (code === "EEXIST") throw new Error("File already exists.");
				// No hard links on this disk: an exclusive create, which also never overwrites.
				if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
				await fs.writeFile(full, data, { encoding: "utf8", flag: "wx" }).catch((e: unknown) => {
					throw (e as { code?: string }).code === "EEXIST" ? new Error("File already exists.") : e;
				});
			} finally {
				await fs.rm(tmp, { force: true });
			}
		});
	}

	process(path: string, fn: (data: string) => string): Promise<string> {
		return this.serial(path, async () => {
			const full = this.abs(path);
			const before = await fs.readFile(full, "utf8");
			const after = fn(before);
			if (after !== before) await writeAtomically(full, after);
			return after;
		});
	}

	async processFrontMatter(path: string, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		await this.process(path, (text) => {
			const match = FRONTMATTER.exec(text);
			const doc = parseDocument(match?.[1] ?? "");
			if (doc.errors.length > 0) throw new Error(`${path}: its properties are not valid YAML (${doc.errors[0]?.message ?? "parse error"}).`);
			const data: unknown = doc.toJS() ?? {};
			const fm: Record<string, unknown> = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
			fn(fm);
			// Like Obsidian, a note without frontmatter gets none when fn adds nothing.
			if (!match && Object.keys(fm).length === 0) return text;
			const yamlText = new Document(fm).toString({ lineWidth: 0 });
			const body = match ? text.slice(match[0].length) : text;
			return `---\n${yamlText}---\n${body}`;
		});
	}

	async listMarkdown(folder: string): Promise<string[]> {
		const out: string[] = [];
		const walk = async (rel: string): Promise<void> => {
			let entries;
			try {
				entries = await fs.readdir(this.abs(rel), { withFileTypes: true });
			} catch {
				return;
			}
			for (const entry of entries) {
				if (entry.name.startsWith(".")) continue;
				const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
				if (entry.isDirectory()) await walk(child);
				else if (entry.isFile() && entry.name.endsWith(".md")) out.push(child);
			}
		};
		await walk(folder);
		return out.sort();
	}

	/** Like Obsidian's "Move to Obsidian trash": into `.trash/` at the vault's root, a number added on a clash. */
	trash(path: string): Promise<void> {
		return this.serial(path, async () => {
			const full = this.abs(path);
			const bin = nodePath.join(this.root, ".trash");
			await fs.mkdir(bin, { recursive: true });
			const ext = nodePath.extname(full);
			const stem = nodePath.basename(full, ext);
			let target = nodePath.join(bin, `${stem}${ext}`);
			for (let n = 2; await fs.access(target).then(() => true, () => false); n++) target = nodePath.join(bin, `${stem} ${n}${ext}`);
			await fs.rename(full, target);
		});
	}

	async frontmatter(path: string): Promise<Record<string, unknown> | null> {
		const text = await this.read(path);
		const match = FRONTMATTER.exec(text);
		if (!match) return null;
		const doc = parseDocument(match[1] ?? "");
		if (doc.errors.length > 0) return null;
		const data: unknown = doc.toJS();
		return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
	}
}

/** Writes through a temporary file and a rename, so a crash never leaves half a note. */
async function writeAtomically(full: string, data: string): Promise<void> {
	const tmp = tempPath(full);
	await fs.writeFile(tmp, data, "utf8");
	await fs.rename(tmp, full);
}

let counter = 0;
function tempPath(full: string): string {
	counter += 1;
	return nodePath.join(nodePath.dirname(full), `.${nodePath.basename(full)}.${process.pid}.${counter}.tmp`);
}
