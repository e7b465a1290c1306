/**
 * The data model of the note template engine: what a template may name, what a view holds, and the
 * parsed template. Logic-less on purpose: a template can only print values, repeat a block for each
 * item of a list and show a block when a value is (or is not) there.
 */

/** A value a template can name. Lists repeat a section once per item; objects group dotted names (`keywords.broad`). */
export type TemplateValue = string | number | boolean | undefined | readonly TemplateValue[] | TemplateView;

export interface TemplateView {
	readonly [name: string]: TemplateValue;
}

/**
 * How a variable may be used. `text` prints as is; `list` prints its items joined by ", " and repeats a
 * section per item; `flag` (yes/no) only opens or hides a section.
 */
export type VariableKind = "text" | "flag" | "list";

export interface TemplateVariable {
	/** As written between the braces, e.g. `title` or `keywords.broad`. */
	name: string;
	kind: VariableKind;
	/** One line for the README and the settings help. */
	description: string;
}

export interface TextNode {
	type: "text";
	text: string;
}

export interface VariableNode {
	type: "variable";
	name: string;
}

export interface SectionNode {
	type: "section";
	name: string;
	/** `{{^name}}`: shown when the value is missing, empty or false. */
	inverted: boolean;
	children: TemplateNode[];
}

export type TemplateNode = TextNode | VariableNode | SectionNode;

/** A parsed, checked template: render it as often as needed. */
export interface Template {
	readonly nodes: readonly TemplateNode[];
}
