import type { Plugin } from "obsidian";
import { settingsFrom, type AtlasSettings } from "../core/settings";
import { errorMessage } from "../core/words";

export interface LoadedSettings {
	/** The saved settings, or the defaults when there are none or they could not be read. */
	settings: AtlasSettings;
	/**
	 * Set when data.json exists but could not be used (unreadable, not JSON, not an object): a
	 * notice naming the file and the problem. The plugin then runs on the defaults and must leave the
	 * file as it is until the user changes a setting: it holds the user's settings, typo and all.
	 */
	problem?: string;
	/** No data.json yet: the plugin's first run in this vault. */
	firstRun?: boolean;
}

/** This plugin's folder in the vault's config folder. */
export function pluginFolder(plugin: Pick<Plugin, "app" | "manifest">): string {
	return plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
}

/** Where Obsidian keeps this plugin's data.json (what loadData and saveData read and write). */
export function settingsPath(plugin: Pick<Plugin, "app" | "manifest">): string {
	return `${pluginFolder(plugin)}/data.json`;
}

function describe(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	return `a ${typeof value}`;
}

/**
 * The plugin's settings from its data.json, read through the vault adapter rather than loadData():
 * loadData throws on a file that is not JSON, which would stop the plugin from loading at all.
 * A missing file gives the defaults quietly; a file that cannot be used gives the defaults and a
 * `problem` to show.
 */
export async function loadSettings(plugin: Pick<Plugin, "app" | "manifest">): Promise<LoadedSettings> {
	const path = settingsPath(plugin);
	const adapter = plugin.app.vault.adapter;
	const defaults = (): AtlasSettings => settingsFrom(null);
	const unusable = (what: string): LoadedSettings => ({
		settings: defaults(),
		problem:
			`arXiv Atlas: its settings file ${path} ${what}. The plugin runs on the default settings for now and leaves the file as it is: ` +
			"fix the file and reload the plugin, or change a setting to replace the file with the defaults and your change.",
	});
	let text: string;
	try {
		if (!(await adapter.exists(path))) return { settings: defaults(), firstRun: true };
		text = await adapter.read(path);
	} catch (error) {
		return unusable(`could not be read (${errorMessage(error)})`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return unusable(`is not valid JSON (${errorMessage(error)})`);
	}
	if (typeof data !== "object" || data === null || Array.isArray(data)) return unusable(`holds ${describe(data)}, not an object of settings`);
	return { settings: settingsFrom(data) };
}
