// npm run bench:keywords -- [gold.jsonl] [--only ours]: bundle scripts/bench-keywords.ts with esbuild and run it.
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/bench-keywords.ts");
