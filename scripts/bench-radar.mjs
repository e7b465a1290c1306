// npm run bench:radar: bundle scripts/bench-radar.ts with esbuild and run it (with gc exposed, to measure the index's heap).
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/bench-radar.ts", ["--expose-gc"]);
