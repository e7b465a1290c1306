import type { Setting, TextAreaComponent, TextComponent } from "obsidian";

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

/** A text field checked as it is typed: a problem shows in the description, a good value is saved. */
export interface CheckedField {
	/** A text area rather than a line. */
	area?: boolean;
	placeholder: string;
	value: string;
	problem: (typed: string) => string | undefined;
	save: (typed: string) => Promise<void>;
}

export function addCheckedField(setting: Setting, description: string, field: CheckedField): void {
	const describe = describeOrWarn(setting, description);
	const fill = (input: TextComponent | TextAreaComponent): unknown =>
		input
			.setPlaceholder(field.placeholder)
			.setValue(field.value)
			.onChange(async (typed) => {
				const problem = field.problem(typed);
				describe(problem);
				if (problem === undefined) await field.save(typed);
			});
	if (field.area === true) setting.addTextArea(fill);
	else setting.addText(fill);
}
