import { describe, expect, it } from "vitest";
import { CITATIONS_BLOCK } from "../../../src/core/citations/citation-note";
import { parseCitationStore, serializeCitationStore, type CitationState, type CitationStore } from "../../../src/core/citations/citation-store";
import { readCitationRecord, type CitationRecord } from "../../../src/core/citations/s2-records";
import { updateCitations } from "../../../src/core/citations/update-citations";
import { labelsFor } from "../../../src/core/notes/labels";
import { wikiLinks } from "../../../src/cli/links";
import { fixture } from "../../support/fakes";
import { MemoryVault } from "../../support/memory-vault";

/** Recorded reference pages (tests/fixtures/semantic-scholar): real paper objects with their arXiv IDs. */
const cited = [0, 1].flatMap((n) => (JSON.parse(fixture(`semantic-scholar/references-CorpusID-1033682.${n}.body.json`)) as { data: { citedPaper: Record<string, unknown> }[] }).data.map((d) => d.citedPaper));
const recordedPaper = (arxiv: string): Record<string, unknown> | null => cited.find((p) => (p["externalIds"] as { ArXiv?: string } | null)?.ArXiv === arxiv) ?? null;

const note = (id: string, title: string, extra = ""): string => `---\ntitle: "${title}"\narxiv_id: "${id}"\n---\n\n# ${title}\n\nMy notes on ${title}.\n${extra}`;

/** Built for the test: the citing paper's batch entry is its own metadata plus the recorded references of CorpusID:1033682. */
function source(references: Record<string, unknown>[]): { papers: (ids: readonly string[]) => Promise<Map<string, CitationRecord>>; citedBy: () => Promise<string[]>; asked: string[][] } {
	const asked: string[][] = [];
	return {
		asked,
		citedBy: () => Promise.resolve([]),
		papers: (ids) => {
			asked.push([...ids]);
			const out = new Map<string, CitationRecord>();
			for (const id of ids) {
				const entry = id === "2301.00001" ? { externalIds: { ArXiv: id }, venue: "arXiv.org", citationCount: 12, references } : (references.find((p) => (p["externalIds"] as { ArXiv?: string } | null)?.ArXiv === id) ?? recordedPaper(id));
				const record = readCitationRecord(id, entry);
				if (record) out.set(id, record);
			}
			return Promise.resolve(out);
		},
	};
}

function memoryStore(): CitationStore & { text: string } {
	const store = {
		text: "",
		load: () => Promise.resolve(parseCitationStore(store.text)),
		save: (state: CitationState) => {
			store.text = serializeCitationStore(state);
			return Promise.resolve();
		},
	};
	return store;
}

