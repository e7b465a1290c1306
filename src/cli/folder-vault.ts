import { readdirSync } from "node:fs";
import { fsNow as fs } from "./fs-now";
import { readProperties } from "./note-properties-yaml";
import * as nodePath from "node:path";
import type { VaultPort } from "../core/ports";
import { VaultLock, type VaultLockOptions } from "./vault-lock";
import { keepingTextForm } from "../core/notes/text-form";


/** Errors of a file system that cannot make hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Notes at least this long are remembered after a write (see `known`). */
const KNOWN_FROM = 16 * 1024;

/** An edit that only adds this many characters at the end of a note is appended (one small write). */
const APPEND_LIMIT = 4096;

/** How many times `process` reads and applies its edit again when the file changed on disk while it worked. */
const PROCESS_ATTEMPTS = 3;

export interface FolderVaultOptions {
	/** The cross-process lock (VaultLock.forVault(root) by default); `false` for none. */
	lock?: VaultLock | VaultLockOptions | false;
}

/**
 * A vault that is a folder on disk, for the CLI. It keeps Obsidian's rules: `create` refuses an
 * existing path (compared case-insensitively, as on macOS and Windows), and `process` edits of one
 * file run one after another so concurrent imports never lose each other's lines.
 *
 * Every write (`create`, `process`, `trash`) runs under the vault's
 * cross-process lock (vault-lock.ts), reading the file inside it: two CLI processes on one vault (a
 * cron `feed` and a manual `import`) take turns per file edit, and neither writes over what the other
 * has just written. Reads (`read`, `exists`, `frontmatter`, `listMarkdown`) take no lock: writes
 * replace files by rename, so a reader sees the old or the new text, whole.
 */
/** A folder's entries by lower-cased name (a case-sensitive disk can hold "Papers" and "papers"). */
function namesByKey(entries: readonly string[]): Map<string, string[]> {
	const names = new Map<string, string[]>();
	for (const entry of entries) {
		const key = entry.toLowerCase();
		const same = names.get(key);
		if (same) same.push(entry);
		else names.set(key, [entry]);
	}
	return names;
}

export class FolderVault implements VaultPort {
	private readonly queues = new Map<string, Promise<unknown>>();
	private readonly lock: VaultLock | undefined;

	constructor(
		readonly root: string,
		options: FolderVaultOptions = {},
	) {
		const lock = options.lock;
		this.lock = lock === false ? undefined : lock instanceof VaultLock ? lock : VaultLock.forVault(root, lock);
	}

	private abs(path: string): string {
		const full = nodePath.resolve(this.root, path);
		const rel = nodePath.relative(this.root, full);
		if (rel.startsWith("..") || nodePath.isAbsolute(rel)) throw new Error(`"${path}" is outside the vault folder.`);
		return full;
	}

	/** True while `exclusive` holds the lock for a group of writes: those writes do not take it again. */
	private holding = false;

	/**
	 * Runs a group of writes (one paper's notes) under the cross-process lock, taken once: no other CLI
	 * process writes in between, and each write costs no lock of its own.
	 */
	exclusive<T>(work: () => Promise<T>): Promise<T> {
		const lock = this.lock;
		if (!lock || this.holding) return work();
		return lock.run(async () => {
			this.holding = true;
			try {
				return await work();
			} finally {
				this.holding = false;
			}
		});
	}

	/** One write: after this process's earlier writes to the same path, and under the cross-process lock. */
	private serial<T>(path: string, work: () => Promise<T>): Promise<T> {
		const key = path.toLowerCase();
		const lock = this.holding ? undefined : this.lock;
		const task = lock ? (): Promise<T> => lock.run(work) : work;
		const run = (this.queues.get(key) ?? Promise.resolve()).then(task, task);
		this.queues.set(
			key,
			run.catch(() => undefined),
		);
		return run;
	}

	/**
	 * Folder listings this process has read (folder -> lower-cased name -> names), so `exists` does not
	 * list every folder on the path at each check. This process's own writes keep them current; a
	 * write that finds the disk differs (another process made or removed the file) drops them.
	 */
	private readonly listings = new Map<string, Map<string, string[]>>();

	private listing(dir: string): Map<string, string[]> {
		let names = this.listings.get(dir);
		if (!names) {
			let entries: string[] = [];
			try {
				entries = readdirSync(dir);
			} catch {
				// no such folder: nothing in it
			}
			names = namesByKey(entries);
			this.listings.set(dir, names);
		}
		return names;
	}

	/** A listing read by someone else (the snapshot's walk of the vault), kept unless this process has its own. */
	rememberListing(dir: string, entries: readonly string[]): void {
		if (!this.listings.has(dir)) this.listings.set(dir, namesByKey(entries));
	}

	/** Forget what was listed (another process changed the vault under this one). */
	private forgetListings(): void {
		this.listings.clear();
	}

	/** Entries of a folder whose name is `part` in any case, the exact one first; none when it is no folder. */
	private namesLike(dir: string, part: string): string[] {
		const same = this.listing(dir).get(part.toLowerCase()) ?? [];
		return same.length < 2 ? same : [...same].sort((a, b) => Number(b === part) - Number(a === part));
	}

