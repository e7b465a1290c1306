// npm run bench:scale: does the cost of an import stay flat as the vault grows?
// - CLI: 1 paper and 100 papers into generated vaults of 0, 1k, 5k and 10k papers (recorded
//   abstracts, distinct papers), each into a fresh copy of the vault; "first" is a run without the
//   CLI's property index, "steady" a run after one (the index is kept between runs). Median of 3.
// - CLI: a 500- and a 2,000-item listing imported offline (`feed --rss-file --offline`).
// - Plugin in the in-memory Obsidian host: 1 paper into 0 and 10k papers (the first import reads the
//   vault once, later ones plan against the live snapshot), and the bytes saved per listing paper.
// Flags: --no-build, --quick (0 and 1k only, one run). Last line: one JSON object with every figure.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { atomWith, listingWith, writeVault } from "./scale-fixtures.mjs";

const quick = process.argv.includes("--quick");
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });

const work = mkdtempSync(join(tmpdir(), "arxiv-atlas-bench-scale-"));
const cache = join(work, "cache");
const env = { ...process.env, XDG_CACHE_HOME: cache };
const SIZES = quick ? [0, 1000] : [0, 1000, 5000, 10000];
const RUNS = quick ? 1 : 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the CLI; returns wall seconds and peak memory (MB) as /usr/bin/time measures the process. */
function cli(args) {
	const timeFile = join(work, "time.txt");
	const start = performance.now();
	const r = spawnSync("/usr/bin/time", ["-f", "%M", "-o", timeFile, process.execPath, "dist/cli.cjs", ...args], { env, encoding: "utf8" });
	const seconds = (performance.now() - start) / 1000;
	if (r.status !== 0) throw new Error(`cli ${args.join(" ")} exited ${r.status}: ${r.stdout} ${r.stderr}`);
	const kb = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
	return { seconds, mb: kb / 1024 };
}

const one = join(work, "one.xml");
const hundred = join(work, "hundred.xml");
writeFileSync(one, atomWith(1));
writeFileSync(hundred, atomWith(100));
// Another paper, imported once before a "steady" run so that the CLI's index exists.
const warmup = join(work, "warmup.xml");
writeFileSync(warmup, atomWith(1).replace(/2611\.20001/g, "2610.20001"));

const figures = {};
for (const size of SIZES) {
	const base = join(work, `vault-${size}`);
	mkdirSync(base, { recursive: true });
	writeVault(base, size);
	for (const [label, file] of [["1", one], ["100", hundred]]) {
		const first = [];
		const steady = [];
		let mb = 0;
		let firstMb = 0;
		for (let run = 0; run < RUNS; run++) {
			const vault = join(work, `run-${size}-${label}-${run}`);
			cpSync(base, vault, { recursive: true });
			rmSync(cache, { recursive: true, force: true });
			const cold = cli(["import", "--vault", vault, "--atom-file", file, "--json", "--no-daily"]);
			first.push(cold.seconds);
			// The same vault after one import: the index is there, as for every later run.
			const vault2 = join(work, `run2-${size}-${label}-${run}`);
			cpSync(base, vault2, { recursive: true });
			rmSync(cache, { recursive: true, force: true });
			cli(["import", "--vault", vault2, "--atom-file", warmup, "--json", "--no-daily"]);
			const warm = cli(["import", "--vault", vault2, "--atom-file", file, "--json", "--no-daily"]);
			steady.push(warm.seconds);
			mb = Math.max(mb, warm.mb);
			firstMb = Math.max(firstMb, cold.mb);
			rmSync(vault, { recursive: true, force: true });
			rmSync(vault2, { recursive: true, force: true });
		}
		figures[`cli_${label}_into_${size}_first_s`] = Number(median(first).toFixed(3));
		figures[`cli_${label}_into_${size}_s`] = Number(median(steady).toFixed(3));
		figures[`cli_${label}_into_${size}_peak_mb`] = Number(mb.toFixed(1));
		figures[`cli_${label}_into_${size}_first_peak_mb`] = Number(firstMb.toFixed(1));
		console.log(`CLI ${label} paper(s) into ${size}: ${median(steady).toFixed(2)} s, peak ${mb.toFixed(0)} MB (first run ${median(first).toFixed(2)} s, ${firstMb.toFixed(0)} MB)`);
	}
	rmSync(base, { recursive: true, force: true });
}

for (const items of quick ? [500] : [500, 2000]) {
	const rss = join(work, `listing-${items}.xml`);
	writeFileSync(rss, listingWith(items));
	const times = [];
	for (let run = 0; run < RUNS; run++) {
		const vault = join(work, `listing-${items}-${run}`);
		times.push(cli(["feed", "cs.LG", "--vault", vault, "--create", "--rss-file", rss, "--offline", "--announce", "new,cross,replace,replace-cross", "--json"]).seconds);
		rmSync(vault, { recursive: true, force: true });
	}
	figures[`cli_listing_${items}_s`] = Number(median(times).toFixed(2));
	figures[`cli_listing_${items}_ms_per_item`] = Number(((1000 * median(times)) / items).toFixed(2));
	console.log(`CLI listing of ${items} items offline: ${median(times).toFixed(2)} s, ${((1000 * median(times)) / items).toFixed(2)} ms an item`);
}

const hostOut = join(work, "host.json");
execFileSync("npx", ["vitest", "run", "--config", "vitest.bench.config.ts", "--reporter", "dot", "tests/bench/scale.measure.ts"], { stdio: "inherit", env: { ...process.env, BENCH_OUT: hostOut, BENCH_QUICK: quick ? "1" : "" } });
Object.assign(figures, JSON.parse(readFileSync(hostOut, "utf8")));
rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify(figures));
