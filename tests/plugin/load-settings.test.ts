import { describe, expect, it } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { loadSettings, settingsPath } from "../../src/obsidian/load-settings";
import { createHost, DEFAULT_MANIFEST, findSetting, notices, typeInto, type Host } from "../host";

const DATA = ".obsidian/plugins/arxiv-atlas/data.json";
const MALFORMED = '{\n  "papersFolder": "Library/arXiv",\n  "dailyNote": false,\n}\n';

async function writeData(host: Host, text: string): Promise<void> {
	const adapter = host.app.vault.adapter;
	if (!(await adapter.exists(".obsidian/plugins/arxiv-atlas"))) await adapter.mkdir(".obsidian/plugins/arxiv-atlas");
	await adapter.write(DATA, text);
}

const pluginLike = (host: Host): Parameters<typeof loadSettings>[0] => ({ app: host.app, manifest: { ...DEFAULT_MANIFEST, dir: ".obsidian/plugins/arxiv-atlas" } });

describe("loadSettings", () => {
	it("finds data.json where loadData does", () => {
		const host = createHost();
		expect(settingsPath(pluginLike(host))).toBe(DATA);
		expect(settingsPath({ app: host.app, manifest: { ...DEFAULT_MANIFEST, dir: undefined } })).toBe(DATA);
	});

	it("gives the defaults, quietly, when there is no data.json, and says it is the first run", async () => {
		const host = createHost();
		expect(await loadSettings(pluginLike(host))).toEqual({ settings: expect.objectContaining({ papersFolder: DEFAULT_SETTINGS.papersFolder }) as unknown, firstRun: true });
	});

	it("reads saved settings", async () => {
		const host = createHost({ pluginData: { "arxiv-atlas": { papersFolder: "Library/arXiv" } } });
		const loaded = await loadSettings(pluginLike(host));
		expect(loaded.problem).toBeUndefined();
		expect(loaded.settings.papersFolder).toBe("Library/arXiv");
	});

	it("gives the defaults and a problem naming the file and the parse error for a malformed file, leaving it alone", async () => {
		const host = createHost();
		await writeData(host, MALFORMED);
		const loaded = await loadSettings(pluginLike(host));
		expect(loaded.settings.papersFolder).toBe(DEFAULT_SETTINGS.papersFolder);
		expect(loaded.problem).toMatch(/^arXiv Atlas: its settings file \.obsidian\/plugins\/arxiv-atlas\/data\.json is not valid JSON \(.+\)\. The plugin runs on the default settings/);
		expect(loaded.problem).toContain(jsonError(MALFORMED));
		expect(await host.app.vault.adapter.read(DATA)).toBe(MALFORMED);
	});

	it.each([
		["[1, 2]", "holds a list, not an object of settings"],
		['"papers"', "holds a string, not an object of settings"],
		["null", "holds null, not an object of settings"],
	])("names a file that is JSON but not settings (%s)", async (text, what) => {
		const host = createHost();
		await writeData(host, text);
		expect((await loadSettings(pluginLike(host))).problem).toContain(`${DATA} ${what}`);
	});
});

function jsonError(text: string): string {
	try {
		JSON.parse(text);
	} catch (error) {
		return (error as Error).message;
	}
	return "";
}

describe("the plugin with a malformed data.json", () => {
	it("loads on the defaults, says which file and what is wrong, and leaves the file alone until a setting changes", async () => {
		const host = createHost();
		await writeData(host, MALFORMED);
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.settle();

		const notice = notices().find((n) => n.message.includes(DATA));
		expect(notice?.message).toContain(`is not valid JSON (${jsonError(MALFORMED)})`);
		expect(notice?.duration).toBe(0);
		expect(await host.app.vault.adapter.read(DATA)).toBe(MALFORMED);
		expect(host.commandIds()).toContain("arxiv-atlas:import-paper");

		const tab = host.openSettingTab();
		const papers = findSetting(tab, "Paper notes").querySelector("input");
		if (!papers) throw new Error("no Paper notes field");
		expect(papers.value).toBe(DEFAULT_SETTINGS.papersFolder);
		expect(await host.app.vault.adapter.read(DATA)).toBe(MALFORMED);

		typeInto(papers, "Library/arXiv");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ papersFolder: "Library/arXiv", dailyNote: DEFAULT_SETTINGS.dailyNote });
	});
});
