// node scripts/encode-verbs.mjs: writes src/core/keywords/verbs-data.ts again from verb-only.txt.
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/encode-verbs.ts");
