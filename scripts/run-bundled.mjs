// Bundles a TypeScript script with esbuild (an ES module: some dependencies are ESM only) and runs it
// with the given Node flags and this process's arguments.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import esbuild from "esbuild";

export async function runBundled(entry, nodeFlags = []) {
	const name = basename(entry).replace(/\.ts$/, "");
	const outfile = join(mkdtempSync(join(tmpdir(), `arxiv-atlas-${name}-`)), `${name}.mjs`);
	await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile,
		logLevel: "error",
		// CommonJS dependencies (keyword-extractor, stemmer's users) get a real require() inside the ES module.
		banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
	});
	execFileSync(process.execPath, [...nodeFlags, outfile, ...process.argv.slice(2)], { stdio: "inherit" });
}
