/** Reading what fast-xml-parser gives for arXiv's Atom and RSS answers. */

/** An element: child elements by name, attributes as `@_name`, text as `#text`. */
export type XmlNode = Record<string, unknown>;

export const isNode = (value: unknown): value is XmlNode => typeof value === "object" && value !== null && !Array.isArray(value);

/** A repeated element comes as an array, a single one as the element itself. */
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** All whitespace runs (new lines included) to one space, trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The text of an element, whether it came as a string or as `{ "#text": ... }` because it had attributes. */
export function text(value: unknown): string {
	if (typeof value === "string") return collapse(value);
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (isNode(value)) return text(value["#text"]);
	return "";
}

export function attr(value: unknown, name: string): string {
	return isNode(value) ? text(value[`@_${name}`]) : "";
}
