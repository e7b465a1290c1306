import { describe, expect, it } from "vitest";
import { Importer } from "../../../src/core/importer";
import { parseTemplate } from "../../../src/core/template/parse";
import { MemoryVault } from "../../support/memory-vault";
import { deps, FakeArxiv, fixedClock, paper, settings } from "../../support/fakes";

describe("daily notes at the vault root", () => {
	it("a re-import keeps the paper in its daily note, even when the layout links keywords before the day", async () => {
		const p = paper({ id: "2401.00010" });
		const vault = new MemoryVault();
		const layout = parseTemplate("# {{title}}\n\n{{#keywords.links}}{{.}} {{/keywords.links}}\n\n{{daily_link}}\n");
		const s = settings({ dailyFolder: "" });
		await new Importer(deps(vault, new FakeArxiv([p]), fixedClock("2026-11-24T10:00:00"))).importPapers([p], s, { template: layout });
		await new Importer(deps(vault, new FakeArxiv([p]), fixedClock("2026-11-25T10:00:00"))).importPapers([p], s, { template: layout });
		expect(vault.files.get("2026-11-24.md")).toContain("arXiv:2401.00010");
		expect(vault.files.has("2026-11-25.md")).toBe(false);
		for (const [path, text] of vault.files) if (path.startsWith("keywords/")) expect(text).not.toContain("## arXiv papers");
	});
});
