import type { Editor, MarkdownView } from "obsidian";
import { describe, expect, it } from "vitest";
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