describe("Update citations", () => {
	const PAPERS = new Map([
		["2301.00001", "papers/Citing.md"],
		["2208.04425", "papers/Sparsity.md"],
		["1411.1784", "papers/GAN.md"],
		["2401.00009", "papers/Other.md"],
	]);

	it("links the vault's papers both ways, names the most-cited references to import, and keeps the user's text", async () => {
		const vault = new MemoryVault({
			"papers/Citing.md": note("2301.00001", "Citing"),
			"papers/Sparsity.md": note("2208.04425", "Sparsity"),
			"papers/GAN.md": note("1411.1784", "GAN", "\nMore of mine.\n"),
			"papers/Other.md": note("2401.00009", "Other"),
		});
		const store = memoryStore();
		const deps = { vault, links: wikiLinks, source: source(cited), store, labels: labelsFor("en") };
		const result = await updateCitations(deps, PAPERS, ["2301.00001", "2208.04425", "1411.1784", "2401.00009"]);
		expect(result.notFound).toEqual(["1411.1784", "2401.00009"].filter((id) => !cited.some((p) => (p["externalIds"] as { ArXiv?: string } | null)?.ArXiv === id)));
		const citing = vault.files.get("papers/Citing.md") ?? "";
		expect(citing).toMatch(/^cites:\n {2}- "\[\[papers\/GAN\]\]"\n {2}- "\[\[papers\/Sparsity\]\]"$/m);
		expect(citing).toContain("citation_count: 12");
		expect(citing).not.toContain("published_in");
		expect(citing.indexOf("My notes on Citing.")).toBeLessThan(citing.indexOf(CITATIONS_BLOCK.start));
		const part = citing.slice(citing.indexOf(CITATIONS_BLOCK.start), citing.indexOf(CITATIONS_BLOCK.end));
		expect(part).toContain("### Cites in your vault\n\n- [[papers/GAN]]\n- [[papers/Sparsity]]");
		const missing = part.slice(part.indexOf("### Most-cited references not in your vault")).split("\n").filter((l) => l.startsWith("- "));
		expect(missing).toHaveLength(10);
		expect(missing.every((l) => /· arXiv:\d{4}\.\d{4,5} · [\d,]+ citations$/.test(l))).toBe(true);
		const counts = missing.map((l) => Number(/· ([\d,]+) citations$/.exec(l)?.[1]?.replace(/,/g, "")));
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		// The cited papers say who cites them; the user's own lines stay.
		expect(vault.files.get("papers/GAN.md")).toMatch(/^cited_by:\n {2}- "\[\[papers\/Citing\]\]"$/m);
		expect(vault.files.get("papers/GAN.md")).toContain("\nMore of mine.\n");
		expect(vault.files.get("papers/Sparsity.md")).toMatch(/^published_in: "?Neural Information Processing Systems"?$/m);
		// A paper nothing links is not written.
		expect(vault.files.get("papers/Other.md")).toBe(note("2401.00009", "Other"));

		// The same again writes nothing.
		const writes = vault.writes;
		expect((await updateCitations(deps, PAPERS, ["2301.00001"])).written).toEqual([]);
		expect(vault.writes).toBe(writes);

		// The citing paper no longer lists the GAN paper: both sides lose the link, only those notes are written.
		const fewer = { ...deps, source: source(cited.filter((p) => (p["externalIds"] as { ArXiv?: string } | null)?.ArXiv !== "1411.1784")) };
		const again = await updateCitations(fewer, PAPERS, ["2301.00001"]);
		expect(again.written.sort()).toEqual(["papers/Citing.md", "papers/GAN.md"]);
		expect(vault.files.get("papers/GAN.md")).toMatch(/^cited_by: \[\]$/m);
		expect(vault.files.get("papers/Citing.md")).toMatch(/^cites:\n {2}- "\[\[papers\/Sparsity\]\]"\n[a-z]/m);
	});

	it("leaves a citations part that lost its end marker as it is, and says so; the properties are still written", async () => {
		const broken = `${note("2301.00001", "Citing")}\n${CITATIONS_BLOCK.start}\nmy text\n`;
		const vault = new MemoryVault({ "papers/Citing.md": broken, "papers/Sparsity.md": note("2208.04425", "Sparsity") });
		const result = await updateCitations({ vault, links: wikiLinks, source: source(cited), store: memoryStore(), labels: labelsFor("en") }, new Map([...PAPERS].slice(0, 2)), ["2301.00001"]);
		const after = vault.files.get("papers/Citing.md") ?? "";
		expect(after.slice(after.indexOf("\n---\n"))).toBe(broken.slice(broken.indexOf("\n---\n")));
		expect(after).toMatch(/^cites:\n {2}- "\[\[papers\/Sparsity\]\]"$/m);
		expect(result.failed).toEqual([{ input: "2301.00001", reason: expect.stringMatching(/citations in papers\/Citing\.md have lost their end marker/) as string }]);
		// The other side agrees.
		expect(vault.files.get("papers/Sparsity.md")).toMatch(/^cited_by:\n {2}- "\[\[papers\/Citing\]\]"$/m);
	});
});

