import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { changeValue, createHost, findButton, findSetting, notices, requests, setRequestHandler, topModal, typeInto } from "../host";
import { ATOM_1601, ATOM_SCIENCE, pasteAndImport, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const PAPER = "papers/Inelastic effects in molecular transport junctions The probe technique at high bias.md";

describe("the Import arXiv papers command", () => {
	it("is a command and a ribbon action, with no default hotkey", async () => {
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		expect(host.commandIds()).toContain("arxiv-atlas:import-paper");
		expect(host.ribbonIcons().map((r) => r.title)).toContain("Import arXiv papers");
		host.clickRibbonIcon("Import arXiv papers");
		expect(topModal().titleEl.textContent).toBe("Import arXiv papers");
	});

	it("lists what it cannot read, with the reason, before fetching anything", async () => {
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		const modal = topModal();
		const input = modal.contentEl.querySelector("textarea");
		if (!input) throw new Error("no text box");
		typeInto(input, "2502.1587 hep-th/99 1601.00001");
		const text = modal.contentEl.textContent ?? "";
		expect(text).toContain("1 paper: 1601.00001");
		expect(text).toMatch(/2502\.1587: .*5 digits/);
		expect(text).toMatch(/hep-th\/99: .*7 digits/);
		expect(requests()).toEqual([]);
		// Every word that is not an ID is listed too, and the button counts what will be fetched.
		typeInto(input, "see 2502.15871 foo/bar attention");
		const listed = [...modal.contentEl.querySelectorAll(".arxiv-atlas-import-rejected li")].map((li) => li.textContent ?? "");
		expect(listed.map((l) => l.split(":")[0])).toEqual(["foo/bar"]);
		expect(modal.contentEl.querySelector(".arxiv-atlas-import-ignored")?.textContent).toBe("Not identifiers, left out: see, attention");
		expect(findButton(modal.contentEl, /^Import/).textContent).toBe("Import 1 paper");
		typeInto(input, "");
		expect(findButton(modal.contentEl, /^Import/).disabled).toBe(true);
	});

	it("fetches the paste in one request, writes the notes, shows progress and a summary, and opens the note", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("https://arxiv.org/pdf/1601.00001v1.pdf");
		const summary = await untilSummary(host);

		expect(requests()).toHaveLength(1);
		expect(requests()[0]?.url).toMatch(/^https:\/\/export\.arxiv\.org\/api\/query\?id_list=1601\.00001/);
		const steps = notices().flatMap((n) => n.messages);
		expect(steps).toContain("Fetching 1 paper from arXiv…");
		expect(steps).toContain("Writing 1 of 1…");
		expect(summary).toMatch(/1 new paper, 0 updated, 0 failed/);
		// The keyword, category and daily notes are counted apart from the paper.
		const others = host.listFiles("").filter((p) => p.endsWith(".md") && p !== PAPER).length;
		expect(summary).toContain(`Keyword, category and other notes: ${others} created.`);

		expect(host.hasFile(PAPER)).toBe(true);
		expect(host.frontmatter(PAPER)).toMatchObject({ arxiv_id: "1601.00001", doi: "10.1063/1.4944470", authors: ["Michael Kilgour", "Dvira Segal"] });
		expect(host.readFile("categories/cond-mat.mes-hall.md")).toContain("Mesoscale and Nanoscale Physics");
		expect(host.listFiles("keywords").length).toBeGreaterThanOrEqual(3);
		const d = new Date();
		const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
		expect(host.readFile(`daily/${today}.md`)).toContain("arXiv:1601.00001");
		expect(host.openedFiles()).toEqual([PAPER]);
	});

	it("writes links the way the vault is set up (Markdown links)", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ links: { useMarkdownLinks: true, newLinkFormat: "absolute" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		expect(host.readFile(PAPER)).toMatch(/> \*\*Imported:\*\* \[\d{4}-\d{2}-\d{2}\]\(daily\/\d{4}-\d{2}-\d{2}\.md\)\n/);
		expect(host.readFile(PAPER)).toMatch(/> \*\*🔗 Specific connectable:\*\* \[[^\]]+\]\(keywords\/specific\/[^)]+\.md\)/);
		expect(host.readFile("categories/cond-mat.mes-hall.md")).toContain("](papers/Inelastic%20effects");
	});

	it("keeps the user's text and properties when the paper is imported again", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ metadataCache: "deferred" });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);

		const mine = "\n## My notes\n\nThe probe technique is neat. [[Related idea]]\n";
		await host.app.vault.process(host.app.vault.getFileByPath(PAPER)!, (t) => t + mine);
		await host.app.fileManager.processFrontMatter(host.app.vault.getFileByPath(PAPER)!, (fm: Record<string, unknown>) => {
			fm["rating"] = 5;
		});
		await host.settle();
		const files = host.listFiles();

		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		const summary = await untilSummary(host);
		expect(summary).toMatch(/0 new papers, 1 updated, 0 failed/);
		expect(host.readFile(PAPER).endsWith(mine)).toBe(true);
		expect(host.frontmatter(PAPER)).toMatchObject({ rating: 5, arxiv_id: "1601.00001" });
		expect(host.listFiles()).toEqual(files);
		for (const path of files.filter((p) => !p.startsWith("papers/"))) {
			expect(host.readFile(path).split("arXiv:1601.00001").length - 1).toBeLessThanOrEqual(1);
		}
	});

	it("retries when arXiv is busy, then says clearly what happened and writes nothing", async () => {
		setRequestHandler(() => ({ status: 503, headers: { "Retry-After": "2" }, text: "busy" }));
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		const summary = await untilSummary(host);
		expect(requests().length).toBe(4);
		expect(summary).toMatch(/1601\.00001: arXiv is busy \(HTTP 503, 4 attempts\): try again/);
		expect(host.listFiles()).toEqual([]);
	});

	it.each(["net::ERR_NAME_NOT_RESOLVED", "net::ERR_CONNECTION_REFUSED", "net::ERR_INTERNET_DISCONNECTED"])("fails at once, without retrying, when arXiv cannot be reached (%s)", async (error) => {
		setRequestHandler(() => {
			throw new Error(error);
		});
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		const summary = await untilSummary(host);
		expect(requests()).toHaveLength(1);
		expect(summary).toMatch(/could not reach export\.arxiv\.org/);
	});

	it.each([
		["the network is down", (): never => {
			throw new Error("net::ERR_INTERNET_DISCONNECTED");
		}, /did not answer|could not reach/, true],
		["arXiv never answers", (): Promise<never> => new Promise<never>(() => undefined), /timeout|no answer/, false],
		["the XML is cut off", () => ({ status: 200, text: ATOM_1601.slice(0, 1200) }), /not valid XML/, true],
		["arXiv fails with HTTP 500", () => ({ status: 500, text: "oops" }), /HTTP 500/, true],
	])("when %s it says so and writes nothing", async (_case, handler, message, settle) => {
		setRequestHandler(handler);
		const host = createHost({ files: { "Mine.md": "keep\n" } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		const summary = await untilSummary(host, { settle });
		expect(summary).toMatch(/0 new papers, 0 updated, 1 failed/);
		expect(summary).toMatch(message);
		expect(host.listFiles()).toEqual(["Mine.md"]);
	});

	it("imports several papers in one request and reports an unknown one", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_SCIENCE }));
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1501.05039, 1503.01162\n2501.99999");
		const summary = await untilSummary(host);
		expect(requests()).toHaveLength(1);
		expect(summary).toMatch(/1 failed/);
		expect(summary).toContain("2501.99999: not found on arXiv: 2501.99999");
		expect(host.listFiles("papers")).toHaveLength(2);
	});
});

