/**
 * The page's host (bundled for the browser by scripts/build-browser-page.mjs): the in-memory
 * Obsidian app of tests/host, then the built main.js loaded as Obsidian loads it (CommonJS with
 * "obsidian" and CodeMirror provided). `window.atlas.open(files)` shows the keyword view in a
 * right sidebar.
 */
import * as codemirrorState from "@codemirror/state";
import * as codemirrorView from "@codemirror/view";
import type { App, Plugin, PluginManifest, View, WorkspaceLeaf } from "obsidian";
import { marked } from "marked";
import { setup } from "obsidian-test-mocks/setup";
import { parse as parseYaml } from "yaml";
import { createHost } from "../host/host";
import * as hostObsidian from "../host/obsidian";
import { setRequestHandler } from "../host/http";

setup();

type ModuleFactory = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void;
type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;

async function loadMainJs(): Promise<PluginClass> {
	const code = await (await fetch("main.js")).text();
	const provided: Record<string, unknown> = { obsidian: hostObsidian, "@codemirror/state": codemirrorState, "@codemirror/view": codemirrorView };
	const module: { exports: unknown } = { exports: {} };
	const factory = new Function("require", "module", "exports", code) as ModuleFactory;
	factory(
		(id) => {
			if (id in provided) return provided[id];
			throw new Error(`main.js requires "${id}", which Obsidian does not provide`);
		},
		module,
		module.exports,
	);
	return (module.exports as { default: PluginClass }).default;
}

async function open(files: Record<string, string>, activePath?: string): Promise<void> {
	const host = createHost({ files });
	const plugin = await host.loadPlugin(await loadMainJs());
	const factory = (plugin as unknown as { views__: Map<string, (leaf: WorkspaceLeaf) => View> }).views__.get("arxiv-atlas-keywords");
	const leaf = host.app.workspace.getRightLeaf(false);
	if (!factory || !leaf) throw new Error("no keyword view registered");
	if (activePath) {
		const file = host.app.vault.getFileByPath(activePath);
		if (file) await host.app.workspace.getLeaf(false).openFile(file);
	}
	const view = factory(leaf);
	await leaf.open(view);
	const sidebar = document.querySelector(".workspace-leaf-content");
	if (!sidebar) throw new Error("the page has no sidebar");
	sidebar.appendChild(view.containerEl);
	view.containerEl.addClass("view-content-holder");
	await (view as unknown as { onOpen(): Promise<void> }).onOpen();
	document.body.setAttribute("data-ready", "true");
}

/** Runs "Import today's arXiv listing" with `feed` as arXiv's answer: the preview opens over the page. */
async function listing(feed: string, files: Record<string, string>): Promise<void> {
	setRequestHandler(() => ({ status: 200, text: feed }));
	const host = createHost({ files, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG", "cs.AI", "cs.CL", "stat.ML"] } } } });
	await host.loadPlugin(await loadMainJs());
	await host.runCommand("arxiv-atlas:import-listing");
	for (let i = 0; i < 50 && !document.querySelector(".modal-container"); i++) await new Promise((resolve) => setTimeout(resolve, 20));
	document.body.setAttribute("data-ready", "true");
}

/** `[[target|alias]]` as a Markdown link marked as internal, as Obsidian shows it (the alias, or the note's name). */
function wikiToMarkdown(text: string): string {
	return text.replace(/\[\[([^|\]]+)(?:\|([^\]]+))?\]\]/g, (_m, target: string, alias?: string) => `[${alias ?? target.split("/").pop() ?? target}](#internal:${encodeURI(target)})`);
}

function internalLinkText(value: string): { text: string; internal: boolean } {
	const m = /^\[\[([^|\]]+)(?:\|([^\]]+))?\]\]$/.exec(value);
	return m ? { text: m[2] ?? m[1]?.split("/").pop() ?? value, internal: true } : { text: value, internal: false };
}

/**
 * A note as Obsidian's reading view shows it: the inline title, the Properties table (lists as
 * pills, links as internal links) and the body rendered from Markdown (`marked`), with comments
 * (`%% … %%`) hidden and wiki links shown by their alias. Only for pictures of what the plugin writes.
 */
