/**
 * Temporary folders for tests: `tempDir(prefix)` makes one under the OS temp folder, and every folder
 * a test file made is removed after all its tests (also those a spawned CLI or a later describe uses).
 * The afterAll is registered when a test file first imports this module; vitest isolates modules per
 * test file (the default), so each file gets its own list and its own afterAll.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder named `${prefix}XXXXXX` under os.tmpdir(), removed after the test file's tests. */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}
