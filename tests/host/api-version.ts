/**
 * Obsidian's requireApiVersion(v): whether the app's API is v or later. A host made with
 * `apiVersion` answers for that version, so a test can run the code paths of an older app (the
 * settings tab drawn by display() before 1.13, the key field before secret storage in 1.11.4).
 * The mocks answered true to every version. The default is the version of the typings, 1.13.1.
 */
import { onReset } from "./state";

const DEFAULT_API_VERSION = "1.13.1";
let current = DEFAULT_API_VERSION;

export function setApiVersion(version: string): void {
	current = version;
}

function parts(version: string): number[] {
	return version.split(".").map((p) => Number.parseInt(p, 10) || 0);
}

export function requireApiVersion(version: string): boolean {
	const want = parts(version);
	const have = parts(current);
	for (let i = 0; i < Math.max(want.length, have.length); i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
}

onReset(() => {
	current = DEFAULT_API_VERSION;
});