describe("the citation map in the notes", () => {
	it("agrees after any sequence of updates: B's note is in A's cites exactly when A's is in B's cited_by", async () => {
		const { default: fc } = await import("fast-check");
		const ids = ["2401.00001", "2401.00002", "2401.00003", "2401.00004", "2401.00005"];
		const update = fc.record({ asked: fc.subarray(ids, { minLength: 1 }), refs: fc.dictionary(fc.constantFrom(...ids), fc.subarray(ids)) });
		await fc.assert(
			fc.asyncProperty(fc.array(update, { minLength: 1, maxLength: 5 }), async (updates) => {
				const papers = new Map(ids.map((id, i) => [id, `papers/P${i}.md`]));
				const vault = new MemoryVault(Object.fromEntries(ids.map((id, i) => [`papers/P${i}.md`, note(id, `P${i}`)])));
				const store = memoryStore();
				for (const { asked, refs } of updates) {
					const source = {
						citedBy: () => Promise.resolve([]),
						papers: (wanted: readonly string[]) => Promise.resolve(new Map(wanted.map((id) => [id, { id, references: (refs[id] ?? []).map((r) => ({ id: r, title: r })) }]))),
					};
					await updateCitations({ vault, links: wikiLinks, source, store, labels: labelsFor("en") }, papers, asked);
					const links = async (path: string, key: string): Promise<string[]> => ((await vault.frontmatter(path))?.[key] as string[] | undefined) ?? [];
					for (const [, a] of papers) {
						for (const [, b] of papers) {
							const aCitesB = (await links(a, "cites")).includes(`[[${b.replace(/\.md$/, "")}]]`);
							const bCitedByA = (await links(b, "cited_by")).includes(`[[${a.replace(/\.md$/, "")}]]`);
							expect(aCitesB).toBe(bCitedByA);
						}
					}
				}
			}),
			{ numRuns: 60 },
		);
	});
});

describe("what Update citations leaves as it is", () => {
	const PAIR = new Map([
		["2301.00001", "papers/Citing.md"],
		["2208.04425", "papers/Sparsity.md"],
	]);
	const deps = (vault: MemoryVault, store: ReturnType<typeof memoryStore>, references = cited): Parameters<typeof updateCitations>[0] => ({ vault, links: wikiLinks, source: source(references), store, labels: labelsFor("en") });

	it("writes nothing with nothing kept and nothing to ask", async () => {
		const vault = new MemoryVault({ "papers/Citing.md": note("2301.00001", "Citing", "\nmine  \n\n") });
		const result = await updateCitations(deps(vault, memoryStore()), PAIR, []);
		expect(result.written).toEqual([]);
		expect(vault.writes).toBe(0);
	});

	it("keeps a value the user set in place of the service's, and the user's text to the last space", async () => {
		const tail = "\nMy closing words.  \n\n";
		const vault = new MemoryVault({ "papers/Citing.md": note("2301.00001", "Citing", tail), "papers/Sparsity.md": note("2208.04425", "Sparsity") });
		const store = memoryStore();
		await updateCitations(deps(vault, store), PAIR, ["2301.00001", "2208.04425"]);
		const sparsity = (): string => vault.files.get("papers/Sparsity.md") ?? "";
		expect(sparsity()).toMatch(/^published_in: "?Neural Information Processing Systems"?$/m);
		expect(vault.files.get("papers/Citing.md")).toContain(`My closing words.  \n\n\n${CITATIONS_BLOCK.start}`);
		// The user writes their own venue; the next update leaves it and still updates what is the plugin's.
		vault.files.set("papers/Sparsity.md", sparsity().replace(/^published_in: .*$/m, 'published_in: "NeurIPS 2022 (oral)"'));
		const recordedCount = Number(/^citation_count: (\d+)$/m.exec(sparsity())?.[1]);
		const more = cited.map((p) => ((p["externalIds"] as { ArXiv?: string } | null)?.ArXiv === "2208.04425" ? { ...p, citationCount: recordedCount + 5 } : p));
		await updateCitations(deps(vault, store, more), PAIR, ["2208.04425"]);
		expect(sparsity()).toContain('published_in: "NeurIPS 2022 (oral)"');
		expect(sparsity()).toMatch(new RegExp(`^citation_count: ${recordedCount + 5}$`, "m"));
	});

	it("puts right a note whose links were written before the answers were lost", async () => {
		const three = new Map([...PAIR, ["2401.00009", "papers/Other.md"]]);
		const vault = new MemoryVault({ "papers/Citing.md": note("2301.00001", "Citing"), "papers/Sparsity.md": note("2208.04425", "Sparsity"), "papers/Other.md": note("2401.00009", "Other") });
		const store = memoryStore();
		await updateCitations(deps(vault, store), three, ["2301.00001", "2208.04425"]);
		// The kept answers forget the Other note, which says (from a run whose answers were lost) that Citing cites it.
		const state = parseCitationStore(store.text);
		state.written.delete("2401.00009");
		store.text = serializeCitationStore(state);
		vault.files.set("papers/Other.md", note("2401.00009", "Other").replace('arxiv_id: "2401.00009"', 'arxiv_id: "2401.00009"\ncited_by:\n  - "[[papers/Citing]]"'));
		await updateCitations(deps(vault, store), three, ["2208.04425"]);
		expect(vault.files.get("papers/Other.md")).toMatch(/^cited_by: \[\]$/m);
	});
});

