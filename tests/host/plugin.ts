/**
 * Obsidian's Plugin base class over obsidian-test-mocks' one, with what the mocks leave out:
 *
 * - addCommand prefixes the id and name with the plugin's ("arxiv-atlas:import-paper",
 *   "arXiv Atlas: Import arXiv papers"), as obsidian.d.ts documents, and registers the command
 *   with the app so `runCommand` can find it; unloading the plugin removes it.
 * - addRibbonIcon keeps the icon, title and callback; the returned element (in document.body)
 *   runs the callback when clicked.
 * - loadData/saveData go through `<configDir>/plugins/<id>/data.json` in the vault adapter, as
 *   JSON: loadData gives null when the file does not exist (the mocks gave `{}`), every call returns
 *   a fresh copy, and values JSON cannot hold (undefined, functions) are dropped.
 */
import type { Command, PluginManifest, PluginSettingTab } from "obsidian";
import { App, Plugin as MockPlugin } from "obsidian-test-mocks/obsidian";
import { vaultState } from "./state";

export function pluginDataPath(configDir: string, manifest: PluginManifest): string {
	return `${manifest.dir ?? `${configDir}/plugins/${manifest.id}`}/data.json`;
}

function ribbonContainer(): HTMLElement {
	const existing = document.body.querySelector<HTMLElement>(":scope > .side-dock-ribbon");
	if (existing) return existing;
	const container = document.createElement("div");
	container.className = "side-dock-ribbon";
	document.body.appendChild(container);
	return container;
}

export abstract class Plugin extends MockPlugin {
	constructor(app: App, manifest: PluginManifest) {
		super(app, manifest);
	}

	addCommand(command: Command): Command {
		const shortId = command.id;
		command.id = `${this.manifest.id}:${shortId}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		const { commands } = vaultState(this.app.vault);
		commands.set(command.id, { pluginId: this.manifest.id, command });
		this.register(() => commands.delete(command.id));
		return super.addCommand(command);
	}

	removeCommand(commandId: string): void {
		const id = commandId.startsWith(`${this.manifest.id}:`) ? commandId : `${this.manifest.id}:${commandId}`;
		vaultState(this.app.vault).commands.delete(id);
		super.removeCommand(id);
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", (evt) => void callback(evt));
		ribbonContainer().appendChild(el);
		const { ribbonIcons } = vaultState(this.app.vault);
		const record = { pluginId: this.manifest.id, icon, title, callback, el };
		ribbonIcons.push(record);
		this.ribbonActions__.push(el);
		this.register(() => {
			el.remove();
			const index = ribbonIcons.indexOf(record);
			if (index >= 0) ribbonIcons.splice(index, 1);
		});
		return el;
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		const { settingTabs } = vaultState(this.app.vault);
		const record = { pluginId: this.manifest.id, tab: settingTab };
		settingTabs.push(record);
		this.register(() => {
			const index = settingTabs.indexOf(record);
			if (index >= 0) settingTabs.splice(index, 1);
		});
		super.addSettingTab(settingTab);
	}

	async loadData(): Promise<unknown> {
		const path = pluginDataPath(this.app.vault.configDir, this.manifest);
		const adapter = this.app.vault.adapter;
		if (!(await adapter.exists(path))) return null;
		return JSON.parse(await adapter.read(path)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		const path = pluginDataPath(this.app.vault.configDir, this.manifest);
		await this.app.vault.adapter.write(path, JSON.stringify(data, null, 2));
	}
}
