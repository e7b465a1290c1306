/**
 * A template the engine cannot use. The message names the line and says how to fix it, e.g.
 * `unknown variable {{titel}} on line 4: did you mean {{title}}?`.
 */
export class TemplateError extends Error {
	constructor(
		message: string,
		/** 1-based line of the tag at fault. */
		readonly line: number,
		/** 1-based column of the tag's opening `{{`. */
		readonly column: number,
	) {
		super(message);
		this.name = "TemplateError";
	}
}
