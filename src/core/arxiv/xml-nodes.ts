/** Parsing arXiv's Atom and RSS answers with fast-xml-parser, and reading what it gives. */
import { XMLParser } from "fast-xml-parser";

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;

/** A code point XML allows in a document (XML 1.0 `Char`): not NUL, most C0 controls, surrogates or U+FFFE/U+FFFF. */
function isXmlChar(cp: number): boolean {
	return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * XML's references in one pass: the five predefined entities and numeric character references
 * (`&#39;` -> `'`, `&#x3B1;` -> `α`). One pass, so `&amp;#39;` is the text `&#39;`, as XML means.
 * A reference to a character XML does not allow becomes U+FFFD. Other named entities (`&nbsp;`,
 * or ones a DOCTYPE declares) stay as written: arXiv declares none.
 */
export function decodeXmlReferences(value: string): string {
	if (!value.includes("&")) return value;
	return value.replace(REFERENCE, (_whole: string, dec?: string, hex?: string, name?: string) => {
		if (name !== undefined) return XML_ENTITIES[name] ?? "";
		const cp = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? "", 16);
		return isXmlChar(cp) ? String.fromCodePoint(cp) : "\uFFFD";
	});
}

/**
 * fast-xml-parser decodes only named entities by default (numeric references need its deprecated
 * `htmlEntities`, which also brings HTML's named ones): this decoder gives it XML's references.
 */
const xmlReferences = {
	decode: decodeXmlReferences,
	reset: (): void => undefined,
	setXmlVersion: (_version: number): void => undefined,
	setExternalEntities: (_entities: Record<string, string>): void => undefined,
	// DOCTYPE entities are not expanded (no entity expansion attacks either).
	addInputEntities: (_entities: Record<string, string>): void => undefined,
};

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
		entityDecoder: xmlReferences,
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
