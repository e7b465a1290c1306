import { describe, expect, it } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import type { CategoryPickerModal } from "../../src/obsidian/feed/category-picker";
import { changeValue, click, createHost, findButton, findSetting, topModal, typeInto } from "../host";

describe("the settings tab", () => {
	it("has one control for the translation: the language, or None", async () => {
		const host = createHost({ pluginData: { "arxiv-atlas": { enrich: { provider: "openai-compatible" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		expect(() => findSetting(tab, "Translation")).toThrow();
		const select = findSetting(tab, "Translate the title and abstract into").querySelector("select") as HTMLSelectElement;
		expect(select.value).toBe("none");
		changeValue(select, "Korean");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ enrich: { targetLanguage: "Korean", outputs: { translation: true } } });
		changeValue(select, "none");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ enrich: { targetLanguage: "none", outputs: { translation: false } } });
	});

	it("follows categories picked by name, tells cs.LG from stat.ML, and shows them as pills to remove", async () => {
		const host = createHost({ pluginData: { "arxiv-atlas": { feed: { categories: ["stat.ML"] } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		let tab = host.openSettingTab();
		click(findButton(findSetting(tab, "Followed categories"), "Add a category"));
		const picker = topModal().modal as CategoryPickerModal;
		const items = picker.getItems();
		// Only what arXiv announces in today, and not what is followed already.
		expect(items).toContain("cs.LG");
		expect(items).not.toContain("stat.ML");
		expect(items).not.toContain("cmp-lg");
		expect(picker.getItemText("cs.LG")).toBe("Computer Science › Machine Learning (cs.LG)");
		expect(picker.getItemText("hep-th")).toBe("High Energy Physics - Theory (hep-th)");
		picker.onChooseItem("cs.LG");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ feed: { categories: ["stat.ML", "cs.LG"] } });

		tab = host.openSettingTab();
		const pills = [...tab.querySelectorAll<HTMLElement>(".arxiv-atlas-category-pill")];
		expect(pills.map((p) => p.getAttribute("title"))).toEqual(["Statistics › Machine Learning (stat.ML)", "Computer Science › Machine Learning (cs.LG)"]);
		click(pills[0]?.querySelector("button") as HTMLElement);
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ feed: { categories: ["cs.LG"] } });
	});

	it("shows each slider's value and saves it", async () => {
		const host = createHost({ pluginData: { "arxiv-atlas": { enrich: { provider: "openai-compatible" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		const timeout = findSetting(tab, "Timeout");
		expect(timeout.querySelector(".slider-value")?.textContent).toMatch(/^\d+ s$/);
		changeValue(timeout.querySelector("input[type=range]") as HTMLInputElement, "90");
		expect(timeout.querySelector(".slider-value")?.textContent).toBe("90 s");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ enrich: { timeoutMs: 90_000 } });
		for (const name of ["Keywords per paper", "Requests at once", "Search results"]) expect(findSetting(tab, name).querySelector(".slider-value")?.textContent).toMatch(/^\d+$/);
	});
});

describe("folder settings", () => {
	it("suggest the vault's folders as the user types; picking one saves it", async () => {
		const host = createHost({ files: { "Library/arXiv/a.md": "", "Library/Reading/b.md": "", "Other/c.md": "" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		const input = findSetting(tab, "Paper notes").querySelector("input") as HTMLInputElement;
		typeInto(input, "libr");
		await host.settle();
		const items = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item")];
		expect(items().map((i) => i.textContent)).toEqual(["Library", "Library/arXiv", "Library/Reading"]);
		click(items()[1] as HTMLElement);
		await host.settle();
		expect(input.value).toBe("Library/arXiv");
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ papersFolder: "Library/arXiv" });
		expect(items()).toEqual([]);
	});
});
