// npm run bench:radar: bundle scripts/bench-radar.ts with esbuild and run it.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";

const outfile = join(mkdtempSync(join(tmpdir(), "arxiv-atlas-bench-radar-")), "bench-radar.mjs");
await esbuild.build({
	entryPoints: ["scripts/bench-radar.ts"],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	outfile,
	logLevel: "error",
	// A CommonJS dependency's require() inside the ES module.
	banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
execFileSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], { stdio: "inherit" });
