import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { defaultTemplate } from "../../src/core/template/default-template";
import { click, createHost, findButton, findSetting, notices, openModals, requests, setRequestHandler, topModal, typeInto } from "../host";
import { ATOM_1601, pasteAndImport, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const PAPER = "papers/Inelastic effects in molecular transport junctions The probe technique at high bias.md";
const TEMPLATE = "templates/Paper.md";
const withTemplate = (templatePath = TEMPLATE): Record<string, unknown> => ({ "arxiv-atlas": { layout: { templatePath } } });
const BROKEN = "---\ntags: [template]\n---\n# {{titel}}\n\n{{abstract}}\n";
const CUSTOM = "---\ntags: [template]\n---\n# {{title}}\n\n*{{authors}}* ({{year}})\n\n{{abstract}}\n";

function managed(text: string): string {
	return text.slice(text.indexOf("%% arxiv-atlas: begin"), text.indexOf("%% arxiv-atlas: end"));
}

describe("a template note with a mistake", () => {
	it("is shown with its line and fix before anything is fetched or written; cancelling writes nothing", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { [TEMPLATE]: BROKEN }, pluginData: withTemplate() });
		await host.loadPlugin(ArxivAtlasPlugin);
		const files = host.listFiles();
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await host.settle();

		const message = 'The template note "templates/Paper.md" has a mistake: unknown variable {{titel}} on line 4: did you mean {{title}}?';
		expect(notices().map((n) => n.message)).toContain(message);
		const modal = topModal();
		expect(modal.titleEl.textContent).toBe("The template note cannot be used");
		expect(modal.contentEl.textContent).toContain(message);
		expect(requests()).toEqual([]);
		expect(host.listFiles()).toEqual(files);

		click(findButton(modal.contentEl, "Cancel import"));
		await vi.advanceTimersByTimeAsync(20_000);
		await host.settle();
		expect(openModals()).toHaveLength(0);
		expect(requests()).toEqual([]);
		expect(host.listFiles()).toEqual(files);
		expect(notices().some((n) => n.message.startsWith("arXiv import:"))).toBe(false);
		expect(host.readFile(TEMPLATE)).toBe(BROKEN);
	});

	it("uses the built-in layout only when the user chooses it, for that import only", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { [TEMPLATE]: BROKEN }, pluginData: withTemplate() });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await host.settle();
		click(findButton(topModal().contentEl, "Use the built-in layout this time"));
		const summary = await untilSummary(host);
		expect(summary).toMatch(/0 failed/);
		expect(host.readFile(PAPER)).toContain("## 📄 Abstract");
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ layout: { templatePath: TEMPLATE } });

		// The next import asks again.
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await host.settle();
		expect(topModal().titleEl.textContent).toBe("The template note cannot be used");
		expect(requests()).toHaveLength(1);
	});

	it("is asked about before a list of IDs is fetched too; cancelling writes nothing", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { [TEMPLATE]: BROKEN }, pluginData: withTemplate() });
		await host.loadPlugin(ArxivAtlasPlugin);
		const files = host.listFiles();
		await host.runCommand("arxiv-atlas:import-id-list");
		typeInto(topModal().contentEl.querySelector("textarea")!, "1601.00001");
		click(findButton(topModal().contentEl, "Import"));
		await host.settle();
		expect(topModal().titleEl.textContent).toBe("The template note cannot be used");
		expect(requests()).toEqual([]);
		click(findButton(topModal().contentEl, "Cancel import"));
		await vi.advanceTimersByTimeAsync(20_000);
		await host.settle();
		expect(requests()).toEqual([]);
		expect(host.listFiles()).toEqual(files);
		expect(notices().some((n) => n.message.startsWith("arXiv import:"))).toBe(false);
	});

	it("a missing template note is reported the same way", async () => {
		const host = createHost({ pluginData: withTemplate("templates/Gone") });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await host.settle();
		expect(topModal().contentEl.textContent).toContain('The template note "templates/Gone.md" does not exist: create it with "Create template note" in the settings');
		expect(requests()).toEqual([]);
		expect(host.listFiles()).toEqual([]);
	});
});

describe("a custom template", () => {
	it("lays out the paper note, and a re-import keeps the user's text and properties", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { [TEMPLATE]: CUSTOM }, pluginData: withTemplate(), metadataCache: "deferred" });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		const first = host.readFile(PAPER);
		expect(managed(first)).toContain("*Michael Kilgour, Dvira Segal* (2015)");
		expect(managed(first)).not.toContain("## ");
		expect(host.frontmatter(PAPER)).toMatchObject({ arxiv_id: "1601.00001" });

		const mine = "\n## My notes\n\nCompare with the probe technique. [[Related idea]]\n";
		const file = host.app.vault.getFileByPath(PAPER);
		if (!file) throw new Error("no paper note");
		await host.app.vault.process(file, (t) => t + mine);
		await host.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			fm["rating"] = 4;
		});
		await host.settle();

		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		expect(await untilSummary(host)).toMatch(/0 new papers, 1 updated, 0 failed/);
		const again = host.readFile(PAPER);
		expect(again.endsWith(mine)).toBe(true);
		expect(managed(again)).toBe(managed(first));
		expect(host.frontmatter(PAPER)).toMatchObject({ rating: 4, arxiv_id: "1601.00001" });
	});
});

describe("the template settings", () => {
	it("create the template note from the built-in layout, never overwrite one, and list the variables", async () => {
		const host = createHost({ pluginData: { "arxiv-atlas": { noteLanguage: "ko" } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		let tab = host.openSettingTab();
		// The variables open in a modal, not inline in the settings.
		expect(tab.textContent).not.toContain("{{title_translated}}");
		click(findButton(findSetting(tab, "Template variables"), "Show variables"));
		const variables = topModal().contentEl;
		expect(variables.textContent).toContain("{{title_translated}}");
		expect(variables.textContent).toContain("{{author_links}}");
		topModal().close();
		const path = findSetting(tab, "Template note").querySelector("input");
		if (!path) throw new Error("no text box");
		typeInto(path, "My templates/arXiv");
		click(findButton(findSetting(tab, "Create template note"), "Create template note"));
		await host.settle();
		expect(host.readFile("My templates/arXiv.md")).toBe(defaultTemplate("ko"));
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ layout: { templatePath: "My templates/arXiv.md" } });

		await host.writeFile("My templates/arXiv.md", "mine");
		tab = host.openSettingTab();
		click(findButton(findSetting(tab, "Create template note"), "Create template note"));
		await host.settle();
		expect(host.readFile("My templates/arXiv.md")).toBe("mine");
		expect(notices().at(-1)?.message).toBe('"My templates/arXiv.md" already exists: nothing was overwritten. Choose another path to create a new template note.');
	});
});
