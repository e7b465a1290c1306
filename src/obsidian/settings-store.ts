import type { AtlasSettings } from "../core/settings";

/**
 * Where settings live and how they are saved: the settings tab and its sections never reach into the
 * plugin itself. Its own module, so the sections need not import the tab that renders them.
 */
export interface SettingsStore {
	get(): AtlasSettings;
	update(change: Partial<AtlasSettings>): Promise<void>;
}
