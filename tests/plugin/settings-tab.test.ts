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

describe("the settings tab in Obsidian's settings search", () => {
	const data = { pluginData: { "arxiv-atlas": { enrich: { provider: "openai-compatible" }, layout: { authorNotes: true } } } };
	const drawn = (tab: HTMLElement): { headings: string[]; names: string[] } => ({
		headings: [...tab.querySelectorAll(".setting-item-heading .setting-item-name")].map((h) => h.textContent ?? ""),
		names: [...tab.querySelectorAll(".setting-item:not(.setting-item-heading) > .setting-item-info > .setting-item-name")].map((h) => h.textContent ?? ""),
	});

	it("on 1.13+, finds every row the tab shows, under its section, and the app draws the same rows as older versions do", async () => {
		const host = createHost(data);
		await host.loadPlugin(ArxivAtlasPlugin);
		const searchable = host.searchableSettings();
		const newer = drawn(host.openSettingTab());
		expect(searchable.map((r) => r.name)).toEqual(newer.names);
		expect([...new Set(searchable.map((r) => r.heading))]).toEqual(newer.headings);
		expect(searchable.find((r) => r.name === "Take today's listing at")).toMatchObject({ heading: "Listings", desc: expect.stringMatching(/^A time of day/) });
		expect(searchable.find((r) => r.name === "Model")?.heading).toBe("Language model");
		host.closeSettingTab();

		const old = createHost({ ...data, apiVersion: "1.12.7" });
		await old.loadPlugin(ArxivAtlasPlugin);
		expect(old.searchableSettings()).toEqual([]);
		expect(drawn(old.openSettingTab())).toEqual(newer);
	});

	it.each(["1.13.1", "1.12.7"])("on %s, draws the rows a choice brings and takes away those it removes", async (apiVersion) => {
		const host = createHost({ apiVersion });
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		expect(() => findSetting(tab, "Model")).toThrow();
		changeValue(findSetting(tab, "Provider").querySelector("select") as HTMLSelectElement, "openai-compatible");
		await host.settle();
		expect(findSetting(tab, "Model")).toBeTruthy();
		expect(host.searchableSettings().some((r) => r.name === "Model")).toBe(apiVersion === "1.13.1");

		click(findSetting(tab, "Create author notes").querySelector(".checkbox-container") as HTMLElement);
		await host.settle();
		expect(findSetting(tab, "Author notes folder")).toBeTruthy();
		changeValue(findSetting(tab, "Provider").querySelector("select") as HTMLSelectElement, "none");
		await host.settle();
		expect(() => findSetting(tab, "Model")).toThrow();
		// Each row once: drawing again replaced the rows, it did not add to them.
		expect(tab.querySelectorAll(".setting-item-heading").length).toBe(7);
	});
});
