// Milliseconds per paper for the whole offline path: parse the Atom response, extract keywords,
// render and write every note into an in-memory vault. 500 papers, built from the recorded responses.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import moment from "moment";
import { parseAtomFeed } from "../src/core/arxiv/atom";
import { Importer } from "../src/core/importer";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { wikiLinks } from "../src/cli/links";
import { MemoryVault } from "../tests/support/memory-vault";

const COUNT = 500;
const dir = "tests/fixtures/arxiv-api";

/** One Atom feed of COUNT entries: the recorded entries again and again, each with its own ID and title. */
function build500(): string {
	const entries: string[] = [];
	for (const file of readdirSync(dir).filter((f) => f.endsWith(".xml") && !f.startsWith("error-"))) {
		const xml = readFileSync(join(dir, file), "utf8");
		entries.push(...(xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? []));
	}
	const out: string[] = [];
	for (let i = 0; i < COUNT; i++) {
		const id = `2401.${String(i + 1).padStart(5, "0")}`;
		const entry = (entries[i % entries.length] ?? "")
			.replace(/<id>[^<]*<\/id>/, `<id>http://arxiv.org/abs/${id}v1</id>`)
			.replace(/<title>([\s\S]*?)<\/title>/, (_m: string, t: string) => `<title>${t} (part ${Math.floor(i / entries.length) + 1})</title>`);
		out.push(entry);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${out.join("\n")}\n</feed>\n`;
}

async function main(): Promise<void> {
	const xml = build500();
	const clock = { now: () => new Date("2026-11-24T10:00:00"), sleep: () => Promise.resolve() };
	const runOnce = async (): Promise<{ parseMs: number; totalMs: number; files: number }> => {
		const t0 = performance.now();
		const papers = parseAtomFeed(xml).papers;
		const t1 = performance.now();
		const vault = new MemoryVault();
		const source = { fetchByIds: (ids: string[]) => Promise.resolve({ papers: papers.filter((p) => ids.includes(p.id)), notFound: [] }) };
		const importer = new Importer({ vault, links: wikiLinks, arxiv: source, clock, formatDate: (d, f) => moment(d).format(f) });
		const summary = await importer.importText(papers.map((p) => p.id).join(" "), DEFAULT_SETTINGS);
		if (summary.failed.length > 0) throw new Error(`bench import failed: ${JSON.stringify(summary.failed[0])}`);
		return { parseMs: t1 - t0, totalMs: performance.now() - t0, files: vault.files.size };
	};
	await runOnce(); // warm-up
	const runs = [await runOnce(), await runOnce(), await runOnce()].sort((a, b) => a.totalMs - b.totalMs);
	const median = runs[1]!;
	console.log(`papers: ${COUNT}, files written: ${median.files}`);
	console.log(`parse: ${median.parseMs.toFixed(1)} ms, whole import: ${median.totalMs.toFixed(1)} ms (median of 3)`);
	console.log(JSON.stringify({ ms_per_paper: Number((median.totalMs / COUNT).toFixed(3)), parse_ms_per_paper: Number((median.parseMs / COUNT).toFixed(4)) }));
}

void main();
