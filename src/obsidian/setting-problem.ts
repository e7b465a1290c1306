import type { Setting } from "obsidian";

/**
 * A setting whose description gives way to the problem with what is typed (shown as a warning), and
 * comes back once the value is right. Returns the function to call with the problem, or undefined.
 */
export function describeOrWarn(setting: Setting, description: string): (problem: string | undefined) => void {
	const describe = (problem: string | undefined): void => {
		setting.setDesc(problem ?? description);
		setting.descEl.toggleClass("mod-warning", problem !== undefined);
	};
	describe(undefined);
	return describe;
}
