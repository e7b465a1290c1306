import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Before the browser tests: build main.js as for release and the page that hosts it. Skipped when
 * there is no Chromium, as the tests themselves are.
 */
export default function setup(): void {
	if (!existsSync(process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium")) return;
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
	execFileSync(process.execPath, ["scripts/build-browser-page.mjs"], { stdio: "inherit" });
}
