import { describe, expect, it } from "vitest";
import { setProperties } from "../../src/core/notes/frontmatter-edit";
import { parse } from "yaml";
import { Importer } from "../../src/core/importer";
import { ensureListLine } from "../../src/core/notes/list-section";
import { MemoryVault } from "../support/memory-vault";
import { deps, FakeArxiv, fixedClock, paper, recordedPapers, settings } from "../support/fakes";

function frontmatterOf(text: string): Record<string, unknown> {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
	return (m ? parse(m[1] ?? "") : {}) as Record<string, unknown>;
}

const kilgour = recordedPapers("idlist-1601.00001-doi-journalref.xml");

describe("a paper imported again", () => {
	it("takes away the check for new versions' mark, and leaves the user's properties", async () => {
		const vault = new MemoryVault();
		const importer = new Importer(deps(vault, new FakeArxiv(kilgour)));
		const path = (await importer.importText("1601.00001", settings())).firstPaperPath ?? "";
		await vault.process(path, (text) => setProperties(text, [["new_version", true], ["rating", 4]]));
		await importer.importText("1601.00001", settings({ feed: { ...settings().feed, knownPapers: "update" } }));
		expect(frontmatterOf(vault.files.get(path) ?? "")).toMatchObject({ rating: 4 });
		expect(frontmatterOf(vault.files.get(path) ?? "")).not.toHaveProperty("new_version");
	});
});

describe("an import cancelled while arXiv is asked", () => {
	it("ends as cancelled, with nothing failed and nothing written", async () => {
		const vault = new MemoryVault();
		const controller = new AbortController();
		// arXiv's answer never comes (a Retry-After wait): only the cancel ends the fetch.
		const waiting = {
			fetchByIds: (_ids: string[], signal?: AbortSignal): Promise<never> =>
				new Promise((_, reject) => signal?.addEventListener("abort", () => reject(new Error("This operation was aborted")), { once: true })),
		};
		const run = new Importer({ ...deps(vault, new FakeArxiv(kilgour)), arxiv: waiting }).importText("1601.00001", settings(), { signal: controller.signal });
		await new Promise((resolve) => setTimeout(resolve, 10));
		controller.abort();
		const summary = await run;
		expect(summary).toMatchObject({ cancelled: true, failed: [], created: [], updated: [] });
		expect(vault.files.size).toBe(0);
	});
});

describe("importing one recorded paper", () => {
	it("writes the paper, keyword, category and daily notes", async () => {
		const vault = new MemoryVault();
		const summary = await new Importer(deps(vault, new FakeArxiv(kilgour))).importText("https://arxiv.org/abs/1601.00001v1", settings());

		expect(summary.failed).toEqual([]);
		const paperPath = "papers/Inelastic effects in molecular transport junctions The probe technique at high bias.md";
		expect(summary.firstPaperPath).toBe(paperPath);
		const note = vault.files.get(paperPath) ?? "";
		const fm = frontmatterOf(note);
		expect(fm).toMatchObject({
			title: "Inelastic effects in molecular transport junctions: The probe technique at high bias",
			arxiv_id: "1601.00001",
			version: 1,
			authors: ["Michael Kilgour", "Dvira Segal"],
			published: "2015-12-26",
			doi: "10.1063/1.4944470",
			journal_ref: "J. Chem. Phys. 144, 124107 (2016)",
			primary_category: "cond-mat.mes-hall",
			url: "https://arxiv.org/abs/1601.00001",
			pdf: "https://arxiv.org/pdf/1601.00001",
		});
		const keywordLinks = fm["keywords"] as string[];
		expect(keywordLinks.length).toBeGreaterThanOrEqual(3);

		// Every keyword in the properties has its note, and that note lists the paper once.
		for (const link of keywordLinks) {
			const path = `${/^\[\[([^|\]]+)/.exec(link)?.[1] ?? ""}.md`;
			expect(path.startsWith("keywords/")).toBe(true);
			expect(vault.files.get(path)).toContain("arXiv:1601.00001");
		}
		const category = vault.files.get("categories/cond-mat.mes-hall.md") ?? "";
		expect(category).toContain("# cond-mat.mes-hall: Mesoscale and Nanoscale Physics");
		expect(category).toContain(`[[papers/Inelastic effects in molecular transport junctions The probe technique at high bias|Inelastic`);
		expect(vault.files.get("daily/2026-11-24.md")).toContain("· arXiv:1601.00001");
		expect(summary.created).toEqual(expect.arrayContaining([paperPath, "categories/cond-mat.mes-hall.md", "daily/2026-11-24.md"]));
	});

	it("uses the daily folder and date format settings, or skips the daily note", async () => {
		const vault = new MemoryVault();
		const importer = new Importer(deps(vault, new FakeArxiv(kilgour)));
		await importer.importText("1601.00001", settings({ dailyFolder: "Journal", dailyDateFormat: "YYYY/MM/DD-ddd" }), { day: new Date(2025, 8, 18, 12) });
		expect(vault.files.has("Journal/2025/09/18-Thu.md")).toBe(true);

		const quiet = new MemoryVault();
		await new Importer(deps(quiet, new FakeArxiv(kilgour))).importText("1601.00001", settings({ dailyNote: false }));
		expect([...quiet.files.keys()].some((p) => p.startsWith("daily/"))).toBe(false);
	});
});

