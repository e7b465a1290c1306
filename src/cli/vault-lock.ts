import { randomBytes } from "node:crypto";
import { fsNow as fs } from "./fs-now";
import { hostname } from "node:os";
import * as nodePath from "node:path";
import { errorCode } from "./error-code";
import { pluginFolder } from "./vault-folder";

/**
 * The lock that lets several CLI processes (a cron `feed`, a manual `import`) write one vault: each
 * read-modify-write of a file runs while this process holds it, so no process writes over a line
 * another one has just added.
 *
 * The lock is a file made with an exclusive create (`wx`), holding the owner's pid, host and start
 * time. A process that finds it waits (short, growing, jittered sleeps) up to `waitMs`, then fails with
 * VaultLockTimeoutError. A lock is stale, and is taken over, when its owner's pid is dead (same host),
 * or when nobody touched the file for `staleMs` (the owner refreshes its mtime while it holds the lock,
 * so only a hung or vanished owner gets there). Taking over happens under a second exclusive file
 * (`<lock>.break`), and only when the lock is still the very file judged stale, so two waiters never
 * both remove a lock and both go in. (An owner stopped for longer than `staleMs`, e.g. suspended with
 * SIGSTOP, loses its lock that way and, resumed, finishes the one write it was in the middle of.)
 *
 * Obsidian does not know this lock: an open Obsidian writing the same note at the same instant is not
 * excluded by it (FolderVault.process narrows that window by checking the file before it renames).
 */

export interface VaultLockOptions {
	/** How long to wait for another process before giving up (ms). Default 30 s. */
	waitMs?: number;
	/** A lock file nobody touched for this long is stale (ms). Default 10 s; the owner refreshes it every third of that. */
	staleMs?: number;
}

/** What a lock file says about its owner. */
export interface LockOwner {
	pid?: number;
	host?: string;
	/** When the owner took the lock (ISO time), as it wrote it. */
	since?: string;
	token?: string;
}

export class VaultLockTimeoutError extends Error {
	constructor(
		readonly file: string,
		readonly owner: LockOwner | undefined,
		waitedMs: number,
	) {
		const who = owner?.pid !== undefined ? ` (pid ${owner.pid}${owner.host && owner.host !== hostname() ? ` on ${owner.host}` : ""})` : "";
		const since = owner?.since ? ` since ${owner.since}` : "";
		super(
			`another arxiv-atlas process${who} holds the vault lock${since}; gave up after ${Math.round(waitedMs / 100) / 10} s. ` +
				`If no arxiv-atlas process is running, delete ${file}.`,
		);
		this.name = "VaultLockTimeoutError";
	}
}

const DEFAULT_WAIT_MS = 30_000;
const DEFAULT_STALE_MS = 10_000;

/** Where a vault's lock lives: the plugin's folder when the plugin is installed there, else the vault's root. */
export async function vaultLockFile(root: string): Promise<string> {
	const pluginDir = pluginFolder(root);
	const isDir = await fs.stat(pluginDir).then(
		(s) => s.isDirectory(),
		() => false,
	);
	return isDir ? nodePath.join(pluginDir, "vault.lock") : nodePath.join(root, ".arxiv-atlas.lock");
}

interface Seen {
	owner: LockOwner | undefined;
	/** Identity of the file judged: inode, mtime and size. */
	id: string;
	mtimeMs: number;
}


/** The lock file as it is now, or undefined when there is none. */
async function look(file: string): Promise<Seen | undefined> {
	let text: string;
	let stat;
	try {
		({ text, stat } = await fs.readWithStat(file));
	} catch (error) {
		if (errorCode(error) === "ENOENT") return undefined;
		throw error;
	}
	return { owner: ownerIn(text), id: `${stat.ino}:${stat.mtimeMs}:${stat.size}`, mtimeMs: stat.mtimeMs };
}

/** The owner a lock file names; undefined while it is being written, or for garbage (then only its age can make it stale). */
function ownerIn(text: string): LockOwner | undefined {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof data !== "object" || data === null) return undefined;
	const record = data as Record<string, unknown>;
	const str = (key: string): string | undefined => {
		const value = record[key];
		return typeof value === "string" ? value : undefined;
	};
	const pid = record["pid"];
	return { pid: typeof pid === "number" && Number.isInteger(pid) && pid > 0 ? pid : undefined, host: str("host"), since: str("since"), token: str("token") };
}

/** False only when the pid surely names no running process. */
function pidAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return errorCode(error) !== "ESRCH";
	}
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Lock files by path, so that the FolderVaults of one process queue for a lock instead of polling it. */
const inProcess = new Map<string, Promise<unknown>>();

