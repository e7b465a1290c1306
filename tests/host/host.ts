/**
 * `createHost()`: an Obsidian app over an in-memory vault, for plugin tests.
 *
 *   const host = createHost({ files: { "Papers/A.md": "---\nid: \"2401.00010\"\n---\nBody" } });
 *   const plugin = await host.loadPlugin(ArxivAtlasPlugin);
 *   await host.runCommand("arxiv-atlas:import-paper");
 *   typeInto(topModal().contentEl.querySelector("textarea")!, "2401.00010");
 *   click(findButton(topModal().contentEl, "Import"));
 *   await host.settle();
 *   expect(host.readFile("Papers/….md")).toContain(…);
 */
import { setLanguage } from "./language";
import { requireApiVersion, setApiVersion } from "./api-version";
import type { App, Editor, MarkdownFileInfo, MarkdownView, PluginManifest, Plugin as ObsidianPlugin, SettingDefinitionItem, TFile } from "obsidian";
import { FileSystemAdapter, App as MockApp, Platform, SettingTab, TFolder as MockTFolder } from "obsidian-test-mocks/obsidian";
import projectManifest from "../../manifest.json";
import "./patches";
import { followDeletesAndRenames, indexNames, linkSettings, makeMetadataFlusher, resolveAll } from "./patches";
import type { LinkSettings } from "./links";
import { normalizePath, parentOf } from "./paths";
import { pluginDataPath } from "./plugin";
import { onReset, registerLiveState, settle, vaultState, type MetadataMode, type RibbonIcon } from "./state";

export interface HostOptions {
	/** Files of the vault: path → text. A path ending in "/" is an empty folder. */
	files?: Record<string, string>;
	/**
	 * false (default): the disk compares names case-insensitively, as on macOS and Windows, where
	 * most vaults live. true: a case-sensitive disk (Linux).
	 */
	caseSensitive?: boolean;
	/** "Files & links" settings; default wikilinks with the shortest path, as in a new vault. */
	links?: Partial<LinkSettings>;
	/**
	 * true (default): the workspace is ready, onLayoutReady callbacks run at once (a plugin enabled
	 * in a running app). false: they wait for `host.setLayoutReady()` (app start-up).
	 */
	layoutReady?: boolean;
	/**
	 * "deferred" (default): like Obsidian, the cache catches up after a write resolves (next
	 * macrotask, or `await host.settle()`): `changed`, then `resolve` and `resolved`.
	 * "sync": the cache reflects a write as soon as the write resolves; only for a test that says why.
	 */
	metadataCache?: MetadataMode;
	/** data.json of plugins, by plugin id (what loadData() will return). */
	pluginData?: Record<string, unknown>;
	vaultName?: string;
	/** The app's interface language, as getLanguage() answers it (default "en"). */
	language?: string;
	/** The app's API version, as requireApiVersion() answers for it (default 1.13.1, the typings'). */
	apiVersion?: string;
}

export interface CommandContext {
	editor: Editor;
	view: MarkdownView | MarkdownFileInfo;
}

export type PluginClass<P extends ObsidianPlugin> = new (app: App, manifest: PluginManifest) => P;

export interface Host {
	/** The app to give plugin code (typed as Obsidian's App). */
	readonly app: App;
	/** The file's text; throws when there is no file at exactly this path. */
	readFile(path: string): string;
	/** Whether the vault has a file at exactly this path (case-sensitive, like getFileByPath). */
	hasFile(path: string): boolean;
	/** Paths of all files (optionally only under `folder`), sorted; dot-folders such as .obsidian are not listed. */
	listFiles(folder?: string): string[];
	/** Paths of all folders, sorted (the root not included). */
	listFolders(): string[];
	/** Writes a file as the user would (creating its folders), outside plugin code. */
	writeFile(path: string, text: string): Promise<TFile>;
	/** The metadata cache's frontmatter of a file (undefined when it has none or does not exist). */
	frontmatter(path: string): Record<string, unknown> | undefined;
	/** Waits until fake requests and deferred cache updates are done (see state.ts). */
	settle(): Promise<void>;
	/** Runs the queued onLayoutReady callbacks (for hosts made with layoutReady: false). */
	setLayoutReady(): void;
	setLinkSettings(settings: Partial<LinkSettings>): void;
	/** Paths of the files opened with WorkspaceLeaf.openFile, in order. */
	openedFiles(): string[];
	/** Constructs the plugin with a manifest (default: the project's manifest.json) and awaits its onload. */
	loadPlugin<P extends ObsidianPlugin>(PluginClass: PluginClass<P>, manifest?: PluginManifest): Promise<P>;
	/** Unloads the plugin: its register() cleanups run, its commands and ribbon icons go. */
	unloadPlugin(plugin: ObsidianPlugin): void;
	/** Full ids ("plugin-id:command-id") of the registered commands. */
	commandIds(): string[];
	/**
	 * Runs a command by its full id as the command palette does: checkCallback(true) first and
	 * checkCallback(false) only if that said yes; editor commands need `context`. Awaits what the
	 * callback returns. Resolves false when the command was not available.
	 */
	runCommand(id: string, context?: CommandContext): Promise<boolean>;
	ribbonIcons(): readonly RibbonIcon[];
	/** Clicks the ribbon icon with this title (tooltip). */
	clickRibbonIcon(title: string): void;
	/** Shows a plugin's setting tab (the first one registered by default) and returns its container. */
	openSettingTab(pluginId?: string): HTMLElement;
	/**
	 * What Obsidian's settings search (1.13+) finds of a plugin's setting tab: each setting
	 * definition's group heading, name and description, in order. None when the tab defines none
	 * (it is drawn by display(), as before 1.13, and the search cannot see into it).
	 */
	searchableSettings(pluginId?: string): { heading: string; name: string; desc: string }[];
	/** Hides the shown setting tab, as leaving the settings does. */
	closeSettingTab(pluginId?: string): void;
	/** The parsed data.json of a plugin, or null when it has none. */
	pluginData(pluginId: string): unknown;
}

