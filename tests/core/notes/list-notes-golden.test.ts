import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Importer } from "../../../src/core/importer";
import { DEFAULT_SETTINGS, type AtlasSettings } from "../../../src/core/settings";
import { MemoryVault } from "../../support/memory-vault";
import { deps, FakeArxiv, fixedClock, recordedPapers } from "../../support/fakes";

// The notes that list papers (keyword, category, author, daily), byte for byte, after ten recorded
// papers are imported on two days and then re-imported with fewer keywords: the golden file shows
// what a user's map looks like, and what a re-import takes out of it.
// Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and read the diff.

const GOLDEN = new URL("../../expected/list-notes/all-science-10.md", import.meta.url);
const PAPERS = recordedPapers("search-all-science-10-entries.xml");

function listNotes(vault: MemoryVault): string {
	const paths = [...vault.files.keys()].filter((p) => /^(keywords|categories|authors|daily)\//.test(p)).sort();
	return paths.map((p) => `==> ${p} <==\n${vault.files.get(p) ?? ""}`).join("\n");
}

describe("keyword, category, author and daily notes", () => {
	it("match tests/expected/list-notes/all-science-10.md after imports on two days and a re-import with fewer keywords", async () => {
		const vault = new MemoryVault({ "papers/.keep": "" });
		const settings: AtlasSettings = { ...DEFAULT_SETTINGS, keywordsPerPaper: 5, layout: { ...DEFAULT_SETTINGS.layout, authorNotes: true } };
		const arxiv = new FakeArxiv(PAPERS);
		await new Importer(deps(vault, arxiv, fixedClock("2026-11-24T10:30:00"))).importPapers(PAPERS.slice(0, 6), settings);
		await new Importer(deps(vault, arxiv, fixedClock("2026-11-25T09:00:00"))).importPapers(PAPERS.slice(4), settings);
		const again = await new Importer(deps(vault, arxiv, fixedClock("2026-11-26T18:00:00"))).importPapers(PAPERS.slice(0, 2), { ...settings, keywordsPerPaper: 2 });
		const text = listNotes(vault);
		if (process.env["UPDATE_GOLDEN"]) writeFileSync(GOLDEN, text);
		expect(text).toBe(readFileSync(GOLDEN, "utf8"));
		// What the re-import with fewer keywords did: notes left empty went to the trash; no daily note of the 26th.
		expect(again.trashed?.length ?? 0).toBeGreaterThan(0);
		expect(vault.trashed).toEqual(again.trashed);
		expect(text).not.toContain("daily/2026-11-26.md");
	});
});
