/**
 * One import pipeline, with the metadata cache filling after each write as in Obsidian: imports
 * wait their turn, a paper imported twice in a row stays one note, and the after-import steps run
 * from what the importer wrote.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { createHost, notices, requests, setRequestHandler } from "../host";
import { ATOM_1601, pasteAndImport, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const summaries = (): string[] => notices().map((n) => n.message).filter((m) => m.startsWith("arXiv import:"));

describe("the import pipeline", () => {
	it("imports the same paper twice in a row, before the cache caught up, into one note", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { "papers/": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		// The second import is asked for while the first runs: it waits its turn, with a notice.
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		expect(notices().some((n) => /An arXiv import is running: these papers will follow when it ends\./.test(n.message))).toBe(true);
		for (let i = 0; i < 40 && summaries().length < 2; i++) await vi.advanceTimersByTimeAsync(5000);
		expect(summaries()).toEqual([expect.stringMatching(/1 new paper, 0 updated, 0 failed/), expect.stringMatching(/0 new papers, 1 updated, 0 failed/)]);
		expect(host.listFiles("papers")).toHaveLength(1);
		expect(requests()).toHaveLength(2);
	});

	it("writes the BibTeX block from the paper the importer returned, before the cache has the note", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { tools: { bibtexBlock: true } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		const [paper] = host.listFiles("papers");
		expect(host.readFile(paper!)).toMatch(/```bibtex\n% arxiv-atlas: citation \(replaced on re-import\)\n@misc\{Kilgour2015Inelastic,/);
		expect(host.readFile(paper!)).toMatch(/\ncitekey: "Kilgour2015Inelastic"\n/);
	});

	it("a re-import rewrites only the plugin's properties: the user's stay byte for byte", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { "papers/": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		const [paper] = host.listFiles("papers");
		const mine = ["status: 'single quoted'", "rating: 1.10", "topics: [alpha, beta]", "# why I keep this paper", "review: |", "  dense but useful"];
		await host.app.vault.process(host.app.vault.getFileByPath(paper!)!, (t) => t.replace("\n---\n", `\n${mine.join("\n")}\n---\n`));
		await host.settle();
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		const text = host.readFile(paper!);
		expect(text).toContain(`\n${mine.join("\n")}\n`);
		expect(host.listFiles("papers")).toEqual([paper]);
	});

	it("looks at every note once, not at each import; a note the user writes has it look again", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const files: Record<string, string> = { "papers/": "" };
		for (let i = 0; i < 300; i++) files[`notes/n${i}.md`] = `---\nstatus: idea\n---\nNote ${i}\n`;
		const host = createHost({ files });
		await host.loadPlugin(ArxivAtlasPlugin);
		const cache = host.app.metadataCache;
		const getFileCache = cache.getFileCache.bind(cache);
		let reads = 0;
		cache.getFileCache = (file) => {
			reads += 1;
			return getFileCache(file);
		};
		const importOnce = async (): Promise<number> => {
			const before = reads;
			await host.runCommand("arxiv-atlas:import-paper");
			pasteAndImport("1601.00001");
			await untilSummary(host);
			await host.settle();
			return reads - before;
		};
		expect(await importOnce()).toBeGreaterThanOrEqual(300);
		expect(await importOnce()).toBeLessThan(30);
		await host.writeFile("notes/new.md", "A note of mine\n");
		await host.settle();
		expect(await importOnce()).toBeGreaterThanOrEqual(300);
	});
});
