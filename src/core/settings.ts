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
};

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
	(["papersFolder", "keywordsFolder", "categoriesFolder", "dailyFolder", "fileNameTemplate", "dailyDateFormat"] as const).forEach(str);
	(["dailyNote", "openAfterImport"] as const).forEach(bool);
	if (saved["noteLanguage"] === "en" || saved["noteLanguage"] === "ko") out.noteLanguage = saved["noteLanguage"];
	const k = saved["keywordsPerPaper"];
	if (typeof k === "number" && Number.isInteger(k) && k >= 1 && k <= 50) out.keywordsPerPaper = k;
	return out;
}
