import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { AuthorMerger } from "../../src/obsidian/author-notes";
import { click, createHost, findSetting, setRequestHandler } from "../host";
import { ATOM_1601, pasteAndImport, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const PAPER = "papers/Inelastic effects in molecular transport junctions The probe technique at high bias.md";
const on = { "arxiv-atlas": { layout: { authorNotes: true } } };

describe("author notes in Obsidian", () => {
	it("are created on import, list the paper once after a re-import, and keep `authors` plain", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ pluginData: on });
		await host.loadPlugin(ArxivAtlasPlugin);
		for (let i = 0; i < 2; i++) {
			await host.runCommand("arxiv-atlas:import-paper");
			pasteAndImport("1601.00001");
			await untilSummary(host);
		}
		expect(host.listFiles("authors")).toEqual(["authors/Dvira Segal.md", "authors/Michael Kilgour.md"]);
		for (const path of host.listFiles("authors")) expect(host.readFile(path).split("arXiv:1601.00001")).toHaveLength(2);
		expect(host.frontmatter(PAPER)).toMatchObject({
			authors: ["Michael Kilgour", "Dvira Segal"],
			author_links: ["[[Michael Kilgour|Michael Kilgour]]", "[[Dvira Segal|Dvira Segal]]"],
		});
		expect(host.readFile(PAPER)).toContain("**Authors:** [[Michael Kilgour|Michael Kilgour]], [[Dvira Segal|Dvira Segal]]");
		expect(host.app.metadataCache.resolvedLinks[PAPER]?.["authors/Michael Kilgour.md"]).toBeGreaterThan(0);
	});

	it("are a setting, off by default, with a folder", async () => {
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		const toggle = findSetting(tab, "Create author notes").querySelector(".checkbox-container");
		if (!toggle) throw new Error("no toggle");
		expect(toggle.classList.contains("is-enabled")).toBe(false);
		click(toggle);
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ layout: { authorNotes: true, authorsFolder: "authors" } });
		expect(() => findSetting(host.openSettingTab(), "Author notes folder")).not.toThrow();
	});
});

const paper = (id: string, authorLinks: string[]): string =>
	`---\narxiv_id: "${id}"\nauthors:\n${authorLinks.map((l) => `  - "${/\|([^\]]+)\]\]/.exec(l)?.[1] ?? ""}"`).join("\n")}\nauthor_links:\n${authorLinks.map((l) => `  - "${l}"`).join("\n")}\n---\n\n**Authors:** ${authorLinks.join(", ")}\n`;

const files = {
	"papers/A.md": paper("2401.00001", ["[[authors/A. Smith|A. Smith]]", "[[authors/Bo Li|Bo Li]]"]),
	"papers/B.md": paper("2401.00002", ["[[authors/Alice Smith|Alice Smith]]", "[[authors/A. Smith|A. Smith]]"]),
	"authors/A. Smith.md": '---\naliases: []\ntags:\n  - "author"\n---\n# A. Smith\n\n## Papers\n\n- [[papers/A|A]] · arXiv:2401.00001\n- [[papers/B|B]] · arXiv:2401.00002\n',
	"authors/Alice Smith.md": '---\naliases: []\ntags:\n  - "author"\n---\n# Alice Smith\n\nMet her at a conference.\n\n## Papers\n\n- [[papers/B|B]] · arXiv:2401.00002\n',
	"authors/Bo Li.md": "# Bo Li\n",
};

describe("Merge author into…", () => {
	it("is a command next to Merge keyword into…", async () => {
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		expect(host.commandIds()).toEqual(expect.arrayContaining(["arxiv-atlas:merge-keyword", "arxiv-atlas:merge-author"]));
	});

	it("relinks the papers (keeping the names they print), moves the papers and the name, and trashes the merged note", async () => {
		const host = createHost({ files });
		const bo = host.readFile("authors/Bo Li.md");
		const source = host.app.vault.getFileByPath("authors/A. Smith.md");
		const target = host.app.vault.getFileByPath("authors/Alice Smith.md");
		if (!source || !target) throw new Error("fixture missing");

		expect(await new AuthorMerger(host.app).merge(source, target)).toBe(2);
		await host.settle();
		expect(host.hasFile("authors/A. Smith.md")).toBe(false);
		expect(host.readFile("papers/A.md")).toContain("**Authors:** [[Alice Smith|A. Smith]], [[authors/Bo Li|Bo Li]]");
		expect(host.frontmatter("papers/A.md")).toMatchObject({ authors: ["A. Smith", "Bo Li"], author_links: ["[[Alice Smith|A. Smith]]", "[[authors/Bo Li|Bo Li]]"] });
		// B named the person twice: its property lists the kept note once.
		expect(host.frontmatter("papers/B.md")?.["author_links"]).toEqual(["[[authors/Alice Smith|Alice Smith]]"]);
		const kept = host.readFile("authors/Alice Smith.md");
		expect(kept).toContain("Met her at a conference.");
		expect(kept.split("arXiv:2401.00002")).toHaveLength(2);
		expect(kept).toContain("arXiv:2401.00001");
		expect(host.frontmatter("authors/Alice Smith.md")?.["aliases"]).toEqual(["A. Smith"]);
		expect(host.readFile("authors/Bo Li.md")).toBe(bo);
	});

	it("refuses to merge an author into itself", async () => {
		const host = createHost({ files });
		const source = host.app.vault.getFileByPath("authors/A. Smith.md");
		if (!source) throw new Error("fixture missing");
		await expect(new AuthorMerger(host.app).merge(source, source)).rejects.toThrow("An author cannot be merged into itself.");
	});
});
