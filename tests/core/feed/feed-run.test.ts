import { describe, expect, it } from "vitest";
import { runImport } from "../../../src/core/feed/feed-run";
import { feedSettingsFrom, type SavedRun } from "../../../src/core/feed/feed-settings";
import { createQueue, remaining } from "../../../src/core/feed/queue";
import type { FeedPaper } from "../../../src/core/feed/rss";
import { Importer, type PaperSource } from "../../../src/core/importer";
import type { Paper } from "../../../src/core/model";
import { deps, paper, settings } from "../../support/fakes";
import { MemoryVault } from "../../support/memory-vault";

const N = 500;
const ids = Array.from({ length: N }, (_, i) => `2601.${String(i + 1).padStart(5, "0")}`);
const papers = ids.map((id, i) => paper({ id, title: `Graph networks for molecules, study ${i + 1}` }));

/** arXiv that answers `up` requests, then the network is gone. */
class FlakyArxiv implements PaperSource {
	requests: string[][] = [];
	constructor(private up = Number.POSITIVE_INFINITY) {}
	fetchByIds(batch: string[]): Promise<{ papers: Paper[]; notFound: string[] }> {
		this.requests.push(batch);
		if (this.requests.length > this.up) return Promise.reject(new Error("could not reach arXiv (network down)"));
		return Promise.resolve({ papers: papers.filter((p) => batch.includes(p.id)), notFound: [] });
	}
}

/** plugin data as saveData writes it and loadData reads it back. */
function dataJson(): { saved: () => SavedRun | undefined; save: (run: SavedRun | undefined) => Promise<void>; saves: number } {
	let text = "{}";
	const store = {
		saves: 0,
		saved: (): SavedRun | undefined => feedSettingsFrom(JSON.parse(text)).run,
		save: (run: SavedRun | undefined): Promise<void> => {
			store.saves++;
			text = JSON.stringify(run ? { run } : {});
			return Promise.resolve();
		},
	};
	return store;
}

function paperNotes(vault: MemoryVault): Map<string, string> {
	const out = new Map<string, string>();
	for (const [path, text] of vault.files) {
		const id = /^arxiv_id: "([^"]+)"$/m.exec(text)?.[1];
		if (path.startsWith("papers/") && id) out.set(id, text);
	}
	return out;
}

function expectComplete(vault: MemoryVault, expected: readonly string[]): void {
	const notes = paperNotes(vault);
	expect([...notes.keys()].sort()).toEqual([...expected].sort());
	for (const text of notes.values()) {
		expect(text).toMatch(/^published: 2024-01-02$/m);
		expect(text).toContain("%% arxiv-atlas: end managed section %%");
		expect(text).toContain("Ada Lovelace");
	}
}

describe("a long import run", () => {
	it("network failure at paper k of 500: papers 1..k-1 are complete notes, none half-written, and the queue resumes at k, also after a restart", async () => {
		const vault = new MemoryVault();
		const flaky = new FlakyArxiv(3);
		const data = dataJson();
		const importer = new Importer(deps(vault, flaky));
		const start: SavedRun = { kind: "ids", queue: createQueue("id-list", ids, "2026-11-24T10:00:00Z"), papers: [] };
		const first = await runImport(start, { importer, source: flaky, settings: settings(), save: data.save });
		const k = 301;
		expect(first.stopped).toMatch(/network down/);
		expect(first.summary.failed).toEqual([]);
		expectComplete(vault, ids.slice(0, k - 1));
		// Saved after every paper.
		expect(data.saves).toBeGreaterThanOrEqual(k - 1);
		const saved = data.saved();
		expect(saved && remaining(saved.queue)[0]).toBe(ids[k - 1]);

		// The plugin starts again from data.json, the network is back.
		const back = new FlakyArxiv();
		const again = await runImport(saved as SavedRun, { importer: new Importer(deps(vault, back)), source: back, settings: settings(), save: data.save });
		expect(again.stopped).toBeUndefined();
		expect(back.requests.flat()).toEqual(ids.slice(k - 1));
		expect(back.requests.map((b) => b.length)).toEqual([100, 100]);
		expectComplete(vault, ids);
		expect(data.saved()).toBeUndefined();
	});

	it("a listing of 500 papers: written from the feed, then at most 5 API requests for the dates", async () => {
		const vault = new MemoryVault();
		const api = new FlakyArxiv();
		const feedPapers: FeedPaper[] = papers.map(({ published: _p, updated: _u, ...rest }) => ({ ...rest, announced: "2026-09-24" }));
		const run: SavedRun = { kind: "listing", queue: createQueue("listing", ids, "2026-09-24T10:00:00Z"), papers: feedPapers, announced: "2026-09-24" };
		const data = dataJson();
		const result = await runImport(run, { importer: new Importer(deps(vault, api)), source: api, settings: settings(), save: data.save });
		expect(api.requests.length).toBeLessThanOrEqual(5);
		expect(result.datesCompleted).toBe(N);
		expectComplete(vault, ids);
		expect(vault.files.get("daily/2026-09-24.md")).toContain("study 500");
	});

	it("a listing run saved mid-way keeps the papers still to write, so it continues without the feed", async () => {
		const vault = new MemoryVault();
		const data = dataJson();
		const feedPapers: FeedPaper[] = papers.slice(0, 5).map(({ published: _p, updated: _u, ...rest }) => rest);
		let writes = 0;
		const run: SavedRun = { kind: "listing", queue: createQueue("listing", ids.slice(0, 5), "2026-09-24T10:00:00Z"), papers: feedPapers };
		const controller = new AbortController();
		const save = async (r: SavedRun | undefined): Promise<void> => {
			await data.save(r);
			if (++writes === 2) controller.abort();
		};
		const first = await runImport(run, { importer: new Importer(deps(vault, new FlakyArxiv())), settings: settings(), save, signal: controller.signal });
		expect(first.stopped).toBe("cancelled");
		const saved = data.saved();
		const written = [...paperNotes(vault).keys()];
		expect(written.length).toBeGreaterThan(0);
		expect(written.length).toBeLessThan(5);
		expect(saved?.papers.map((p) => p.id)).toEqual(ids.slice(written.length, 5));
		const again = await runImport(saved as SavedRun, { importer: new Importer(deps(vault, new FlakyArxiv())), settings: settings(), save: data.save });
		expect(again.datesError).toMatch(/offline/);
		expect(paperNotes(vault).size).toBe(5);
	});
});
