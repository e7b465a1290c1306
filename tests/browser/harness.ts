/**
 * The page's host (bundled for the browser by scripts/build-browser-page.mjs): the in-memory
 * Obsidian app of tests/host, then the built main.js loaded as Obsidian loads it (CommonJS with
 * "obsidian" and CodeMirror provided). `window.atlas.open(files)` shows the keyword view in a
 * right sidebar.
 */
import * as codemirrorState from "@codemirror/state";
import * as codemirrorView from "@codemirror/view";
import type { App, Plugin, PluginManifest, View, WorkspaceLeaf } from "obsidian";
import { setup } from "obsidian-test-mocks/setup";
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

(window as unknown as { atlas: { open: typeof open; listing: typeof listing } }).atlas = { open, listing };
