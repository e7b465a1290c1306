import type { AtlasSettings } from "./settings";

/** Obsidian's language codes and the translation languages of the settings they stand for. */
const LANGUAGES: Record<string, string> = {
	ko: "Korean",
	ja: "Japanese",
	zh: "Chinese (Simplified)",
	"zh-tw": "Chinese (Traditional)",
	de: "German",
	fr: "French",
	es: "Spanish",
	pt: "Portuguese",
	"pt-br": "Portuguese",
	it: "Italian",
	nl: "Dutch",
	pl: "Polish",
	ru: "Russian",
	uk: "Ukrainian",
	tr: "Turkish",
	ar: "Arabic",
	hi: "Hindi",
	id: "Indonesian",
	vi: "Vietnamese",
	th: "Thai",
};

/**
 * The settings a first run takes from the app's language (before the user saved any): Korean notes
 * in a Korean app (the layout of the note that started the project), English otherwise; and the
 * translation into the app's language when it is not English (used once a model is set).
 */
export function firstRunSettings(appLanguage: string, defaults: AtlasSettings): AtlasSettings {
	const code = appLanguage.trim().toLowerCase();
	const target = LANGUAGES[code] ?? LANGUAGES[code.split("-")[0] ?? ""];
	return {
		...defaults,
		noteLanguage: code.startsWith("ko") ? "ko" : "en",
		enrich: { ...defaults.enrich, targetLanguage: target ?? "none" },
	};
}
