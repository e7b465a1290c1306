// npm run bench:view: the keyword view on a generated vault of 10,000 paper notes and 30,000 keyword
// links in the in-memory Obsidian host, and the editor marks on a 5,000-line note.
// Links are written by name, as a new vault does (BENCH_LINKS=path for full paths).
// Last line: {"link_form", "index_ms", "update_ms", "filter_ms", "filter_max_ms", "decorate_ms"}.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const outFile = join(mkdtempSync(join(tmpdir(), "arxiv-atlas-bench-view-")), "view.json");
execFileSync("npx", ["vitest", "run", "--config", "scripts/bench-view.config.ts", "--reporter", "dot"], {
	stdio: "inherit",
	env: { ...process.env, BENCH_OUT: outFile },
});
const r = JSON.parse(readFileSync(outFile, "utf8"));
console.log(`vault: ${r.papers} paper notes, ${r.links} keyword links (by ${r.link_form}), ${r.keywords} keyword notes`);
console.log(`full index build: ${r.index_ms} ms (median of ${r.runs}; budget 200 ms)`);
console.log(`incremental update after one note changes: ${r.update_ms} ms (median of 200; budget 1 ms)`);
console.log(`re-render after a keystroke in the filter: ${r.filter_ms} ms (median over ${r.keystrokes} keystrokes, slowest ${r.filter_max_ms} ms; budget 16 ms)`);
console.log(`marks for a 5,000-line note's viewport (${r.viewport_lines} lines, ${r.marks} IDs): ${r.decorate_ms} ms (median of 200; budget 2 ms)`);
console.log(JSON.stringify({ link_form: r.link_form, index_ms: r.index_ms, update_ms: r.update_ms, filter_ms: r.filter_ms, filter_max_ms: r.filter_max_ms, decorate_ms: r.decorate_ms }));
