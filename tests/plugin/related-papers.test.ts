import type { Editor, MarkdownView, TFile } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { BLOCK_END, BLOCK_START } from "../../src/core/notes/managed-block";
import { createHost, notices } from "../host";

/** Hand-made paper notes as an import writes them: properties, then the generated part with the abstract. */
const note = (id: string, title: string, abstract: string): string =>
	`---\ntitle: "${title}"\narxiv_id: "${id}"\n---\n\n${BLOCK_START}\n# ${title}\n\n## 📄 Abstract\n\n${abstract}\n${BLOCK_END}\n`;

const FILES: Record<string, string> = {
	"papers/Brain A.md": note("2401.00001", "Connectivity of brain networks", "We compare brain networks built from neuroimaging, adjacency matrices of connectivity between brain regions."),
	"papers/Brain B.md": note("2401.00002", "Outliers among brain networks", "Outlier subjects in a population of brain networks from neuroimaging and their connectivity adjacency matrices."),
	"papers/ECG.md": note("2401.00003", "Anomalies in electrocardiograms", "Anomaly detection in electrocardiogram time series with temporal reasoning."),
	"papers/Polytopes.md": note("2401.00004", "Random polytopes", "A class of random polytopes for classification and clustering."),
	"Draft.md": "not a paper\n",
};

function editorStub(): { editor: Editor; inserted: string[] } {
	const inserted: string[] = [];
	return { editor: { replaceSelection: (text: string) => void inserted.push(text) } as unknown as Editor, inserted };
}

describe("Insert links to related papers", () => {
	it("on a paper note, inserts links to the vault's papers most like it, with what they share, never itself", async () => {
		const host = createHost({ files: FILES });
		await host.loadPlugin(ArxivAtlasPlugin);
		const { editor, inserted } = editorStub();
		const view = { file: host.app.vault.getFileByPath("papers/Brain A.md") } as unknown as MarkdownView;
		expect(await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view })).toBe(true);
		await host.settle();
		const lines = (inserted[0] ?? "").trim().split("\n");
		expect(lines[0]).toMatch(/^- \[\[Brain B\|Outliers among brain networks\]\] \(.*(brain|network|neuroimaging|adjacency).*\)$/);
		expect(inserted[0]).not.toContain("Brain A");
	});

	it("is not offered on a note that is not a paper, and says so when no paper is alike", async () => {
		const host = createHost({ files: { ...FILES, "papers/Alone.md": note("2401.00009", "Quasars", "Spectra of distant quasars.") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const { editor, inserted } = editorStub();
		const draft = { file: host.app.vault.getFileByPath("Draft.md") } as unknown as MarkdownView;
		expect(await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: draft })).toBe(false);
		const alone = { file: host.app.vault.getFileByPath("papers/Alone.md") } as unknown as MarkdownView;
		await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: alone });
		await host.settle();
		expect(inserted).toEqual([]);
		expect(notices().at(-1)?.message).toBe("No other paper in the vault is like this one yet.");
	});
});

describe("the radar kept current", () => {
	it("keeps a paper two notes hold when one of them is deleted", async () => {
		const files = { ...FILES, "papers/Brain A copy.md": FILES["papers/Brain A.md"] ?? "" };
		const host = createHost({ files });
		await host.loadPlugin(ArxivAtlasPlugin);
		const { editor, inserted } = editorStub();
		const viewOf = (path: string): MarkdownView => ({ file: host.app.vault.getFileByPath(path) }) as unknown as MarkdownView;
		await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: viewOf("papers/Brain B.md") });
		await host.settle();
		expect(inserted[0]).toMatch(/Connectivity of brain networks/);
		await host.app.vault.delete(host.app.vault.getFileByPath("papers/Brain A.md") as TFile);
		await host.settle();
		await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: viewOf("papers/Brain B.md") });
		await host.settle();
		// The copy still holds the paper: it is still the most alike, linked by the note that remains.
		expect(inserted[1]).toMatch(/^- \[\[Brain A copy\|Connectivity of brain networks\]\]/);
	});
});