export class VaultLock {
	private readonly waitMs: number;
	private readonly staleMs: number;
	/** Set once a wait ran out: every later write of this process fails at once, not after another wait each. */
	private gaveUp: VaultLockTimeoutError | undefined;

	/** `file`: the lock file, or how to find it the first time it is needed. */
	constructor(
		private file: string | (() => Promise<string>),
		options: VaultLockOptions = {},
	) {
		this.waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
		this.staleMs = options.staleMs ?? DEFAULT_STALE_MS;
	}

	/** The lock of the vault at `root` (see vaultLockFile). */
	static forVault(root: string, options?: VaultLockOptions): VaultLock {
		return new VaultLock(() => vaultLockFile(root), options);
	}

	async path(): Promise<string> {
		if (typeof this.file !== "string") this.file = await this.file();
		return this.file;
	}

	/** Runs the task while this process holds the lock: after the tasks of this process queued before it. */
	async run<T>(task: () => Promise<T>): Promise<T> {
		const file = await this.path();
		const locked = async (): Promise<T> => {
			const release = await this.acquire(file);
			try {
				return await task();
			} finally {
				await release();
			}
		};
		const run = (inProcess.get(file) ?? Promise.resolve()).then(locked, locked);
		const tail = run.then(
			() => undefined,
			() => undefined,
		);
		inProcess.set(file, tail);
		void tail.then(() => {
			if (inProcess.get(file) === tail) inProcess.delete(file);
		});
		return run;
	}

	/** Takes the lock file; resolves with the function that gives it back. */
	private async acquire(file: string): Promise<() => Promise<void>> {
		if (this.gaveUp) throw this.gaveUp;
		const started = Date.now();
		const token = `${process.pid}-${randomBytes(6).toString("hex")}`;
		let pause = 1;
		let madeFolder = false;
		for (;;) {
			const since = new Date().toISOString();
			try {
				await fs.writeFile(file, JSON.stringify({ pid: process.pid, host: hostname(), since, token } satisfies LockOwner), { flag: "wx" });
				return this.held(file, token);
			} catch (error) {
				const code = errorCode(error);
				if (code === "ENOENT" && !madeFolder) {
					// A vault folder that is not there yet: its first write makes it anyway.
					await fs.mkdir(nodePath.dirname(file), { recursive: true });
					madeFolder = true;
					continue;
				}
				if (code !== "EEXIST") throw error;
			}
			const seen = await look(file);
			if (seen === undefined) continue; // released in the meantime
			if (this.isStale(seen)) {
				await this.breakStale(file, seen);
				continue;
			}
			const waited = Date.now() - started;
			if (waited >= this.waitMs) throw (this.gaveUp = new VaultLockTimeoutError(file, seen.owner, waited));
			await sleep(Math.min(pause, this.waitMs - waited) * (0.5 + Math.random()));
			pause = Math.min(pause * 2, 10);
		}
	}

	private isStale(seen: Seen): boolean {
		const pid = seen.owner?.pid;
		if (typeof pid === "number" && seen.owner?.host === hostname() && pid !== process.pid && !pidAlive(pid)) return true;
		return Date.now() - seen.mtimeMs > this.staleMs;
	}

	/**
	 * Removes a stale lock, unless it changed since it was judged: under `<lock>.break`, taken with an
	 * exclusive create too, so of two waiters that judged the same lock stale only one removes it, and
	 * the other finds it gone or replaced by a live one.
	 */
	private async breakStale(file: string, seen: Seen): Promise<void> {
		const breaker = `${file}.break`;
		try {
			await fs.writeFile(breaker, String(process.pid), { flag: "wx" });
		} catch (error) {
			if (errorCode(error) !== "EEXIST") throw error;
			// Someone is breaking it now; a breaker left by a process that died in these few lines goes after staleMs.
			const stat = await fs.stat(breaker).catch(() => undefined);
			if (stat && Date.now() - stat.mtimeMs > this.staleMs) await fs.rm(breaker, { force: true });
			else await sleep(1 + Math.random() * 4);
			return;
		}
		try {
			const now = await look(file);
			if (now?.id === seen.id && this.isStale(now)) await fs.rm(file, { force: true });
		} finally {
			await fs.rm(breaker, { force: true });
		}
	}

	/** Keeps the lock fresh while it is held; the release removes it only if it is still this process's. */
	private held(file: string, token: string): () => Promise<void> {
		const beat = setInterval(
			() => {
				const now = new Date();
				void fs.utimes(file, now, now).catch(() => undefined);
			},
			Math.max(1, Math.floor(this.staleMs / 3)),
		);
		beat.unref();
		return async () => {
			clearInterval(beat);
			const seen = await look(file).catch(() => undefined);
			if (seen?.owner?.token === token) await fs.rm(file, { force: true });
		};
	}
}
