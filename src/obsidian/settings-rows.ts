import { Setting, type SettingDefinitionGroup } from "obsidian";

/**
 * Where the settings tab's rows go. Each row has its name and description up front (what Obsidian's
 * settings search finds) and a `fill` that adds its controls to the row's Setting; `fill` may change
 * the description later, as `describeOrWarn` does.
 */
export interface SettingsRows {
	heading(name: string): void;
	/** What `fill` returns is not used (a Setting's chained calls return the Setting). */
	add(name: string, desc: string, fill: (setting: Setting) => unknown): void;
}

/** Rows drawn into the tab at once: `display()`, on Obsidian before 1.13. */
export function drawnRows(containerEl: HTMLElement): SettingsRows {
	return {
		heading: (name) => void new Setting(containerEl).setName(name).setHeading(),
		add: (name, desc, fill) => void fill(new Setting(containerEl).setName(name).setDesc(desc)),
	};
}

/** Rows as setting definitions, a group per heading: Obsidian 1.13+ draws them and its settings search finds them. */
export function definedRows(): SettingsRows & { groups: SettingDefinitionGroup[] } {
	const groups: SettingDefinitionGroup[] = [];
	return {
		groups,
		heading: (name) => void groups.push({ type: "group", heading: name, items: [] }),
		add: (name, desc, fill) => {
			if (groups.length === 0) groups.push({ type: "group", items: [] });
			groups[groups.length - 1]?.items?.push({ name, desc, render: (setting) => void fill(setting) });
		},
	};
}
