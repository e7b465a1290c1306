// Builds the page the browser tests open: tests/artifacts/page/ with the built main.js, styles.css,
// Obsidian's theme variables and the in-memory host bundled for the browser (tests/browser/harness.ts).
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import esbuild from "esbuild";

const out = "tests/artifacts/page";
mkdirSync(out, { recursive: true });
if (!existsSync("main.js")) throw new Error("main.js is missing: run npm run build first");
await esbuild.build({
	entryPoints: ["tests/browser/harness.ts"],
	bundle: true,
	format: "iife",
	platform: "browser",
	target: "es2020",
	outfile: `${out}/harness.js`,
	logLevel: "error",
	define: { "process.env.NODE_ENV": '"test"' },
});
for (const [from, to] of [
	["main.js", "main.js"],
	["styles.css", "styles.css"],
	["tests/browser/page.html", "index.html"],
	["tests/browser/obsidian-vars.css", "obsidian-vars.css"],
]) {
	copyFileSync(from, `${out}/${to}`);
}
console.log(`browser page: ${out}/index.html`);