describe("re-importing", () => {
	it("refreshes managed parts and keeps the user's text byte for byte", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv([paper({ id: "2401.00010" })]);
		const importer = new Importer(deps(vault, arxiv));
		await importer.importText("2401.00010", settings());
		const path = [...vault.files.keys()].find((p) => p.startsWith("papers/")) ?? "";

		const userBefore = "Something I wrote at the top.\n\n";
		const userAfter = "\n\n## My notes\n\n- [ ] re-read section 3\n- a $formula$ and [[My link]]\n";
		vault.files.set(
			path,
			(vault.files.get(path) ?? "").replace(/\n%% arxiv-atlas: begin/, `\n${userBefore}%% arxiv-atlas: begin`).replace(/\n$/, userAfter),
		);
		// The user's own properties, edited as a note is.
		await vault.process(path, (text) => setProperties(text, [["status", "reading"], ["tags", ["arxiv", "to-read"]]]));

		arxiv.papers[0] = paper({ id: "2401.00010", version: 3, updated: "2024-05-06T10:00:00Z" });
		const summary = await importer.importText("arXiv:2401.00010v3", settings());

		const text = vault.files.get(path) ?? "";
		expect(summary.created).toEqual([]);
		expect(summary.updated).toContain(path);
		expect(text).toContain(userBefore);
		expect(text.endsWith(userAfter)).toBe(true);
		const fm = frontmatterOf(text);
		expect(fm).toMatchObject({ status: "reading", tags: ["arxiv", "to-read"], version: 3, updated: "2024-05-06", arxiv_id: "2401.00010" });
		expect(text).toContain("**Updated:** 2024-05-06 (v3)");
		// No second note, and every list note names the paper once.
		expect([...vault.files.keys()].filter((p) => p.startsWith("papers/"))).toHaveLength(1);
		for (const [p, t] of vault.files) {
			if (!p.startsWith("papers/")) expect(t.split("arXiv:2401.00010").length - 1).toBeLessThanOrEqual(1);
		}
	});

	it("finds the paper's note after the user moved and renamed it", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv([paper({ id: "2401.00010" })]);
		const importer = new Importer(deps(vault, arxiv));
		await importer.importText("2401.00010", settings());
		const path = [...vault.files.keys()].find((p) => p.startsWith("papers/")) ?? "";
		vault.files.set("Reading/GNN paper.md", vault.files.get(path) ?? "");
		vault.files.delete(path);

		await importer.importText("2401.00010", settings());
		expect([...vault.files.keys()].filter((p) => p.startsWith("papers/"))).toEqual([]);
	});

	it("leaves the body alone and says so when the user removed the managed markers", async () => {
		const vault = new MemoryVault();
		const importer = new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010" })])));
		await importer.importText("2401.00010", settings());
		const path = [...vault.files.keys()].find((p) => p.startsWith("papers/")) ?? "";
		const mine = "---\narxiv_id: \"2401.00010\"\n---\nMy own summary, no markers.\n";
		vault.files.set(path, mine);
		const summary = await importer.importText("2401.00010", settings());
		expect(vault.files.get(path)).toContain("My own summary, no markers.\n");
		expect(summary.warnings?.join()).toMatch(/markers were removed/);
	});
});