describe("the settings tab", () => {
	it("has sentence-case headings and saves a changed folder", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		const tab = host.openSettingTab();
		const headings = [...tab.querySelectorAll(".setting-item-heading .setting-item-name")].map((h) => h.textContent);
		// Six sections, as a user looks for them, in this order.
		expect(headings).toEqual(["Notes", "Keywords", "Listings", "Language model", "PDFs and citing", "From the browser", "Editor"]);
		// Sliders show their value (Obsidian 1.13 inline, formatted; older versions a label of ours).
		const perPaper = findSetting(tab, "Keywords per paper");
		const slider = perPaper.querySelector<HTMLInputElement>("input[type=range]");
		expect(perPaper.querySelector(".slider-value")?.textContent).toBe("8");
		changeValue(slider as HTMLInputElement, "12");
		expect(perPaper.querySelector(".slider-value")?.textContent).toBe("12");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ keywordsPerPaper: 12 });
		expect(tab.querySelector("h1, h2, h3")).toBeNull();

		const input = findSetting(tab, "Paper notes").querySelector("input");
		if (!input) throw new Error("no folder input");
		typeInto(input, "Library/arXiv");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ papersFolder: "Library/arXiv" });

		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		expect(host.listFiles("Library/arXiv")).toHaveLength(1);
	});
});