describe("an update of every paper that stops before its end", () => {
	it("keeps what it was told, and the next one goes on with the papers left, then writes every note", async () => {
		const ids = Array.from({ length: 1203 }, (_, i) => `2401.${String(10000 + i)}`);
		const papers = new Map(ids.map((id) => [id, `papers/${id}.md`]));
		const vault = new MemoryVault(Object.fromEntries(ids.map((id) => [`papers/${id}.md`, note(id, id)])));
		const store = memoryStore();
		// Each paper cites the one before it.
		const answer = (asked: readonly string[]): Map<string, CitationRecord> => new Map(asked.map((id) => [id, { id, references: [{ id: ids[ids.indexOf(id) - 1] ?? id, title: "before" }] }]));
		const asked: number[] = [];
		const controller = new AbortController();
		const stopping = {
			citedBy: () => Promise.resolve([]),
			papers: (chunk: readonly string[]) => {
				asked.push(chunk.length);
				// Obsidian closes (or Cancel) while the second batch is asked.
				if (asked.length === 2) controller.abort();
				return Promise.resolve(answer(chunk));
			},
		};
		await expect(updateCitations({ vault, links: wikiLinks, source: stopping, store, labels: labelsFor("en") }, papers, ids, { resume: true, signal: controller.signal })).rejects.toThrow();
		expect(vault.writes).toBe(0);
		expect(parseCitationStore(store.text).pending).toHaveLength(703);
		expect(parseCitationStore(store.text).records.size).toBe(500);

		const going = { citedBy: () => Promise.resolve([]), papers: (chunk: readonly string[]) => (asked.push(chunk.length), Promise.resolve(answer(chunk))) };
		const result = await updateCitations({ vault, links: wikiLinks, source: going, store, labels: labelsFor("en") }, papers, ids, { resume: true });
		expect(result.resumed).toBe(true);
		expect(asked.slice(2)).toEqual([500, 203]);
		expect(parseCitationStore(store.text).pending).toEqual([]);
		expect(vault.files.get(`papers/${ids[600] ?? ""}.md`)).toMatch(new RegExp(`^cites:\\n {2}- "\\[\\[papers/${(ids[599] ?? "").replace(".", "\\.")}\\]\\]"$`, "m"));
		expect(vault.files.get(`papers/${ids[600] ?? ""}.md`)).toMatch(new RegExp(`^cited_by:\\n {2}- "\\[\\[papers/${(ids[601] ?? "").replace(".", "\\.")}\\]\\]"$`, "m"));
	});
});
