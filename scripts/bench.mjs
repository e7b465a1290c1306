// npm run bench: build, then print the figures of the offline import path.
// Last line: {"ms_per_paper", "parse_ms_per_paper", "bundle_kb", "onload_ms"}.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";

if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });

const out = mkdtempSync(join(tmpdir(), "arxiv-atlas-bench-"));
async function runTs(entry, name) {
	const outfile = join(out, `${name}.cjs`);
	await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
	const text = execFileSync(process.execPath, [outfile], { encoding: "utf8" });
	process.stdout.write(text);
	return JSON.parse(text.trim().split("\n").pop());
}

const importFigures = await runTs("scripts/bench-import.ts", "import");
const onloadOut = join(out, "onload.json");
execFileSync("npx", ["vitest", "run", "--config", "vitest.bench.config.ts", "--reporter", "dot"], { stdio: "inherit", env: { ...process.env, BENCH_OUT: onloadOut } });
const onloadFigures = JSON.parse(readFileSync(onloadOut, "utf8"));
console.log(`onload in the host: ${onloadFigures.onload_ms} ms (median of 25), slowest ${onloadFigures.onload_first_ms} ms`);
const bundleKb = Number((statSync("main.js").size / 1024).toFixed(1));
console.log(`main.js: ${bundleKb} KB minified`);
console.log(JSON.stringify({ ...importFigures, bundle_kb: bundleKb, ...onloadFigures }));
