// Not a test: `npm run bench:scale` runs this file in the host (vitest.bench.config.ts) and writes
// its figures to the file named by BENCH_OUT. One paper imported through the import box into a vault
// of 0 and of 10,000 papers (generated notes that look like the plugin's); the first import reads
// the vault once, later ones plan against the live snapshot. And the bytes the plugin saves per
// paper of a listing run, for a 500- and a 2,000-item listing.
import { writeFileSync } from "node:fs";
import { it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import type { SavedRun } from "../../src/core/feed/feed-settings";
import { createQueue, markDone } from "../../src/core/feed/queue";
import { RunStore } from "../../src/obsidian/feed/run-store";
import { atomWith, vaultFiles } from "../../scripts/scale-fixtures.mjs";
import { createHost, setRequestHandler } from "../host";
import { pasteAndImport, untilSummary } from "../plugin/helpers";

const SIZES = process.env["BENCH_QUICK"] ? [0, 1000] : [0, 10000];
/** The real clock: fake timers (the limiter's 3 s waits pass at once) also fake performance.now. */
const now = performance.now.bind(performance);

async function importSeconds(host: ReturnType<typeof createHost>, id: string): Promise<number> {
	const start = now();
	await host.runCommand("arxiv-atlas:import-paper");
	pasteAndImport(id);
	await untilSummary(host);
	await host.settle();
	return (now() - start) / 1000;
}

it("measures imports into large vaults and the bytes saved per listing paper", async () => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
	const figures: Record<string, number> = {};
	const atom = atomWith(6);
	const entries = atom.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
	// Each request gets the entry it asks for.
	setRequestHandler((req) => {
		const id = /id_list=([^&]+)/.exec(req.url)?.[1] ?? "";
		const entry = entries.find((e) => e.includes(`abs/${decodeURIComponent(id)}`)) ?? "";
		return { status: 200, text: atom.replace(/<entry>[\s\S]*<\/entry>/, entry) };
	});
	for (const size of SIZES) {
		const host = createHost({ files: { ...vaultFiles(size), "papers/": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const first = await importSeconds(host, "2611.20001");
		const steady = [await importSeconds(host, "2611.20002"), await importSeconds(host, "2611.20003"), await importSeconds(host, "2611.20004")];
		steady.sort((a, b) => a - b);
		figures[`plugin_1_into_${size}_first_s`] = Number(first.toFixed(3));
		figures[`plugin_1_into_${size}_s`] = Number((steady[1] ?? NaN).toFixed(3));
	}
	vi.useRealTimers();

	for (const items of [500, 2000]) {
		const host = createHost();
		const store = new RunStore(host.app.vault.adapter, ".obsidian/plugins/arxiv-atlas");
		const ids = Array.from({ length: items }, (_, i) => `2609.${String(10001 + i)}`);
		let run: SavedRun = {
			kind: "listing",
			queue: createQueue("listing", ids, "2026-09-24T10:00:00Z"),
			papers: ids.map((id) => ({ id, version: 1, title: `Paper ${id}`, abstract: "An abstract. ".repeat(60), authors: ["A. Author"], primaryCategory: "cs.LG", categories: ["cs.LG"] })),
		};
		await store.save(run);
		const head = store.bytesWritten;
		for (const id of ids) {
			run = { ...run, queue: markDone(run.queue, id), papers: run.papers.filter((p) => p.id !== id) };
			await store.save(run);
		}
		figures[`plugin_listing_${items}_bytes_per_paper`] = Number(((store.bytesWritten - head) / items).toFixed(1));
		figures[`plugin_listing_${items}_head_bytes`] = head;
	}
	const out = process.env["BENCH_OUT"];
	if (out) writeFileSync(out, JSON.stringify(figures));
	console.info(JSON.stringify(figures));
}, 600_000);
