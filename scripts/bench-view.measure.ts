// Measured by `npm run bench:view` (scripts/bench-view.mjs), not by `npm test`.
import { writeFileSync } from "node:fs";
import { EditorState } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import type { CachedMetadata, TFile } from "obsidian";
import { expect, test } from "vitest";
import ArxivAtlasPlugin from "../src/main";
import { idDecorations } from "../src/obsidian/editor/arxiv-id-extension";
import type { KeywordViewRegistration } from "../src/obsidian/view/register";
import { createHost } from "../tests/host";
import { keywordNote, openKeywordView, paperNote } from "../tests/plugin/view-helpers";

const PAPERS = 10_000;
const KEYWORDS = 3_000;
const PER_PAPER = 3;
const CATEGORIES = ["broad", "evolved", "specific", "unique"] as const;
/** Links as a new vault writes them ("shortest path": the note's name); BENCH_LINKS=path for full paths. */
const NAME_ONLY = process.env["BENCH_LINKS"] !== "path";
const WORDS = ["language", "graph", "neural", "quantum", "sparse", "learning", "model", "agent", "retrieval", "diffusion", "kernel", "vision", "robust", "causal", "tensor", "spectral"];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return Number((s[Math.floor(s.length / 2)] ?? 0).toFixed(3));
}

function keywordPath(i: number): string {
	const w = (n: number): string => WORDS[n % WORDS.length] ?? "x";
	const name = `${w(i)} ${w(Math.floor(i / 16))} ${w(Math.floor(i / 256))} ${i}`;
	return `keywords/${CATEGORIES[i % 4] ?? "broad"}/${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

test("keyword view and editor marks on 10,000 papers", async () => {
	const files: Record<string, string> = {};
	for (let k = 0; k < KEYWORDS; k++) files[`${keywordPath(k)}.md`] = keywordNote(CATEGORIES[k % 4] ?? "broad");
	for (let p = 0; p < PAPERS; p++) {
		const keywords = Array.from({ length: PER_PAPER }, (_, j) => keywordPath((p * 7 + j * 1013) % KEYWORDS)).map((k) => (NAME_ONLY ? (k.split("/").pop() ?? k) : k));
		const month = String((p % 12) + 1).padStart(2, "0");
		files[`papers/Paper ${p}.md`] = paperNote(`24${month}.${String(p).padStart(5, "0")}`, `Paper ${p}`, `20${10 + (p % 15)}-${month}-01`, keywords);
	}
	const host = createHost({ files });
	const plugin = await host.loadPlugin(ArxivAtlasPlugin);
	const { index } = (plugin as unknown as { keywordView: KeywordViewRegistration }).keywordView;
	expect(index.graph.paperCount).toBe(PAPERS);

	const builds: number[] = [];
	for (let i = 0; i < 7; i++) {
		const t = performance.now();
		index.build();
		builds.push(performance.now() - t);
	}
	const links = index.graph.keywords("count").reduce((n, k) => n + k.count, 0);
	expect(links).toBe(PAPERS * PER_PAPER);

	const view = await openKeywordView(host, plugin);
	// One note changes: its keywords property is edited (the cache's new metadata arrives with "changed").
	const file = host.app.vault.getFileByPath("papers/Paper 42.md") as TFile;
	const cache = host.app.metadataCache.getFileCache(file) as CachedMetadata;
	const swapped: CachedMetadata = { ...cache, frontmatterLinks: (cache.frontmatterLinks ?? []).map((l, j) => ({ ...l, link: keywordPath((j * 31 + 5) % KEYWORDS) })) };
	const updates: number[] = [];
	for (let i = 0; i < 200; i++) {
		const t = performance.now();
		index.update(file, i % 2 === 0 ? swapped : cache);
		updates.push(performance.now() - t);
	}
	view.render();

	const filter = view.contentEl.querySelector<HTMLInputElement>(".arxiv-atlas-filter");
	if (!filter) throw new Error("no filter box");
	const typed = ["l", "la", "lan", "lang", "langu", "langua", "languag", "language", "language ", "language g", "language gr", "language g", "language ", "language", ""];
	const keystrokes: number[] = [];
	for (let round = 0; round < 3; round++) {
		for (const value of typed) {
			const t = performance.now();
			filter.value = value;
			filter.dispatchEvent(new Event("input", { bubbles: true }));
			keystrokes.push(performance.now() - t);
		}
	}
	expect(view.contentEl.querySelectorAll(".arxiv-atlas-keyword").length).toBeLessThanOrEqual(400);

	const lines: string[] = [];
	for (let i = 0; i < 5000; i++) lines.push(i % 10 === 0 ? `Line ${i}: see arXiv:24${String((i % 12) + 1).padStart(2, "0")}.${String(i).padStart(5, "0")} and https://arxiv.org/abs/1706.03762v5.` : `Line ${i} of a long note with some ordinary words and 3.14159 numbers in it.`);
	const state = EditorState.create({ doc: lines.join("\n") });
	const first = state.doc.line(2500);
	const last = state.doc.line(2560);
	const fakeView = { state, visibleRanges: [{ from: first.from, to: last.to }] } as unknown as EditorView;
	const actions = { pathOfId: (id: string) => index.graph.pathOfId(id), enabled: () => true, openOrImport: () => undefined };
	const decorations: number[] = [];
	let marks = 0;
	for (let i = 0; i < 200; i++) {
		const t = performance.now();
		const set = idDecorations(fakeView, actions);
		decorations.push(performance.now() - t);
		marks = set.size;
	}

	const out = {
		papers: PAPERS,
		links,
		link_form: NAME_ONLY ? "name" : "path",
		keywords: KEYWORDS,
		runs: builds.length,
		index_ms: median(builds),
		update_ms: median(updates),
		keystrokes: keystrokes.length,
		filter_ms: median(keystrokes),
		filter_max_ms: Number(Math.max(...keystrokes).toFixed(3)),
		viewport_lines: 61,
		marks,
		decorate_ms: median(decorations),
	};
	if (process.env["BENCH_OUT"]) writeFileSync(process.env["BENCH_OUT"], JSON.stringify(out));
	else console.log(JSON.stringify(out));
});
