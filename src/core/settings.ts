import { DEFAULT_ENRICH_CONFIG, enrichConfigFrom, type EnrichConfig } from "./enrich/config";
import { DEFAULT_LAYOUT_SETTINGS, layoutSettingsFrom, type LayoutSettings } from "./layout/layout-settings";
import { DEFAULT_FEED_SETTINGS, feedSettingsFrom, type FeedSettings } from "./feed/feed-settings";
import { DEFAULT_EDITOR_SETTINGS, editorSettingsFrom, type EditorSettings } from "./view/editor-settings";
import { DEFAULT_TOOLS_SETTINGS, toolsSettingsFrom, type ToolsSettings } from "./tools/tools-settings";
import { folderParts } from "./notes/paths";

export type NoteLanguage = "en" | "ko";

export interface AtlasSettings {
	papersFolder: string;
	keywordsFolder: string;
	categoriesFolder: string;
	dailyFolder: string;
	/** `{{title}}`, `{{id}}`, `{{year}}`, `{{firstAuthor}}` are replaced; the result is made safe as a file name. */
	fileNameTemplate: string;
	noteLanguage: NoteLanguage;
	dailyNote: boolean;
	/** moment.js format of the daily note's file name. */
	dailyDateFormat: string;
	keywordsPerPaper: number;
	openAfterImport: boolean;
	/** A new paper note gets `status: to-read`. */
	readingStatus: boolean;
	/** The language model to ask for translation, summary, key points and keyword categories. Its `apiKey` is never saved here. */
	enrich: EnrichConfig;
	/** Name of the secret in Obsidian's secret storage that holds the API key (Obsidian 1.11.4+). */
	enrichKeySecret: string;
	/** The API key itself, only on Obsidian older than 1.11.4, which has no secret storage (the settings warn about it). */
	enrichApiKeyFallback: string;
	/** The paper note template and author notes. */
	layout: LayoutSettings;
	/** Daily listings and batch imports: followed categories, filters, the run to continue. */
	feed: FeedSettings;
	/** PDF download, title search and citing. */
	tools: ToolsSettings;
	/** arXiv IDs in the editor: marks, and whether an import replaces them with links. */
	editor: EditorSettings;
}

export const DEFAULT_SETTINGS: AtlasSettings = {
	papersFolder: "papers",
	keywordsFolder: "keywords",
	categoriesFolder: "categories",
	dailyFolder: "daily",
	fileNameTemplate: "{{title}}",
	noteLanguage: "en",
	dailyNote: true,
	dailyDateFormat: "YYYY-MM-DD",
	keywordsPerPaper: 8,
	openAfterImport: true,
	readingStatus: false,
	enrich: DEFAULT_ENRICH_CONFIG,
	enrichKeySecret: "",
	enrichApiKeyFallback: "",
	layout: DEFAULT_LAYOUT_SETTINGS,
	feed: DEFAULT_FEED_SETTINGS,
	tools: DEFAULT_TOOLS_SETTINGS,
	editor: DEFAULT_EDITOR_SETTINGS,
};

/**
 * A folder setting as every feature reads it: `\` as `/`, no `./`, no leading, trailing or doubled
 * slashes, no spaces around a part ("./keywords/ " -> "keywords"). A value that climbs out of the vault
 * (`..`) is kept as typed, so the import refuses it with a message instead of writing elsewhere.
 */
export function normalizeFolder(value: string): string {
	const parts = folderParts(value);
	return parts.includes("..") ? value.trim() : parts.join("/");
}

const FOLDER_KEYS = ["papersFolder", "keywordsFolder", "categoriesFolder", "dailyFolder"] as const;

/** The settings with every folder normalised (the store applies this on load and on each change). */
export function withNormalFolders(settings: AtlasSettings): AtlasSettings {
	const out = { ...settings, layout: { ...settings.layout, authorsFolder: normalizeFolder(settings.layout.authorsFolder) } };
	for (const key of FOLDER_KEYS) out[key] = normalizeFolder(settings[key]);
	return out;
}

/** Settings from saved plugin data: unknown or mistyped values fall back to the defaults. */
export function settingsFrom(data: unknown): AtlasSettings {
	const saved = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
	const out: AtlasSettings = { ...DEFAULT_SETTINGS };
	const str = (key: keyof AtlasSettings): void => {
		const v = saved[key];
		if (typeof v === "string") (out as unknown as Record<string, unknown>)[key] = v;
	};
	const bool = (key: keyof AtlasSettings): void => {
		const v = saved[key];
		if (typeof v === "boolean") (out as unknown as Record<string, unknown>)[key] = v;
	};
	(["papersFolder", "keywordsFolder", "categoriesFolder", "dailyFolder", "fileNameTemplate", "dailyDateFormat", "enrichKeySecret", "enrichApiKeyFallback"] as const).forEach(str);
	out.enrich = { ...enrichConfigFrom(saved["enrich"]), apiKey: "" };
	out.layout = layoutSettingsFrom(saved["layout"]);
	out.feed = feedSettingsFrom(saved["feed"]);
	out.editor = editorSettingsFrom(saved["editor"]);
	out.tools = toolsSettingsFrom(saved["tools"]);
	(["dailyNote", "openAfterImport", "readingStatus"] as const).forEach(bool);
	if (saved["noteLanguage"] === "en" || saved["noteLanguage"] === "ko") out.noteLanguage = saved["noteLanguage"];
	const k = saved["keywordsPerPaper"];
	if (typeof k === "number" && Number.isInteger(k) && k >= 1 && k <= 50) out.keywordsPerPaper = k;
	return withNormalFolders(out);
}

/** What is written to data.json: never an API key inside the model settings. */
export function savedSettings(settings: AtlasSettings): AtlasSettings {
	return { ...settings, enrich: { ...settings.enrich, apiKey: "" } };
}
