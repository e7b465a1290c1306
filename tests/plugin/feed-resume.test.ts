import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import type { SavedRun } from "../../src/core/feed/feed-settings";
import { readJournal } from "../../src/core/feed/run-journal";
import { createHost, findButton, openModals, requests, setRequestHandler, topModal, typeInto, type Host } from "../host";
import { atomFor, idsOf, manyIds, press, summaryCount, untilNextSummary } from "./feed-helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const paperNotes = (host: Host): string[] => host.listFiles("papers").filter((p) => p.endsWith(".md"));

/** Every paper note is whole: its properties and its managed section from start to end. */
function expectComplete(host: Host, ids: readonly string[]): void {
	const byId = new Map(paperNotes(host).map((p) => [String(host.frontmatter(p)?.["arxiv_id"]), p]));
	expect([...byId.keys()].sort()).toEqual([...ids].sort());
	for (const [id, path] of byId) {
		const text = host.readFile(path);
		expect(text).toContain(`study ${id}`);
		expect(text).toContain("%% arxiv-atlas: begin managed section");
		expect(text).toContain("%% arxiv-atlas: end managed section %%");
		expect(host.frontmatter(path)).toMatchObject({ arxiv_id: id, published: "2015-12-26", authors: ["Michael Kilgour", "Dvira Segal"] });
	}
}

/** The run the plugin keeps between sessions (run.json written once, run.log a line per paper). */
async function savedRun(host: Host): Promise<SavedRun | undefined> {
	const adapter = host.app.vault.adapter;
	const folder = ".obsidian/plugins/arxiv-atlas";
	if (!(await adapter.exists(`${folder}/run.json`))) return undefined;
	return readJournal(await adapter.read(`${folder}/run.json`), await adapter.read(`${folder}/run.log`));
}

async function importList(host: Host, text: string): Promise<string> {
	const before = summaryCount();
	await host.runCommand("arxiv-atlas:import-id-list");
	typeInto(topModal().contentEl.querySelector("textarea")!, text);
	press("Import");
	return untilNextSummary(host, before);
}

describe("Import arXiv IDs from a list", () => {
	it("network failure at paper k of N: papers before k are complete notes, none half-written, and the queue resumes at k, also after a restart", async () => {
		const N = 103;
		const ids = manyIds(N);
		let up = true;
		setRequestHandler((req) => {
			if (!up) throw new Error("net::ERR_INTERNET_DISCONNECTED");
			up = false; // the network goes down after the first batch (papers 1..100)
			return { status: 200, text: atomFor(idsOf(req.url)) };
		});
		const host = createHost({ files: { "papers/": "" } });
		const first = await host.loadPlugin(ArxivAtlasPlugin);
		const summary = await importList(host, ids.map((id) => `https://arxiv.org/abs/${id}`).join("\n"));
		expect(summary).toMatch(/Stopped with 3 papers left/);
		expect(idsOf(requests()[0]?.url ?? "")).toHaveLength(100);
		const k = 101;
		expectComplete(host, ids.slice(0, k - 1));
		const run = await savedRun(host);
		expect(run?.queue.done).toEqual(ids.slice(0, k - 1));
		expect(run?.queue.failed).toEqual([]);

		// Obsidian is closed and opened again; the network is back.
		host.unloadPlugin(first);
		while (openModals().length > 0) topModal().close();
		setRequestHandler((req) => ({ status: 200, text: atomFor(idsOf(req.url)) }));
		const before = requests().length;
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.settle(); // the saved run is read from its files
		expect(topModal().contentEl.textContent).toMatch(/stopped with 3 papers of 103 left/);
		const count = summaryCount();
		press("Continue");
		const again = await untilNextSummary(host, count);
		expect(again).toMatch(/0 failed/);
		const resumed = requests().slice(before).map((r) => idsOf(r.url));
		// It starts at paper k: nothing before it is fetched again.
		expect(resumed.flat()).toEqual(ids.slice(k - 1));
		expect(resumed.map((b) => b.length)).toEqual([3]);
		expectComplete(host, ids);
		expect(await savedRun(host)).toBeUndefined();
	}, 150_000);

	it("deduplicates, skips papers already in the vault by default, and updates them when the setting says so", async () => {
		setRequestHandler((req) => ({ status: 200, text: atomFor(idsOf(req.url)) }));
		const host = createHost({ files: { "papers/": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await importList(host, "2601.00001 2601.00002v2 arXiv:2601.00001");
		expect(requests().map((r) => idsOf(r.url))).toEqual([["2601.00001", "2601.00002"]]);
		await importList(host, "2601.00001\n2601.00002\n2601.00003");
		expect(requests().map((r) => idsOf(r.url)).at(-1)).toEqual(["2601.00003"]);
		expect(paperNotes(host)).toHaveLength(3);

		const host2 = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { knownPapers: "update" } } } });
		await host2.loadPlugin(ArxivAtlasPlugin);
		await importList(host2, "2601.00001");
		const summary = await importList(host2, "2601.00001 2601.00004");
		expect(requests().map((r) => idsOf(r.url)).at(-1)).toEqual(["2601.00004", "2601.00001"]);
		expect(summary).toMatch(/0 failed/);
	});

	it("a failed paper does not stop the rest; the summary lists it with the reason and Retry failed tries it again", async () => {
		let missing = true;
		setRequestHandler((req) => ({ status: 200, text: atomFor(idsOf(req.url).filter((id) => !(missing && id === "2601.00002"))) }));
		const host = createHost({ files: { "papers/": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const summary = await importList(host, "2601.00001 2601.00002 2601.00003");
		expect(summary).toMatch(/1 failed/);
		expect(summary).toMatch(/2601\.00002: not found on arXiv/);
		expect(paperNotes(host)).toHaveLength(2);
		const modal = topModal().contentEl;
		expect(modal.textContent).toMatch(/2601\.00002: not found on arXiv/);
		missing = false;
		const count = summaryCount();
		findButton(modal, "Retry failed").click();
		const retried = await untilNextSummary(host, count);
		expect(retried).toMatch(/0 failed/);
		expect(requests().map((r) => idsOf(r.url)).at(-1)).toEqual(["2601.00002"]);
		expect(paperNotes(host)).toHaveLength(3);
	});

	it("cancel stops after the paper being written; the rest continue later", async () => {
		setRequestHandler((req) => ({ status: 200, text: atomFor(idsOf(req.url)) }));
		const host = createHost({ files: { "papers/": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-id-list");
		typeInto(topModal().contentEl.querySelector("textarea")!, manyIds(20).join(" "));
		press("Import");
		press("Cancel");
		const summary = await untilNextSummary(host, 0);
		expect(summary).toMatch(/Stopped with 20 papers left \(cancelled\)/);
		expect(paperNotes(host)).toHaveLength(0);
		expect((await savedRun(host))?.queue.ids).toHaveLength(20);
	});
});