	exists(path: string): Promise<boolean> {
		const parts = path.split("/").filter((p) => p !== "");
		// On a case-sensitive disk "papers" and "Papers" can both be there: the path exists below either.
		const below = async (dir: string, i: number): Promise<boolean> => {
			const part = parts[i];
			if (part === undefined) return true;
			for (const name of this.namesLike(dir, part)) if (await below(nodePath.join(dir, name), i + 1)) return true;
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
		for (const part of parts) dir = nodePath.join(dir, this.namesLike(dir, part)[0] ?? part);
		return dir;
	}

	read(path: string): Promise<string> {
		return fs.readFile(this.abs(path), "utf8");
	}

	create(path: string, data: string): Promise<void> {
		return this.serial(path, async () => {
			// The listing may be behind another process: the exclusive link below still never overwrites.
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
				if (code === "EEXIST") {
					this.forgetListings();
					throw new Error("File already exists.");
				}
				// No hard links on this disk: an exclusive create, which also never overwrites.
				if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
				await fs.writeFile(full, data, { encoding: "utf8", flag: "wx" }).catch((e: unknown) => {
					if ((e as { code?: string }).code !== "EEXIST") throw e;
					this.forgetListings();
					throw new Error("File already exists.");
				});
			} finally {
				await fs.rm(tmp, { force: true });
			}
			this.listed(full, true);
		});
	}

	/**
	 * The text of long notes this process wrote last, with the stamp of that version: a daily or
	 * category note of thousands of lines is not read again for each paper while nobody else changed it.
	 */
	private readonly known = new Map<string, { stamp: string; text: string }>();

	private async remember(full: string, text: string): Promise<void> {
		if (text.length < KNOWN_FROM) return;
		const stamp = await stampOf(full);
		if (stamp !== undefined) this.known.set(full, { stamp, text });
	}

	private async readKnown(full: string): Promise<{ text: string; stamp: string }> {
		const known = this.known.get(full);
		if (known && (await stampOf(full)) === known.stamp) return known;
		this.known.delete(full);
		return readStamped(full);
	}

	/** Keeps the cached listings up with a file this process made (`there`) or removed, and the folders made for it. */
	private listed(full: string, there: boolean): void {
		const edit = (dir: string, name: string, add: boolean): void => {
			const names = this.listings.get(dir);
			if (!names) return;
			const key = name.toLowerCase();
			const same = (names.get(key) ?? []).filter((n) => n !== name);
			if (add) same.push(name);
			if (same.length > 0) names.set(key, same);
			else names.delete(key);
		};
		edit(nodePath.dirname(full), nodePath.basename(full), there);
		if (!there) return;
		for (let dir = nodePath.dirname(full); dir !== this.root && dir.startsWith(this.root); dir = nodePath.dirname(dir)) edit(nodePath.dirname(dir), nodePath.basename(dir), true);
	}

	/**
	 * Reads, edits and replaces the file under the lock, so no other CLI process writes in between.
	 * Obsidian does not take the lock: if the file changed on disk between the read and the rename (an
	 * open Obsidian saving it), the edit is made again on the new text, and after a few such changes
	 * the write is refused rather than made over text it never read. (Obsidian writing in the instant
	 * between that check and the rename is not excluded.)
	 */
	process(path: string, fn: (data: string) => string): Promise<string> {
		return this.serial(path, async () => {
			const full = this.abs(path);
			for (let attempt = 1; ; attempt++) {
				const { text: before, stamp } = await this.readKnown(full).catch((error: unknown) => {
					this.forgetListings();
					throw error;
				});
				const after = keepingTextForm(before, fn);
				if (after === before) return after;
				// A line added at the end (a paper listed in a long daily or category note): appended, not the
				// whole note written again, so a listing of thousands of papers costs each paper the same.
				// (Compared as a slice: `startsWith` walks a joined string character by character, seconds in a long listing.)
				if (after.length - before.length < APPEND_LIMIT && after.slice(0, before.length) === before && (await stampOf(full)) === stamp) {
					await fs.appendFile(full, after.slice(before.length));
					await this.remember(full, after);
					return after;
				}
				const tmp = tempPath(full);
				try {
					await fs.writeFile(tmp, after, "utf8");
					if ((await stampOf(full)) === stamp) {
						await fs.rename(tmp, full);
						await this.remember(full, after);
						return after;
					}
				} finally {
					await fs.rm(tmp, { force: true });
				}
				if (attempt >= PROCESS_ATTEMPTS) throw new Error(`${path} kept changing on disk while it was being edited, so it was left as it is.`);
			}
		});
	}

	async listMarkdown(folder: string): Promise<string[]> {
		const out: string[] = [];
		const walk = async (rel: string): Promise<void> => {
			let entries;
			try {
				entries = await fs.readdirTyped(this.abs(rel));
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
			this.listed(full, false);
			this.listed(target, true);
		});
	}

	async frontmatter(path: string): Promise<Record<string, unknown> | null> {
		return readProperties(await this.read(path));
	}
}

/** What tells one version of a file from the next: inode (a rename replaces it), size and mtime. */
function stampFrom(stat: { ino: number; size: number; mtimeMs: number }): string {
	return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

async function stampOf(full: string): Promise<string | undefined> {
	return fs.stat(full).then(stampFrom, () => undefined);
}

/** The file's text and the stamp of the version that text was read from. */
async function readStamped(full: string): Promise<{ text: string; stamp: string }> {
	const { text, stat } = await fs.readWithStat(full);
	return { text, stamp: stampFrom(stat) };
}

let counter = 0;
function tempPath(full: string): string {
	counter += 1;
	return nodePath.join(nodePath.dirname(full), `.${nodePath.basename(full)}.${process.pid}.${counter}.tmp`);
}
