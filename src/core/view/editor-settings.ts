/** Settings of the editor integration (arXiv IDs in notes). */
export interface EditorSettings {
	/** Mark arXiv IDs and links in the editor. */
	markIds: boolean;
	/** After an import from the editor, replace each imported ID with a link to its note. */
	replaceWithLinks: boolean;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { markIds: true, replaceWithLinks: false };

/** Editor settings from saved data: anything missing or mistyped falls back to the default. */
export function editorSettingsFrom(data: unknown): EditorSettings {
	const saved = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
	const bool = (key: keyof EditorSettings): boolean => {
		const v = saved[key];
		return typeof v === "boolean" ? v : DEFAULT_EDITOR_SETTINGS[key];
	};
	return { markIds: bool("markIds"), replaceWithLinks: bool("replaceWithLinks") };
}
