// npm run bench:feed: bundle scripts/bench-feed.ts with esbuild and run it (no plugin build needed).
// Last line: {"papers", "feed_requests", "api_requests", "local_ms"}.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";

const outfile = join(mkdtempSync(join(tmpdir(), "arxiv-atlas-bench-feed-")), "bench-feed.cjs");
await esbuild.build({ entryPoints: ["scripts/bench-feed.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
execFileSync(process.execPath, [outfile], { stdio: "inherit" });
