// npm run bench:keywords -- [gold.jsonl] [--only ours]: bundle scripts/bench-keywords.ts with esbuild and run it.
// The retext packages are ESM only, so the bundle is an ES module.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";

const outfile = join(mkdtempSync(join(tmpdir(), "arxiv-atlas-bench-keywords-")), "bench-keywords.mjs");
await esbuild.build({
	entryPoints: ["scripts/bench-keywords.ts"],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	outfile,
	logLevel: "error",
	// keyword-extractor is CommonJS: give its require() a real one inside the ES module.
	banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
