// Not a test: `npm run bench` runs this file in the host (vitest.bench.config.ts) to time the
// built plugin's onload, and writes the figures to the file named by BENCH_OUT.
import { writeFileSync } from "node:fs";
import { it } from "vitest";
import { createHost, loadPluginBundle } from "../host";

it("measures onload of the built main.js", async () => {
	const Plugin = loadPluginBundle("main.js");
	const times: number[] = [];
	for (let i = 0; i < 25; i++) {
		const host = createHost({ files: { "Note.md": "text\n" } });
		const t0 = performance.now();
		const plugin = await host.loadPlugin(Plugin);
		times.push(performance.now() - t0);
		host.unloadPlugin(plugin);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)] ?? NaN;
	const out = process.env["BENCH_OUT"];
	if (out) writeFileSync(out, JSON.stringify({ onload_ms: Number(median.toFixed(3)), onload_first_ms: Number((times[times.length - 1] ?? NaN).toFixed(3)) }));
});
