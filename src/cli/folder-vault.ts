import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { Document, parseDocument } from "yaml";
import type { VaultPort } from "../core/ports";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/;

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

	async exists(path: string): Promise<boolean> {
		const parts = path.split("/").filter((p) => p !== "");
		let dir = this.root;
		for (const part of parts) {
			let entries: string[];
			try {
				entries = await fs.readdir(dir);
			} catch {
				return false;
			}
			const match = entries.find((e) => e.toLowerCase() === part.toLowerCase());
			if (match === undefined) return false;
			dir = nodePath.join(dir, match);
		}
		return true;
	}

	read(path: string): Promise<string> {
		return fs.readFile(this.abs(path), "utf8");
	}

	create(path: string, data: string): Promise<void> {
		return this.serial(path, async () => {
			if (await this.exists(path)) throw new Error("File already exists.");
			const full = this.abs(path);
			await fs.mkdir(nodePath.dirname(full), { recursive: true });
			// Written aside, then hard-linked into place: the note appears whole or not at all, and the
			// link fails rather than overwrite a file another process made in the meantime.
			const tmp = tempPath(full);
			await fs.writeFile(tmp, data, "utf8");
			try {
				await fs.link(tmp, full);
			} catch (error) {
				if ((error as { code?: string }).code === "EEXIST") throw new Error("File already exists.");
				throw error;
			} finally {
				await fs.unlink(tmp);
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
