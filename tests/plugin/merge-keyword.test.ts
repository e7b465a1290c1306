import { describe, expect, it } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { KeywordMerger } from "../../src/obsidian/merge-keyword";
import { createHost } from "../host";

const paper = (id: string, keywordLinks: string[]): string =>
	`---\narxiv_id: "${id}"\nkeywords:\n${keywordLinks.map((l) => `  - "${l}"`).join("\n")}\n---\n\n**Links**: ${keywordLinks.join(" ")}\n\nMy text mentions [[keywords/unique/LLMs|the acronym]].\n`;

const files = {
	"papers/A.md": paper("2401.00001", ["[[keywords/unique/LLMs|LLMs]]", "[[keywords/broad/Healthcare|Healthcare]]"]),
	"papers/B.md": paper("2401.00002", ["[[keywords/unique/LLMs|LLMs]]", "[[keywords/broad/Large Language Models|Large Language Models]]"]),
	"keywords/unique/LLMs.md": '---\ncategory: "unique"\naliases:\n  - "LLM"\n---\n# LLMs\n\n## Papers\n\n- [[papers/A|A]] · arXiv:2401.00001\n- [[papers/B|B]] · arXiv:2401.00002\n',
	"keywords/broad/Large Language Models.md": '---\ncategory: "broad"\naliases: []\n---\n# Large Language Models\n\n## Papers\n\n- [[papers/B|B]] · arXiv:2401.00002\n',
	"keywords/broad/Healthcare.md": "# Healthcare\n",
	"Unrelated.md": "Links to [[keywords/broad/Healthcare]] only.\n",
};

describe("Merge keyword into…", () => {
	it("is a command", async () => {
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		expect(host.commandIds()).toContain("arxiv-atlas:merge-keyword");
	});

	it("relinks every paper, moves the papers and the name to the target, trashes the source, and changes nothing else", async () => {
		const host = createHost({ files });
		const unrelated = host.readFile("Unrelated.md");
		const healthcare = host.readFile("keywords/broad/Healthcare.md");
		const vault = host.app.vault;
		const source = vault.getFileByPath("keywords/unique/LLMs.md");
		const target = vault.getFileByPath("keywords/broad/Large Language Models.md");
		if (!source || !target) throw new Error("fixture missing");

		const relinked = await new KeywordMerger(host.app).merge(source, target);
		await host.settle();

		expect(relinked).toBe(2);
		expect(host.hasFile("keywords/unique/LLMs.md")).toBe(false);
		for (const p of ["papers/A.md", "papers/B.md"]) {
			const text = host.readFile(p);
			expect(text).not.toContain("keywords/unique/LLMs");
			expect(text).toContain("[[Large Language Models|the acronym]]");
		}
		// B linked both: its property list names the concept once.
		expect(host.frontmatter("papers/B.md")?.["keywords"]).toEqual(["[[Large Language Models|Large Language Models]]"]);
		expect(host.frontmatter("papers/A.md")?.["keywords"]).toEqual(["[[Large Language Models|Large Language Models]]", "[[keywords/broad/Healthcare|Healthcare]]"]);
		const targetText = host.readFile("keywords/broad/Large Language Models.md");
		expect(targetText.split("arXiv:2401.00002")).toHaveLength(2);
		expect(targetText).toContain("arXiv:2401.00001");
		expect(host.frontmatter("keywords/broad/Large Language Models.md")?.["aliases"]).toEqual(["LLMs", "LLM"]);
		expect(host.readFile("Unrelated.md")).toBe(unrelated);
		expect(host.readFile("keywords/broad/Healthcare.md")).toBe(healthcare);
	});

	it("refuses to merge a keyword into itself", async () => {
		const host = createHost({ files });
		const source = host.app.vault.getFileByPath("keywords/unique/LLMs.md");
		if (!source) throw new Error("fixture missing");
		await expect(new KeywordMerger(host.app).merge(source, source)).rejects.toThrow(/into itself/);
		expect(host.hasFile("keywords/unique/LLMs.md")).toBe(true);
	});
});
