/** Settings of the paper note layout: a template note, and author notes. Saved as `layout` in data.json. */
export interface LayoutSettings {
	/** Vault path of a template note for the paper notes' managed section; "" = the built-in layout. */
	templatePath: string;
	/** Authors become links to one note per author, each listing that author's papers. */
	authorNotes: boolean;
	authorsFolder: string;
}

export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = {
	templatePath: "",
	authorNotes: false,
	authorsFolder: "authors",
};

/** Layout settings from saved plugin data: unknown or mistyped values fall back to the defaults. */
export function layoutSettingsFrom(data: unknown): LayoutSettings {
	const saved = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
	const out: LayoutSettings = { ...DEFAULT_LAYOUT_SETTINGS };
	if (typeof saved["templatePath"] === "string") out.templatePath = saved["templatePath"].trim();
	if (typeof saved["authorNotes"] === "boolean") out.authorNotes = saved["authorNotes"];
	if (typeof saved["authorsFolder"] === "string" && saved["authorsFolder"].trim() !== "") out.authorsFolder = saved["authorsFolder"].trim();
	return out;
}
