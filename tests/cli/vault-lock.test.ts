/** The cross-process vault lock (src/cli/vault-lock.ts), with real child processes where another process matters. */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { FolderVault } from "../../src/cli/folder-vault";
import { VaultLock, VaultLockTimeoutError, vaultLockFile } from "../../src/cli/vault-lock";
import { tempDir as makeTempDir } from "../support/temp-dir";

const tempDir = (): string => makeTempDir("arxiv-atlas-lock-");

/** vault-lock.ts bundled for plain `node` children. */
let lockModule = "";
beforeAll(async () => {
	lockModule = join(tempDir(), "vault-lock.cjs");
	await build({ entryPoints: ["src/cli/vault-lock.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: lockModule, logLevel: "error" });
}, 30_000);

/** A pid that named a process a moment ago and names none now. */
function deadPid(): number {
	const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
	return Number(r.stdout);
}

function writeLock(file: string, owner: Record<string, unknown>, ageMs = 0): void {
	writeFileSync(file, JSON.stringify(owner));
	const then = new Date(Date.now() - ageMs);
	utimesSync(file, then, then);
}

/** Runs `script` in a child `node` with `VaultLock` in scope; resolves with its stdout once it exits. */
function child(script: string, onLine?: (line: string) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const p = spawn(process.execPath, ["-e", `const { VaultLock } = require(${JSON.stringify(lockModule)});\n${script}`], { stdio: ["ignore", "pipe", "pipe"] });
		let stdout = "";
		let stderr = "";
		p.stdout.on("data", (d: Buffer) => {
			stdout += d.toString();
			for (const line of d.toString().split("\n")) if (line !== "") onLine?.(line);
		});
		p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
		p.on("error", reject);
		p.on("close", (code) => resolve({ code, stdout, stderr }));
	});
}

describe("VaultLock", () => {
	it("lives in the plugin's folder when the plugin is installed in the vault, else at the vault's root", async () => {
		const bare = tempDir();
		expect(await vaultLockFile(bare)).toBe(join(bare, ".arxiv-atlas.lock"));
		const withPlugin = tempDir();
		mkdirSync(join(withPlugin, ".obsidian", "plugins", "arxiv-atlas"), { recursive: true });
		expect(await vaultLockFile(withPlugin)).toBe(join(withPlugin, ".obsidian", "plugins", "arxiv-atlas", "vault.lock"));
	});

	it("is taken and given back around the task, leaving no file behind", async () => {
		const dir = tempDir();
		const file = join(dir, "vault.lock");
		const lock = new VaultLock(file);
		const owner = await lock.run(() => Promise.resolve(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>));
		expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
		expect(Date.parse(String(owner["since"]))).toBeGreaterThan(Date.now() - 60_000);
		expect(readdirSync(dir)).toEqual([]);
		// A task that throws gives it back too.
		await expect(lock.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
		expect(readdirSync(dir)).toEqual([]);
	});

	it("takes over at once a lock whose owner process is dead", async () => {
		const dir = tempDir();
		const file = join(dir, "vault.lock");
		writeLock(file, { pid: deadPid(), host: hostname(), since: "2025-01-01T00:00:00.000Z", token: "old" });
		const started = Date.now();
		const lock = new VaultLock(file, { waitMs: 5_000, staleMs: 60_000 });
		expect(await lock.run(() => Promise.resolve("ran"))).toBe("ran");
		expect(Date.now() - started).toBeLessThan(1_000);
		expect(existsSync(file)).toBe(false);
	});

	it("takes over a lock nobody touched for staleMs, even when its owner's pid cannot be checked (another host)", async () => {
		const dir = tempDir();
		const file = join(dir, "vault.lock");
		writeLock(file, { pid: 1, host: "another-machine", since: "2025-01-01T00:00:00.000Z", token: "old" }, 5_000);
		const lock = new VaultLock(file, { waitMs: 2_000, staleMs: 1_000 });
		expect(await lock.run(() => Promise.resolve("ran"))).toBe("ran");
		// A fresh one of the same kind is not stale: it waits, then gives up.
		writeLock(file, { pid: 1, host: "another-machine", since: "2025-01-01T00:00:00.000Z", token: "new" });
		await expect(new VaultLock(file, { waitMs: 200, staleMs: 60_000 }).run(() => Promise.resolve())).rejects.toThrow(VaultLockTimeoutError);
	});

	it("gives up after waitMs on a live owner, saying who holds it since when and which file to delete", async () => {
		const dir = tempDir();
		const file = join(dir, "vault.lock");
		const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
		try {
			writeLock(file, { pid: holder.pid, host: hostname(), since: "2025-09-18T06:00:00.000Z", token: "theirs" });
			const started = Date.now();
			const error = await new VaultLock(file, { waitMs: 300 }).run(() => Promise.resolve()).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(VaultLockTimeoutError);
			const message = (error as Error).message;
			expect(message).toMatch(/^another arxiv-atlas process \(pid \d+\) holds the vault lock since 2025-09-18T06:00:00\.000Z; gave up after 0\.\d s\. /);
			expect(message).toContain(`(pid ${holder.pid})`);
			expect(message.endsWith(`If no arxiv-atlas process is running, delete ${file}.`)).toBe(true);
			expect(Date.now() - started).toBeGreaterThanOrEqual(290);
			expect(readFileSync(file, "utf8")).toContain('"theirs"'); // left alone
		} finally {
			holder.kill();
		}
	});

	it("makes another process wait while it is held, and lets it in once released", async () => {
		const dir = tempDir();
		const file = join(dir, "vault.lock");
		let held!: () => void;
		const isHeld = new Promise<void>((resolve) => (held = resolve));
		const holder = child(
			`new VaultLock(${JSON.stringify(file)}).run(async () => { console.log("held " + Date.now()); await new Promise((r) => setTimeout(r, 500)); console.log("release " + Date.now()); });`,
			(line) => line.startsWith("held") && held(),
		);
		await isHeld;
		let enteredAt = 0;
		await new VaultLock(file).run(() => {
			enteredAt = Date.now();
			return Promise.resolve();
		});
		const { stdout } = await holder;
		const releasedAt = Number(/release (\d+)/.exec(stdout)?.[1]);
		expect(enteredAt).toBeGreaterThanOrEqual(releasedAt);
	});

	it("four processes counting in one file under it, one of them taking over a dead owner's lock first, lose no increment", async () => {
		const dir = tempDir();
		const file = join(dir, "vault.lock");
		const counter = join(dir, "count.txt");
		writeFileSync(counter, "0");
		writeLock(file, { pid: deadPid(), host: hostname(), since: "2025-01-01T00:00:00.000Z", token: "dead" });
		const script = `
const fs = require("node:fs");
const lock = new VaultLock(${JSON.stringify(file)});
(async () => {
	for (let i = 0; i < 150; i++) {
		await lock.run(async () => {
			const n = Number(fs.readFileSync(${JSON.stringify(counter)}, "utf8"));
			await new Promise((r) => setImmediate(r));
			fs.writeFileSync(${JSON.stringify(counter)}, String(n + 1));
		});
	}
})();`;
		const results = await Promise.all([0, 1, 2, 3].map(() => child(script)));
		expect(results.map((r) => [r.code, r.stderr])).toEqual(Array.from({ length: 4 }, () => [0, ""]));
		expect(readFileSync(counter, "utf8")).toBe("600");
		expect(readdirSync(dir).sort()).toEqual(["count.txt"]);
	}, 30_000);
});

describe("FolderVault under the lock", () => {
	it("waits for the lock another process holds before it writes", async () => {
		const dir = tempDir();
		const vault = new FolderVault(dir);
		await vault.create("daily/d.md", "one\n");
		const file = await vaultLockFile(dir);
		const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
		try {
			writeLock(file, { pid: holder.pid, host: hostname(), since: new Date().toISOString(), token: "theirs" });
			let done = false;
			const edit = vault.process("daily/d.md", (t) => `${t}two\n`).then(() => (done = true));
			await new Promise((r) => setTimeout(r, 150));
			expect(done).toBe(false);
			expect(readFileSync(join(dir, "daily/d.md"), "utf8")).toBe("one\n");
			holder.kill();
			await edit; // the owner is dead now: its lock is taken over
			expect(readFileSync(join(dir, "daily/d.md"), "utf8")).toBe("one\ntwo\n");
		} finally {
			holder.kill();
		}
	});

	it("fails the write, not silently, when the lock stays taken", async () => {
		const dir = tempDir();
		const vault = new FolderVault(dir, { lock: { waitMs: 100 } });
		writeFileSync(join(dir, "n.md"), "x");
		writeLock(await vaultLockFile(dir), { pid: process.pid, host: hostname(), since: "2025-09-18T06:00:00.000Z", token: "t" });
		await expect(vault.process("n.md", (t) => `${t}y`)).rejects.toThrow(/another arxiv-atlas process \(pid \d+\) holds the vault lock since 2025-09-18T06:00:00.000Z/);
		// Later writes fail at once rather than wait again, each: an import of 64 papers does not take 64 waits.
		const started = Date.now();
		await expect(vault.create("m.md", "m")).rejects.toThrow(VaultLockTimeoutError);
		expect(Date.now() - started).toBeLessThan(90);
		expect(readFileSync(join(dir, "n.md"), "utf8")).toBe("x");
		expect(existsSync(join(dir, "m.md"))).toBe(false);
	});

	it("edits again on the new text when the file changed on disk after it was read (an open Obsidian saving it)", async () => {
		const dir = tempDir();
		const vault = new FolderVault(dir);
		writeFileSync(join(dir, "n.md"), "a\n");
		let calls = 0;
		const after = await vault.process("n.md", (text) => {
			calls += 1;
			// Someone else writes the file while this edit is under way, the first time only.
			if (calls === 1) writeFileSync(join(dir, "n.md"), "a\nfrom Obsidian\n");
			return `${text}from the CLI\n`;
		});
		expect(calls).toBe(2);
		expect(after).toBe("a\nfrom Obsidian\nfrom the CLI\n");
		expect(readFileSync(join(dir, "n.md"), "utf8")).toBe(after);
	});

	it("refuses to write over a file that keeps changing under it, leaving the other writer's text", async () => {
		const dir = tempDir();
		const vault = new FolderVault(dir);
		writeFileSync(join(dir, "n.md"), "a\n");
		let calls = 0;
		await expect(
			vault.process("n.md", (text) => {
				calls += 1;
				writeFileSync(join(dir, "n.md"), `changed ${calls} (${"x".repeat(calls)})\n`);
				return `${text}mine\n`;
			}),
		).rejects.toThrow("n.md kept changing on disk while it was being edited, so it was left as it is.");
		expect(readFileSync(join(dir, "n.md"), "utf8")).toBe("changed 3 (xxx)\n");
		expect(readdirSync(dir)).toEqual(["n.md"]);
	});
});