export const DEFAULT_MANIFEST: PluginManifest = { ...projectManifest };

const defaultPlatform = { ...Platform };
/** Changes Platform (isMobile, isIosApp, …) until the end of the test. */
export function setPlatform(overrides: Partial<typeof Platform>): void {
	Object.assign(Platform, overrides);
}
onReset(() => {
	Object.assign(Platform, defaultPlatform);
});

export function createHost(options: HostOptions = {}): Host {
	const mockApp = MockApp.createConfigured__({ files: options.files ?? {}, isAdapterCaseInsensitive: options.caseSensitive !== true });
	const app = mockApp.asOriginalType__();
	const vault = mockApp.vault;
	const adapter: unknown = vault.adapter;
	if (!(adapter instanceof FileSystemAdapter)) throw new Error("expected the mocks' in-memory adapter");
	const state = vaultState(vault);
	state.vaultName = options.vaultName ?? "Test vault";
	setLanguage(options.language ?? "en");
	setApiVersion(options.apiVersion ?? "1.13.1");
	state.metadataMode = options.metadataCache ?? "deferred";
	state.flushMetadata = makeMetadataFlusher(mockApp.metadataCache);
	indexNames(vault);
	resolveAll(mockApp.metadataCache);
	followDeletesAndRenames(vault, mockApp.metadataCache);
	registerLiveState(state);

	const now = Date.now();
	for (const file of vault.getFiles()) {
		file.stat = { ctime: now, mtime: now, size: vault.readSync__(file).length };
	}
	const setLinks = (links: Partial<LinkSettings>): void => {
		const merged = { ...linkSettings(vault), ...links };
		vault.setConfig__("useMarkdownLinks", merged.useMarkdownLinks);
		vault.setConfig__("newLinkFormat", merged.newLinkFormat);
	};
	setLinks(options.links ?? {});

	for (const [id, data] of Object.entries(options.pluginData ?? {})) {
		const path = pluginDataPath(vault.configDir, { ...DEFAULT_MANIFEST, id, dir: undefined });
		adapter.writeSync__(path, JSON.stringify(data, null, 2));
	}
	if (options.layoutReady !== false) mockApp.workspace.setLayoutReady__();

	// Obsidian exposes the app as a global too.
	(globalThis as unknown as { app: App }).app = app;

	const settingTab = (pluginId?: string): SettingTab => {
		const entry = pluginId === undefined ? state.settingTabs[0] : state.settingTabs.find((t) => t.pluginId === pluginId);
		if (!entry) throw new Error(pluginId === undefined ? "no setting tab is registered" : `plugin "${pluginId}" registered no setting tab`);
		return SettingTab.fromOriginalType__(entry.tab);
	};

	const host: Host = {
		app,
		readFile(path) {
			const file = vault.getFileByPath(path);
			if (!file) throw new Error(`no file "${path}" in the vault (files: ${host.listFiles().join(", ") || "none"})`);
			return vault.readSync__(file);
		},
		hasFile: (path) => vault.getFileByPath(path) !== null,
		listFiles(folder) {
			const prefix = folder === undefined || folder === "" || folder === "/" ? "" : `${normalizePath(folder)}/`;
			return vault
				.getFiles()
				.map((f) => f.path)
				.filter((p) => p.startsWith(prefix))
				.sort();
		},
		listFolders: () =>
			vault
				.getAllFolders()
				.map((f) => f.path)
				.filter((p) => p !== "/")
				.sort(),
		async writeFile(path, text) {
			const existing = vault.getFileByPath(path);
			if (existing) {
				await vault.modify(existing, text);
				return existing.asOriginalType2__();
			}
			const folder = parentOf(path);
			if (folder !== "" && !(vault.getAbstractFileByPath(folder) instanceof MockTFolder)) await vault.createFolder(folder);
			const created = await vault.create(path, text);
			return created.asOriginalType2__();
		},
		frontmatter(path) {
			const file = vault.getFileByPath(path);
			const fm: unknown = file ? mockApp.metadataCache.getFileCache(file)?.frontmatter : undefined;
			return typeof fm === "object" && fm !== null ? (fm as Record<string, unknown>) : undefined;
		},
		settle,
		setLayoutReady: () => mockApp.workspace.setLayoutReady__(),
		setLinkSettings: setLinks,
		openedFiles: () => state.opened.map((f) => f.path),
		async loadPlugin<P extends ObsidianPlugin>(PluginClass: PluginClass<P>, manifest: PluginManifest = DEFAULT_MANIFEST): Promise<P> {
			const plugin = new PluginClass(app, { ...manifest, dir: manifest.dir ?? `${vault.configDir}/plugins/${manifest.id}` });
			// Obsidian calls load(), which calls onload(); capture onload's promise to await it.
			const onload = plugin.onload;
			let pending: unknown;
			plugin.onload = function (this: P) {
				pending = onload.call(this);
				return undefined;
			};
			try {
				plugin.load();
			} finally {
				Reflect.deleteProperty(plugin, "onload");
			}
			await pending;
			return plugin;
		},
		unloadPlugin: (plugin) => plugin.unload(),
		commandIds: () => [...state.commands.keys()].sort(),
		async runCommand(id, context) {
			const entry = state.commands.get(id);
			if (!entry) throw new Error(`no command "${id}" (registered: ${host.commandIds().join(", ") || "none"})`);
			const command = entry.command;
			let result: unknown;
			if (command.editorCheckCallback || command.editorCallback) {
				if (!context) throw new Error(`command "${id}" runs in a Markdown editor: pass { editor, view }`);
				if (command.editorCheckCallback) {
					if (!command.editorCheckCallback(true, context.editor, context.view)) return false;
					result = command.editorCheckCallback(false, context.editor, context.view);
				} else if (command.editorCallback) {
					result = command.editorCallback(context.editor, context.view);
				}
			} else if (command.checkCallback) {
				if (!command.checkCallback(true)) return false;
				result = command.checkCallback(false);
			} else if (command.callback) {
				result = command.callback();
			} else {
				return false;
			}
			await result;
			return true;
		},
		ribbonIcons: () => state.ribbonIcons,
		clickRibbonIcon(title) {
			const icon = state.ribbonIcons.find((r) => r.title === title);
			if (!icon) throw new Error(`no ribbon icon "${title}" (icons: ${state.ribbonIcons.map((r) => r.title).join(", ") || "none"})`);
			icon.el.click();
		},
		openSettingTab(pluginId) {
			const tab = settingTab(pluginId);
			tab.containerEl.addClass("vertical-tab-content");
			document.body.appendChild(tab.containerEl);
			// Opening the tab draws it: from its setting definitions on 1.13+ (when it gives any, else by
			// display()); an app before 1.13 knows no definitions and calls display().
			if (requireApiVersion("1.13.0")) tab.update();
			else tab.display();
			return tab.containerEl;
		},
		searchableSettings(pluginId) {
			const found: { heading: string; name: string; desc: string }[] = [];
			const visit = (items: readonly SettingDefinitionItem[], heading: string): void => {
				for (const item of items) {
					if (!("type" in item)) found.push({ heading, name: item.name, desc: typeof item.desc === "string" ? item.desc : (item.desc?.textContent ?? "") });
					else if (item.type === "page") visit(item.items ?? [], item.name);
					else visit(item.items ?? [], item.heading ?? heading);
				}
			};
			// An app before 1.13 asks for no definitions: its search cannot see into the tab.
			if (requireApiVersion("1.13.0")) visit(settingTab(pluginId).getSettingDefinitions(), "");
			return found;
		},
		closeSettingTab(pluginId) {
			const tab = settingTab(pluginId);
			tab.hide();
			tab.containerEl.remove();
		},
		pluginData(pluginId) {
			const path = pluginDataPath(vault.configDir, { ...DEFAULT_MANIFEST, id: pluginId, dir: undefined });
			try {
				return JSON.parse(adapter.readSync__(path)) as unknown;
			} catch (error) {
				if (error instanceof Error && error.message.startsWith("File not found")) return null;
				throw error;
			}
		},
	};

	return host;
}
