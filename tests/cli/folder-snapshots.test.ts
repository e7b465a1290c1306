import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readVaultSnapshot, type VaultSnapshot } from "../../src/core/notes/vault-snapshot";
import { FolderSnapshots } from "../../src/cli/folder-snapshots";
import { FolderVault } from "../../src/cli/folder-vault";
import { tempDir } from "../support/temp-dir";

const paper = (id: string, keyword: string): string => `---\narxiv_id: "${id}"\nimported: 2026-01-05T10:00:00\nkeywords:\n  - "[[keywords/broad/${keyword}|${keyword}]]"\nstatus: mine\n---\nBody\n`;
const keyword = (aliases: string[]): string => `---\ncategory: "broad"\naliases: [${aliases.map((a) => JSON.stringify(a)).join(", ")}]\n---\n# K\n`;

/** What a snapshot says, in plain data, to compare two of them. */
function plain(s: VaultSnapshot): unknown {
	// How many papers link each keyword note: the index keeps only where each keyword link points.
	const linked = [...s.keywordNotes.values()].map((n) => [n.name, s.vaultKeywords.find(n.name)?.papers]);
	return { papers: [...s.papers], dates: [...s.paperDates], notes: [...s.keywordNotes], paths: [...s.paths].sort(), llm: s.keywords.find("LLMs"), linked, vaultPapers: s.vaultKeywords.papers };
}

let root: string;
const cacheBefore = process.env["XDG_CACHE_HOME"];
beforeEach(() => {
	root = tempDir("arxiv-atlas-snap-");
	process.env["XDG_CACHE_HOME"] = join(root, "cache");
	const vault = join(root, "vault");
	mkdirSync(join(vault, "papers"), { recursive: true });
	mkdirSync(join(vault, "keywords", "broad"), { recursive: true });
	for (let i = 0; i < 20; i++) writeFileSync(join(vault, "papers", `p${i}.md`), paper(`2401.${String(10000 + i)}`, i % 2 ? "Large Language Models" : "Graphs"));
	writeFileSync(join(vault, "keywords", "broad", "Large Language Models.md"), keyword(["LLMs"]));
	writeFileSync(join(vault, "keywords", "broad", "Graphs.md"), keyword([]));
});
afterEach(() => {
	if (cacheBefore === undefined) delete process.env["XDG_CACHE_HOME"];
	else process.env["XDG_CACHE_HOME"] = cacheBefore;
});

describe("the CLI's snapshot kept between runs", () => {
	it("is the snapshot of the vault; the next run reads notes from the index; a changed note is read again", async () => {
		const vault = join(root, "vault");
		const first = new FolderSnapshots(vault);
		expect(plain(await first.snapshot("keywords"))).toEqual(plain(await readVaultSnapshot(new FolderVault(vault, { lock: false }), "keywords")));
		expect(first.stats).toEqual({ parsed: 22, fromIndex: 0 });

		const second = new FolderSnapshots(vault);
		const fromIndex = await second.snapshot("keywords");
		expect(second.stats).toEqual({ parsed: 0, fromIndex: 22 });
		expect(plain(fromIndex)).toEqual(plain(await readVaultSnapshot(new FolderVault(vault, { lock: false }), "keywords")));
		expect(fromIndex.vaultKeywords.find("Graphs")?.papers).toBe(10);

		// The user edits a note (its size changes): only that one is read again, and what it says now counts.
		writeFileSync(join(vault, "keywords", "broad", "Graphs.md"), keyword(["GNNs", "Graph Networks"]));
		writeFileSync(join(vault, "papers", "new.md"), paper("2401.20000", "Graphs"));
		const third = new FolderSnapshots(vault);
		const snapshot = await third.snapshot("keywords");
		expect(third.stats).toEqual({ parsed: 2, fromIndex: 21 });
		expect(snapshot.keywords.find("GNNs")).toBe("keywords/broad/Graphs.md");
		expect(snapshot.papers.get("2401.20000")).toBe("papers/new.md");
		expect(plain(snapshot)).toEqual(plain(await readVaultSnapshot(new FolderVault(vault, { lock: false }), "keywords")));
	});

	it("gives the vault the folders it listed, so checking whether a note exists lists no folder again", async () => {
		const vault = join(root, "vault");
		const remembered = new Map<string, readonly string[]>();
		await new FolderSnapshots(vault, { rememberListing: (dir, names) => remembered.set(dir, names) }).snapshot("keywords");
		expect([...(remembered.get(join(vault, "keywords", "broad")) ?? [])].sort()).toEqual(["Graphs.md", "Large Language Models.md"]);
		expect(remembered.get(vault)).toEqual(expect.arrayContaining(["papers", "keywords"]));
	});

	it("rebuilds a damaged index", async () => {
		const vault = join(root, "vault");
		await new FolderSnapshots(vault).snapshot("keywords");
		mkdirSync(join(vault, ".obsidian", "plugins", "arxiv-atlas"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "arxiv-atlas", "property-index.json"), "{ not json");
		const again = new FolderSnapshots(vault);
		expect(plain(await again.snapshot("keywords"))).toEqual(plain(await readVaultSnapshot(new FolderVault(vault, { lock: false }), "keywords")));
		expect(again.stats.parsed).toBe(22);
	});
});
