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
