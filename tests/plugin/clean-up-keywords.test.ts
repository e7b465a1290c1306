import { describe, expect, it } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { click, createHost, findButton, notices, openModals, topModal } from "../host";
import { paperNote } from "./view-fixtures";

const QI = "keywords/broad/Quantum Information";
const QIS = "keywords/specific/Quantum Information Science";
const SCIENCE = "keywords/broad/Science";
const list = (category: string, name: string, lines: string[]): string => `---\ncategory: "${category}"\naliases: []\ntags:\n  - "keyword"\n---\n\n# ${name}\n\n## Papers\n\n${lines.join("\n")}\n`;

describe("Clean up keywords", () => {
	it("lists merges and removals for review, and applies only what is ticked: papers relinked, nothing lost", async () => {
		const host = createHost({
			files: {
				"papers/A.md": paperNote("2401.00001", "A", "2024-01-01", [QI]),
				"papers/B.md": paperNote("2401.00002", "B", "2024-01-02", [QI]),
				// C is touched by both changes: the merge rewrites its keywords, then the removal must build on that.
				"papers/C.md": paperNote("2401.00003", "C", "2024-01-03", [QIS, SCIENCE]),
				[`${QI}.md`]: list("broad", "Quantum Information", ["- [[papers/A|A]] · arXiv:2401.00001", "- [[papers/B|B]] · arXiv:2401.00002"]),
				[`${QIS}.md`]: list("specific", "Quantum Information Science", ["- [[papers/C|C]] · arXiv:2401.00003"]),
				[`${SCIENCE}.md`]: list("broad", "Science", ["- [[papers/C|C]] · arXiv:2401.00003"]),
			},
		});
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.settle();
		await host.runCommand("arxiv-atlas:clean-up-keywords");
		const modal = topModal();
		expect(modal.titleEl.textContent).toBe("Clean up keywords");
		const names = [...modal.contentEl.querySelectorAll(".setting-item-name")].map((e) => e.textContent);
		expect(names).toEqual(["Merge", "Quantum Information Science → Quantum Information", "Remove", "Science", ""]);
		expect(host.listFiles("keywords")).toHaveLength(3); // nothing changed yet
		click(findButton(modal.contentEl, "Apply 2 changes"));
		await host.settle();
		expect(openModals()).toHaveLength(0);
		expect(host.listFiles("keywords")).toEqual([`${QI}.md`]);
		// C now links the kept concept (and no longer Science), which lists it and remembers the merged name.
		expect(host.frontmatter("papers/C.md")?.["keywords"]).toEqual(["[[Quantum Information|Quantum Information]]"]);
		expect(host.frontmatter("papers/C.md")?.["arxiv_id"]).toBe("2401.00003");
		expect(host.readFile(`${QI}.md`)).toContain("arXiv:2401.00003");
		expect(host.frontmatter(`${QI}.md`)?.["aliases"]).toEqual(["Quantum Information Science"]);
		expect(notices().at(-1)?.message).toMatch(/1 merged, 1 removed/);
	});

	it("leaves what the user unticks", async () => {
		const host = createHost({
			files: {
				"papers/B.md": paperNote("2401.00002", "B", "2024-01-02", [QI, SCIENCE]),
				[`${QI}.md`]: list("broad", "Quantum Information", ["- [[papers/B|B]] · arXiv:2401.00002"]),
				[`${SCIENCE}.md`]: list("broad", "Science", ["- [[papers/B|B]] · arXiv:2401.00002"]),
			},
		});
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.settle();
		await host.runCommand("arxiv-atlas:clean-up-keywords");
		const toggles = topModal().contentEl.querySelectorAll<HTMLElement>(".checkbox-container");
		expect(toggles).toHaveLength(1);
		click(toggles[0]!);
		const apply = findButton(topModal().contentEl, "Apply 0 changes");
		expect(apply.disabled).toBe(true);
		topModal().close();
		await host.settle();
		expect(host.listFiles("keywords")).toHaveLength(2);
		expect(host.readFile("papers/B.md")).toContain("Science");
	});

	it("says so when there is nothing to clean up", async () => {
		const host = createHost({ files: { "papers/A.md": paperNote("2401.00001", "A", "2024-01-01", [QI]), [`${QI}.md`]: list("broad", "Quantum Information", ["- [[papers/A|A]] · arXiv:2401.00001"]) } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.settle();
		await host.runCommand("arxiv-atlas:clean-up-keywords");
		expect(openModals()).toHaveLength(0);
		expect(notices().at(-1)?.message).toMatch(/Nothing to clean up/);
	});
});