describe("bad input and faults", () => {
	it("lists text with no ID as not understood and fetches nothing", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv(kilgour);
		const summary = await new Importer(deps(vault, arxiv)).importText("hello world", settings());
		expect(summary.failed).toHaveLength(1);
		expect(summary.failed[0]?.reason).toMatch(/no arXiv ID/);
		expect(arxiv.requests).toEqual([]);
		expect(vault.writes).toBe(0);
	});

	it("reports an unknown ID and still imports the others", async () => {
		const vault = new MemoryVault();
		const summary = await new Importer(deps(vault, new FakeArxiv(kilgour))).importText("1601.00001, 2501.99999", settings());
		expect(summary.failed).toEqual([{ input: "2501.99999", reason: "not found on arXiv: 2501.99999" }]);
		expect(summary.created.some((p) => p.startsWith("papers/"))).toBe(true);
	});

	it("writes nothing when arXiv cannot be reached", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv(kilgour);
		arxiv.failWith = new Error("arXiv did not answer (timeout after 30 s, 4 attempts): check your connection and try again");
		const summary = await new Importer(deps(vault, arxiv)).importText("1601.00001", settings());
		expect(summary.failed[0]?.reason).toMatch(/did not answer/);
		expect(vault.writes).toBe(0);
	});

	it("refuses folders outside the vault before fetching anything", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv(kilgour);
		const summary = await new Importer(deps(vault, arxiv)).importText("1601.00001", settings({ keywordsFolder: "../../etc" }));
		expect(summary.failed[0]?.reason).toMatch(/not a folder inside the vault/);
		expect(arxiv.requests).toEqual([]);
		expect(vault.writes).toBe(0);
	});

	it("gives hostile and clashing titles safe, unique names and keeps the full title", async () => {
		const hostile = 'A/B\\C: D*E? "F" <G> |H| #I ^J [K] ' + "x".repeat(400);
		const papers = [paper({ id: "2401.00001", title: hostile }), paper({ id: "2401.00002", title: "Same Title" }), paper({ id: "2401.00003", title: "Same Title" })];
		const vault = new MemoryVault({ "papers/same title.md": "a note of the user's, with another case\n" });
		await new Importer(deps(vault, new FakeArxiv(papers))).importText("2401.00001 2401.00002 2401.00003", settings());
		const names = [...vault.files.keys()].filter((p) => p.startsWith("papers/")).sort();
		expect(names).toEqual(["papers/A B C D E F G H I J K " + "x".repeat(100 - 22) + ".md", "papers/Same Title (2401.00002).md", "papers/Same Title (2401.00003).md", "papers/same title.md"].sort());
		expect(vault.files.get("papers/same title.md")).toBe("a note of the user's, with another case\n");
		expect(frontmatterOf(vault.files.get(names[0] ?? "") ?? "")["title"]).toBe(hostile);
	});

	it("turns a hostile title and abstract into text: valid YAML, no link, embed, tag or HTML", async () => {
		const title = 'Ignore "this": --- [[Evil]] <script>alert(1)</script> #tag';
		const abstract = "Text with $math$, ]] and [[, a ![](https://evil.example/?k=1) embed, <img src=x onerror=alert(1)>, ---\n---\nand %%hidden%% ==mark==.";
		const vault = new MemoryVault();
		await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00001", title, abstract })]))).importText("2401.00001", settings());
		const path = [...vault.files.keys()].find((p) => p.startsWith("papers/")) ?? "";
		const text = vault.files.get(path) ?? "";
		expect(frontmatterOf(text)["title"]).toBe(title);
		const body = text.slice(text.indexOf("%% arxiv-atlas: begin"));
		expect(body).not.toMatch(/(^|[^\\])\[\[Evil/);
		expect(body).not.toMatch(/(^|[^\\])!\[/);
		expect(body).not.toMatch(/(^|[^\\])<(script|img)/);
		expect(body).not.toMatch(/(^|[^\\])#tag/);
		expect(body).not.toMatch(/https:\/\/evil/);
		expect(body.match(/^---$/gm)).toHaveLength(1); // only the footer rule
		for (const [p, t] of vault.files) if (p !== path) expect(t).not.toMatch(/\[\[[^\]]*\[\[|<script/);
	});

	it("loses no link when two imports that share keyword and daily notes run at once", async () => {
		const vault = new MemoryVault();
		const papers = Array.from({ length: 6 }, (_, i) => paper({ id: `2401.0000${i + 1}`, title: `Graph Neural Networks Study ${i + 1}` }));
		const arxiv = new FakeArxiv(papers);
		const a = new Importer(deps(vault, arxiv));
		const b = new Importer(deps(vault, arxiv));
		const results = await Promise.all([a.importText("2401.00001 2401.00002 2401.00003", settings()), b.importText("2401.00004 2401.00005 2401.00006", settings())]);
		expect(results.flatMap((r) => r.failed)).toEqual([]);
		const daily = vault.files.get("daily/2026-11-24.md") ?? "";
		const category = vault.files.get("categories/cs.LG.md") ?? "";
		for (const p of papers) {
			expect(daily.split(`arXiv:${p.id}`)).toHaveLength(2);
			expect(category.split(`arXiv:${p.id}`)).toHaveLength(2);
		}
		const gnn = [...vault.files.entries()].filter(([p]) => /^keywords\/\w+\/graph neural networks?\.md$/i.test(p));
		expect(gnn).toHaveLength(1);
		for (const p of papers) expect(gnn[0]?.[1]).toContain(`arXiv:${p.id}`);
	});

	it("reports a paper whose note cannot be written and writes no part of that note", async () => {
		const vault = new MemoryVault();
		vault.failOn = (p) => p.startsWith("papers/Broken");
		const papers = [paper({ id: "2401.00001", title: "Broken paper" }), paper({ id: "2401.00002", title: "Fine paper" })];
		const summary = await new Importer(deps(vault, new FakeArxiv(papers), fixedClock())).importText("2401.00001 2401.00002", settings());
		expect(summary.failed).toEqual([{ input: "2401.00001", reason: expect.stringMatching(/could not write its notes: disk full/) as string }]);
		expect([...vault.files.keys()].some((p) => p.startsWith("papers/Broken"))).toBe(false);
		expect(vault.files.has("papers/Fine paper.md")).toBe(true);
	});
});

describe("list notes stay stable", () => {
	it("adds nothing when a paper is listed already", () => {
		const text = "# cs.LG\n\n## Papers\n\n- [[papers/A|A]] · arXiv:2401.00001\n";
		expect(ensureListLine(text, "Papers", "- [[papers/A renamed|A]] · arXiv:2401.00001", "arXiv:2401.00001")).toBe(text);
	});
});

describe("what a language model added", () => {
	it("survives a re-import without a model", async () => {
		const vault = new MemoryVault();
		const importer = new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010" })])));
		const enrichment = { titleTranslated: "그래프 신경망", summary: "A summary with *stars*.", keyPoints: ["One", "Two", "Three"] };
		await importer.importText("2401.00010", settings(), { enrichment: () => enrichment });
		const path = [...vault.files.keys()].find((p) => p.startsWith("papers/")) ?? "";
		const before = vault.files.get(path) ?? "";
		expect(before).toContain("## 📝 Summary");

		await importer.importText("2401.00010", settings());
		const after = vault.files.get(path) ?? "";
		expect(after).toContain("A summary with \\*stars\\*.");
		expect(after).toContain("3. Three");
		expect(after).toContain("**Translated title:** 그래프 신경망");
		expect(frontmatterOf(after)["title_translated"]).toBe("그래프 신경망");
	});
});
