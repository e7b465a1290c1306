/**
 * Obsidian's getLanguage() (1.8.7+): the app's interface language, "en" by default. A host made
 * with `language` answers that, as an app set to that language would (moment's locale follows it in
 * Obsidian; nothing of the plugin reads it). The mocks always answered "en".
 */
import { onReset } from "./state";

let language = "en";

export function setLanguage(code: string): void {
	language = code;
}

export function getLanguage(): string {
	return language;
}

onReset(() => {
	language = "en";
});
