import { describe, expect, it } from "vitest";
import { firstRunSettings } from "../../src/core/app-language";
import { TARGET_LANGUAGES } from "../../src/core/enrich/config";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("a first run follows the app's language", () => {
	it("writes Korean notes in a Korean app and translates into the app's language, English otherwise", () => {
		expect(firstRunSettings("ko", DEFAULT_SETTINGS)).toMatchObject({ noteLanguage: "ko", enrich: { targetLanguage: "Korean" } });
		expect(firstRunSettings("de", DEFAULT_SETTINGS)).toMatchObject({ noteLanguage: "en", enrich: { targetLanguage: "German" } });
		expect(firstRunSettings("zh-TW", DEFAULT_SETTINGS).enrich.targetLanguage).toBe("Chinese (Traditional)");
		expect(firstRunSettings("pt-BR", DEFAULT_SETTINGS).enrich.targetLanguage).toBe("Portuguese");
		expect(firstRunSettings("en", DEFAULT_SETTINGS)).toMatchObject({ noteLanguage: "en", enrich: { targetLanguage: "none" } });
		expect(firstRunSettings("xx", DEFAULT_SETTINGS).enrich.targetLanguage).toBe("none");
	});

	it("only ever picks a language the settings offer", () => {
		for (const code of ["ko", "ja", "zh", "zh-tw", "de", "fr", "es", "pt", "pt-br", "it", "nl", "pl", "ru", "uk", "tr", "ar", "hi", "id", "vi", "th", "en", "sv"]) {
			expect(TARGET_LANGUAGES).toContain(firstRunSettings(code, DEFAULT_SETTINGS).enrich.targetLanguage);
		}
	});
});
