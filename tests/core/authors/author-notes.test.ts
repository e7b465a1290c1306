import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Importer } from "../../../src/core/importer";
import { DEFAULT_LAYOUT_SETTINGS } from "../../../src/core/layout/layout-settings";
import type { AtlasSettings } from "../../../src/core/settings";
import { defaultTemplate } from "../../../src/core/template/default-template";
import { MemoryVault } from "../../support/memory-vault";
import { deps, FakeArxiv, paper, settings } from "../../support/fakes";

function frontmatterOf(text: string): Record<string, unknown> {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
	return (m ? parse(m[1] ?? "") : {}) as Record<string, unknown>;
}

const on = (change: Partial<AtlasSettings["layout"]> = {}): AtlasSettings => settings({ layout: { ...DEFAULT_LAYOUT_SETTINGS, authorNotes: true, ...change } });
const papersIn = (vault: MemoryVault): string[] => [...vault.files.keys()].filter((p) => p.startsWith("papers/")).sort();
const count = (text: string | undefined, key: string): number => (text ?? "").split(key).length - 1;

describe("author notes", () => {
	it("are off by default: authors stay plain text and no author note is made", async () => {
		const vault = new MemoryVault();
		await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010" })]))).importText("2401.00010", settings());
		expect([...vault.files.keys()].some((p) => p.startsWith("authors/"))).toBe(false);
		const text = vault.files.get(papersIn(vault)[0] ?? "") ?? "";
		expect(text).toContain("**Authors:** Ada Lovelace, Alan Turing");
		expect(frontmatterOf(text)["author_links"]).toBeUndefined();
	});

	it("link each author to a note listing the paper; `authors` stays plain names and `author_links` holds the links", async () => {
		const vault = new MemoryVault();
		const summary = await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010" })]))).importText("2401.00010", on());
		expect(summary.created).toEqual(expect.arrayContaining(["authors/Ada Lovelace.md", "authors/Alan Turing.md"]));
		const path = papersIn(vault)[0] ?? "";
		const text = vault.files.get(path) ?? "";
		const fm = frontmatterOf(text);
		expect(fm["authors"]).toEqual(["Ada Lovelace", "Alan Turing"]);
		expect(fm["author_links"]).toEqual(["[[authors/Ada Lovelace|Ada Lovelace]]", "[[authors/Alan Turing|Alan Turing]]"]);
		expect(text).toContain("**Authors:** [[authors/Ada Lovelace|Ada Lovelace]], [[authors/Alan Turing|Alan Turing]]");
		const note = vault.files.get("authors/Ada Lovelace.md") ?? "";
		expect(frontmatterOf(note)).toMatchObject({ tags: ["author"] });
		expect(note).toContain("# Ada Lovelace\n\n## Papers\n\n- [[papers/A Study of Graph Neural Networks for Molecular Property Prediction|");
		expect(note).toContain("· arXiv:2401.00010");
	});

	it("list every paper of an author once, however often it is imported", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv([
			paper({ id: "2401.00010", title: "First Paper", authors: ["Ada Lovelace", "Alan Turing"] }),
			paper({ id: "2401.00020", title: "Second Paper", authors: ["Grace Hopper", "ada lovelace"] }),
		]);
		const importer = new Importer(deps(vault, arxiv));
		await importer.importText("2401.00010", on());
		await importer.importText("2401.00010 2401.00020", on());
		await importer.importText("2401.00020", on());
		const ada = vault.files.get("authors/Ada Lovelace.md");
		expect(count(ada, "arXiv:2401.00010")).toBe(1);
		expect(count(ada, "arXiv:2401.00020")).toBe(1);
		// "ada lovelace" is the same name in another case: one note, linked with the paper's spelling.
		expect([...vault.files.keys()].filter((p) => p.toLowerCase() === "authors/ada lovelace.md")).toHaveLength(1);
		const second = vault.files.get("papers/Second Paper.md") ?? "";
		expect(second).toContain("[[authors/Ada Lovelace|ada lovelace]]");
		expect(count(vault.files.get("authors/Alan Turing.md"), "arXiv:")).toBe(1);
		expect(count(vault.files.get("authors/Grace Hopper.md"), "arXiv:")).toBe(1);
	});

	it("keep the user's text in an author note and link an existing note by its aliases (after a merge)", async () => {
		const mine = '---\naliases:\n  - "A. Lovelace"\ntags: [author]\n---\n# Ada Lovelace\n\nMy notes on her work.\n\n## Papers\n\n- [[Old paper]] · arXiv:1999.00001\n';
		const vault = new MemoryVault({ "people/Ada Lovelace.md": mine });
		await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010", authors: ["A. Lovelace"] })]))).importText("2401.00010", on({ authorsFolder: "people" }));
		const note = vault.files.get("people/Ada Lovelace.md") ?? "";
		expect(note.startsWith(mine.trimEnd())).toBe(true);
		expect(note).toContain("arXiv:2401.00010");
		expect([...vault.files.keys()].filter((p) => p.startsWith("people/"))).toEqual(["people/Ada Lovelace.md"]);
		expect(vault.files.get(papersIn(vault)[0] ?? "")).toContain("[[people/Ada Lovelace|A. Lovelace]]");
	});

	it("make names safe like keyword names, and never take over a note that is not an author note", async () => {
		const vault = new MemoryVault({ "authors/Alan Turing.md": '---\narxiv_id: "1950.00001"\n---\nA paper note filed here.\n' });
		const hostile = 'J. "Bob" O\'Neil/Smith [[x]] #y';
		await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010", authors: [hostile, "Alan Turing"] })]))).importText("2401.00010", on());
		const authors = [...vault.files.keys()].filter((p) => p.startsWith("authors/")).sort();
		expect(authors).toEqual(["authors/Alan Turing (author).md", "authors/Alan Turing.md", "authors/J. Bob O'Neil Smith x y.md"]);
		expect(vault.files.get("authors/Alan Turing.md")).toBe('---\narxiv_id: "1950.00001"\n---\nA paper note filed here.\n');
		const note = vault.files.get("authors/J. Bob O'Neil Smith x y.md") ?? "";
		expect(note).toContain("# J. \"Bob\" O'Neil/Smith \\[\\[x\\]\\] \\#y");
		const fm = frontmatterOf(vault.files.get(papersIn(vault)[0] ?? "") ?? "");
		expect(fm["authors"]).toEqual([hostile, "Alan Turing"]);
		expect(fm["author_links"]).toEqual(["[[authors/J. Bob O'Neil Smith x y|J. \"Bob\" O'Neil/Smith ((x)) y]]", "[[authors/Alan Turing (author)|Alan Turing]]"]);
	});

	it("refuse an authors folder outside the vault before fetching", async () => {
		const vault = new MemoryVault();
		const arxiv = new FakeArxiv([paper({ id: "2401.00010" })]);
		const summary = await new Importer(deps(vault, arxiv)).importText("2401.00010", on({ authorsFolder: "../out" }));
		expect(summary.failed[0]?.reason).toMatch(/not a folder inside the vault/);
		expect(vault.writes).toBe(0);
	});

	it("are available to a template as {{author_links}}", async () => {
		const vault = new MemoryVault({ "t.md": "By {{author_links}}." });
		await new Importer(deps(vault, new FakeArxiv([paper({ id: "2401.00010" })]))).importText("2401.00010", on({ templatePath: "t" }));
		expect(vault.files.get(papersIn(vault)[0] ?? "")).toContain("By [[authors/Ada Lovelace|Ada Lovelace]], [[authors/Alan Turing|Alan Turing]].");
	});

	it("the built-in layout as a template links the authors like the built-in note", async () => {
		const viaTemplate = new MemoryVault({ "t.md": defaultTemplate("en") });
		await new Importer(deps(viaTemplate, new FakeArxiv([paper({ id: "2401.00010" })]))).importText("2401.00010", on({ templatePath: "t.md" }));
		const builtIn = new MemoryVault();
		await new Importer(deps(builtIn, new FakeArxiv([paper({ id: "2401.00010" })]))).importText("2401.00010", on());
		const path = papersIn(builtIn)[0] ?? "";
		expect(viaTemplate.files.get(path)).toBe(builtIn.files.get(path));
		expect(builtIn.files.get(path)).toContain("[[authors/Ada Lovelace|Ada Lovelace]]");
	});
});
