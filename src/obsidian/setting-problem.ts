import type { Setting } from "obsidian";

/**
 * A setting whose description gives way to the problem with what is typed (shown as a warning), and
 * comes back once the value is right. Returns the function to call with the problem, or undefined.
 */
export function describeOrWarn(setting: Setting, description: string): (problem: string | undefined) => void {
	// The description's element, not setDesc: Obsidian 1.13 draws a row again when setDesc is called
	// while it renders (reported by plugins whose tab then froze).
	const describe = (problem: string | undefined): void => {
		setting.descEl.setText(problem ?? description);
		setting.descEl.toggleClass("mod-warning", problem !== undefined);
	};
	describe(undefined);
	return describe;
}