function note(path: string, markdown: string): void {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
	const properties = (match ? parseYaml(match[1] ?? "") : {}) as Record<string, unknown>;
	const body = (match ? markdown.slice(match[0].length) : markdown).replace(/%%[\s\S]*?%%/g, "");
	const pane = document.body.createDiv({ cls: "markdown-reading-view" });
	const view = pane.createDiv({ cls: "markdown-preview-view markdown-rendered" });
	view.createDiv({ cls: "inline-title", text: path.split("/").pop()?.replace(/\.md$/, "") ?? path });
	const meta = view.createDiv({ cls: "metadata-container" });
	meta.createDiv({ cls: "metadata-properties-heading", text: "Properties" });
	for (const [key, value] of Object.entries(properties)) {
		const row = meta.createDiv({ cls: "metadata-property" });
		row.createDiv({ cls: "metadata-property-key", text: key });
		const cell = row.createDiv({ cls: "metadata-property-value" });
		const values = Array.isArray(value) ? value : [value];
		for (const v of values) {
			const { text, internal } = internalLinkText(v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
			cell.createSpan({ cls: Array.isArray(value) ? "multi-select-pill" : internal ? "internal-link" : "metadata-text", text });
		}
	}
	const rendered = view.createDiv();
	// Test page only: the Markdown comes from the project's own expected note.
	rendered.innerHTML = marked.parse(wikiToMarkdown(body), { async: false, breaks: true }); // Obsidian keeps single line breaks by default
	for (const a of Array.from(rendered.querySelectorAll<HTMLAnchorElement>("a"))) a.addClass(a.getAttribute("href")?.startsWith("#internal:") ? "internal-link" : "external-link");
	// A callout (`> [!info] Title`) as Obsidian shows it: a box with its title line, then its content.
	for (const quote of Array.from(rendered.querySelectorAll("blockquote"))) {
		const first = quote.querySelector("p");
		const type = /^\[!(\w+)\]/.exec(first?.textContent ?? "")?.[1];
		if (!first || type === undefined) continue;
		const callout = createDiv({ cls: "callout", attr: { "data-callout": type } });
		const title = callout.createDiv({ cls: "callout-title" });
		const content = callout.createDiv({ cls: "callout-content" });
		const line = content.createEl("p");
		let inTitle = true;
		for (const node of Array.from(first.childNodes)) {
			if (inTitle && node.nodeName === "BR") {
				inTitle = false;
				continue;
			}
			(inTitle ? title : line).appendChild(node);
		}
		title.firstChild?.replaceWith(document.createTextNode((title.firstChild?.textContent ?? "").replace(/^\[!\w+\]\s*/, "")));
		quote.replaceWith(callout);
	}
	document.querySelector(".mod-right-split")?.remove();
	document.body.setAttribute("data-ready", "true");
}

/** The plugin's settings tab, as Settings → arXiv Atlas shows it. */
async function settings(pluginData: Record<string, unknown>, files: Record<string, string> = {}): Promise<void> {
	const host = createHost({ files, pluginData: { "arxiv-atlas": pluginData } });
	await host.loadPlugin(await loadMainJs());
	document.querySelector(".mod-right-split")?.remove();
	host.openSettingTab("arxiv-atlas");
	document.body.setAttribute("data-ready", "true");
}

/** Runs a command (the import box, …) and waits for its modal. */
async function command(id: string): Promise<void> {
	const host = createHost({});
	await host.loadPlugin(await loadMainJs());
	await host.runCommand(`arxiv-atlas:${id}`);
	for (let i = 0; i < 50 && !document.querySelector(".modal-container"); i++) await new Promise((resolve) => setTimeout(resolve, 20));
	document.body.setAttribute("data-ready", "true");
}

/** A listing imported to its end: the progress modal as it finishes (the API, asked for the dates, knows none of the papers). */
async function progress(feed: string, emptyAtom: string): Promise<void> {
	setRequestHandler((req) => ({ status: 200, text: req.url.startsWith("https://rss.arxiv.org/") ? feed : emptyAtom }));
	const host = createHost({ pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG", "cs.AI", "cs.CL", "stat.ML"] } } } });
	await host.loadPlugin(await loadMainJs());
	await host.runCommand("arxiv-atlas:import-listing");
	for (let i = 0; i < 50 && !document.querySelector(".arxiv-atlas-listing-modal"); i++) await new Promise((resolve) => setTimeout(resolve, 20));
	document.querySelector<HTMLButtonElement>(".arxiv-atlas-listing-modal button.mod-cta")?.click();
	for (let i = 0; i < 500 && !document.querySelector(".arxiv-atlas-progress-modal.is-done"); i++) await new Promise((resolve) => setTimeout(resolve, 20));
	document.body.setAttribute("data-ready", "true");
}

(window as unknown as { atlas: Record<string, unknown> }).atlas = { open, listing, note, settings, command, progress };
