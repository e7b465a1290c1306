import { requireApiVersion, type App } from "obsidian";
import type { AtlasSettings } from "../core/settings";

/**
 * The API key for the language model: from secret storage (Obsidian 1.11.4+, the device's keychain,
 * never data.json), or on older Obsidian from plugin data.
 */
export function readApiKey(app: App, settings: AtlasSettings): string {
	if (requireApiVersion("1.11.4")) {
		return settings.enrichKeySecret ? (app.secretStorage.getSecret(settings.enrichKeySecret) ?? "") : "";
	}
	return settings.enrichApiKeyFallback;
}

export const MIGRATED_SECRET = "arxiv-atlas-api-key";

/**
 * A key typed on an older Obsidian moves into secret storage once the app has it, and leaves
 * data.json. Returns the settings change to save, or null when there is nothing to move.
 */
export function migrateApiKey(app: App, settings: AtlasSettings): Partial<AtlasSettings> | null {
	if (settings.enrichApiKeyFallback === "") return null;
	if (requireApiVersion("1.11.4")) {
		app.secretStorage.setSecret(MIGRATED_SECRET, settings.enrichApiKeyFallback);
		return { enrichKeySecret: settings.enrichKeySecret || MIGRATED_SECRET, enrichApiKeyFallback: "" };
	}
	return null;
}
