/** Parsing arXiv's Atom and RSS answers with fast-xml-parser, and reading what it gives. */
import { XMLParser } from "fast-xml-parser";

/**
 * A parser for arXiv's feeds. `arrays` names the elements (as `feed.entry` paths) that may repeat,
 * so a single one still comes as an array.
 */
export function arxivXmlParser(arrays: ReadonlySet<string>): XMLParser {
	return new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: "@_",
		// `arxiv:doi` -> `doi`, `dc:creator` -> `creator`, whatever prefix the feed binds.
		removeNSPrefix: true,
		// Keep every value a string: `<id>2401.00010</id>` must not become the number 2401.0001.
		parseTagValue: false,
		parseAttributeValue: false,
		isArray: (_name, jpath) => typeof jpath === "string" && arrays.has(jpath),
	});
}

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
