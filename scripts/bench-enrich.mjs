// npm run bench:enrich: bundle scripts/bench-enrich.ts with esbuild and run it.
// Last line: {"papers", "concurrency", "latency_ms", "ideal_ms", "actual_ms", "ratio", "max_in_flight", "within_15_percent"}.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";

const out = mkdtempSync(join(tmpdir(), "arxiv-atlas-bench-enrich-"));
const outfile = join(out, "bench-enrich.cjs");
await esbuild.build({ entryPoints: ["scripts/bench-enrich.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
const text = execFileSync(process.execPath, [outfile], { encoding: "utf8" });
process.stdout.write(text);
