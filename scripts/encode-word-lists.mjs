// node scripts/encode-word-lists.mjs: writes src/core/keywords/word-lists-data.ts again from word-lists.txt.
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/encode-word-lists.ts");