describe("the radar's papers kept between sessions", () => {
	it("are read from the plugin's folder in the next session: only notes changed since are read again", async () => {
		vi.useFakeTimers({ shouldAdvanceTime: true });
		try {
			const host = createHost({ files: FILES });
			const first = await host.loadPlugin(ArxivAtlasPlugin);
			const { editor, inserted } = editorStub();
			const viewOf = (path: string): MarkdownView => ({ file: host.app.vault.getFileByPath(path) }) as unknown as MarkdownView;
			await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: viewOf("papers/Brain B.md") });
			await host.settle();
			await vi.advanceTimersByTimeAsync(6000);
			const saved = JSON.parse(await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-papers.json")) as { notes: Record<string, unknown> };
			expect(Object.keys(saved.notes).sort()).toEqual(["papers/Brain A.md", "papers/Brain B.md", "papers/ECG.md", "papers/Polytopes.md"]);
			host.unloadPlugin(first);

			// Between sessions one note is edited (its abstract now about electrocardiograms).
			await vi.advanceTimersByTimeAsync(10);
			await host.writeFile("papers/Polytopes.md", note("2401.00004", "Random polytopes", "Anomaly detection in electrocardiogram time series with random polytopes."));
			await host.settle();
			const second = await host.loadPlugin(ArxivAtlasPlugin);
			const reads = vi.spyOn(host.app.vault, "cachedRead");
			await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: viewOf("papers/ECG.md") });
			await host.settle();
			expect(reads.mock.calls.map(([file]) => file.path)).toEqual(["papers/Polytopes.md"]);
			// What the edited note says now is what the radar reads.
			expect(inserted.at(-1)).toMatch(/^- \[\[Polytopes\|Random polytopes\]\]/);

			// The change is saved as a line of the log: the file of every paper is not written again.
			const file = await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-papers.json");
			await vi.advanceTimersByTimeAsync(6000);
			expect(await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-papers.json")).toBe(file);
			const log = await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-papers.log");
			expect(log.trim().split("\n").map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(["papers/Polytopes.md"]);
			host.unloadPlugin(second);

			// The next session reads the file and its log, and no note.
			reads.mockClear();
			await host.loadPlugin(ArxivAtlasPlugin);
			await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: viewOf("papers/ECG.md") });
			await host.settle();
			expect(reads.mock.calls).toEqual([]);
			expect(inserted.at(-1)).toMatch(/^- \[\[Polytopes\|Random polytopes\]\]/);
		} finally {
			vi.useRealTimers();
		}
	});

	it("are read again from every note when the saved file is damaged", async () => {
		const host = createHost({ files: FILES });
		await host.app.vault.adapter.write(".obsidian/plugins/arxiv-atlas/radar-papers.json", '{"version": 1, "notes": {"papers/ECG.md": {"mtime": 1, "size": "x"}');
		await host.loadPlugin(ArxivAtlasPlugin);
		const reads = vi.spyOn(host.app.vault, "cachedRead");
		const { editor, inserted } = editorStub();
		await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view: { file: host.app.vault.getFileByPath("papers/Brain A.md") } as unknown as MarkdownView });
		await host.settle();
		expect(reads.mock.calls.map(([file]) => file.path).sort()).toEqual(["papers/Brain A.md", "papers/Brain B.md", "papers/ECG.md", "papers/Polytopes.md"]);
		expect(inserted[0]).toMatch(/Outliers among brain networks/);
	});
});

describe("the listing preview's bars and ticks", () => {
	it("read the same whatever the scores' sign: the best full and ticked, the lowest empty", async () => {
		const { ListingModal } = await import("../../src/obsidian/feed/listing-modal");
		const { parseListingFeed } = await import("../../src/core/feed/rss");
		const { RSS } = await import("./feed-helpers");
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		const listing = parseListingFeed(RSS);
		const items = listing.items.filter((i) => i.announceType !== "replace");
		// The SVM's scores can all be negative.
		const scores = new Map(items.map((i, n) => [i.paper.id, { score: -0.05 + n * 0.01, why: [] }]));
		const ordered = [...items].sort((a, b) => (scores.get(b.paper.id)?.score ?? 0) - (scores.get(a.paper.id)?.score ?? 0));
		new ListingModal(host.app, { listing, items: ordered, known: new Set(), skipped: [], scores, preselect: "liked" }, () => undefined).open();
		const rows = [...document.querySelectorAll<HTMLElement>(".arxiv-atlas-listing-item")];
		expect(rows.map((r) => r.querySelector(".arxiv-atlas-score-bar")?.getAttribute("aria-valuenow"))).toEqual(["100", "50", "0"]);
		expect(rows.map((r) => r.querySelector<HTMLInputElement>("input[type=checkbox]")?.checked)).toEqual([true, true, false]);
	});
});

describe("the radar and Obsidian's start", () => {
	it("reads the vault only once the layout is ready", async () => {
		const host = createHost({ files: FILES, layoutReady: false });
		await host.loadPlugin(ArxivAtlasPlugin);
		const { editor, inserted } = editorStub();
		const view = { file: host.app.vault.getFileByPath("papers/Brain B.md") } as unknown as MarkdownView;
		await host.runCommand("arxiv-atlas:insert-related-papers", { editor, view });
		await host.settle();
		expect(inserted).toEqual([]);
		host.setLayoutReady();
		await host.settle();
		expect(inserted[0]).toMatch(/Connectivity of brain networks/);
	});
});
