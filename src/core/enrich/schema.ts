/**
 * The JSON object a model is asked for, as a JSON Schema (the subset every provider's structured
 * output accepts), and a validator for that subset: the same schema is sent and checked, so the
 * two cannot drift. No library: the subset is five keywords.
 */
import type { EnrichOutputs } from "./config";

export type JsonSchema =
	| { type: "string"; description?: string }
	| { type: "boolean"; description?: string }
	| { type: "array"; items: JsonSchema; minItems?: number; maxItems?: number; description?: string }
	| { type: "object"; properties: Record<string, JsonSchema>; required: string[]; additionalProperties: false; description?: string };

export const MIN_KEY_POINTS = 3;
export const MAX_KEY_POINTS = 7;
export const MAX_KEYWORDS_PER_CATEGORY = 5;

/** What the model sends back, field names as on the wire. Only the requested fields are present. */
export interface EnrichReply {
	title_translated?: string;
	abstract_translated?: string;
	summary?: string;
	key_points?: string[];
	keywords?: { evolved: string[]; broad: string[]; specific: string[]; unique: string[] };
}

const text = (description: string): JsonSchema => ({ type: "string", description });
const keywordList = (description: string): JsonSchema => ({ type: "array", items: { type: "string" }, maxItems: MAX_KEYWORDS_PER_CATEGORY, description });

/**
 * The schema for the requested outputs. Every property it lists is required (OpenAI's strict mode
 * wants that), so an output that is not requested is simply not there.
 */
export function buildSchema(outputs: EnrichOutputs): JsonSchema & { type: "object" } {
	const properties: Record<string, JsonSchema> = {};
	if (outputs.translation) {
		properties["title_translated"] = text("The paper's title in the target language.");
		properties["abstract_translated"] = text("The whole abstract in the target language.");
	}
	if (outputs.summary) properties["summary"] = text("A summary of the paper in 2 to 4 sentences.");
	if (outputs.keyPoints) {
		properties["key_points"] = {
			type: "array",
			items: { type: "string" },
			minItems: MIN_KEY_POINTS,
			maxItems: MAX_KEY_POINTS,
			description: `${MIN_KEY_POINTS} to ${MAX_KEY_POINTS} key points, one sentence each.`,
		};
	}
	if (outputs.keywords) {
		properties["keywords"] = {
			type: "object",
			properties: {
				evolved: keywordList("New paradigms the paper builds on or advances."),
				broad: keywordList("Broad fields the paper belongs to."),
				specific: keywordList("Specific methods, tasks or problems that connect it to other papers."),
				unique: keywordList("Names particular to this paper: models, data sets, benchmarks, systems."),
			},
			required: ["evolved", "broad", "specific", "unique"],
			additionalProperties: false,
		};
	}
	return { type: "object", properties, required: Object.keys(properties), additionalProperties: false };
}

export function hasOwn(record: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(record, key);
}

function kindOf(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	return typeof value;
}

/**
 * Where `value` breaks `schema`, as `path: problem` lines; empty when it conforms. Strings must
 * have some non-space text. Properties the schema does not list are reported too.
 */
export function validate(schema: JsonSchema, value: unknown, path = "$"): string[] {
	switch (schema.type) {
		case "string":
			if (typeof value !== "string") return [`${path}: expected a string, got ${kindOf(value)}`];
			return value.trim() === "" ? [`${path}: is empty`] : [];
		case "boolean":
			return typeof value === "boolean" ? [] : [`${path}: expected true or false, got ${kindOf(value)}`];
		case "array": {
			if (!Array.isArray(value)) return [`${path}: expected an array, got ${kindOf(value)}`];
			const problems: string[] = [];
			if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${path}: has ${value.length} items, needs at least ${schema.minItems}`);
			if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${path}: has ${value.length} items, at most ${schema.maxItems} allowed`);
			value.forEach((item, i) => problems.push(...validate(schema.items, item, `${path}[${i}]`)));
			return problems;
		}
		case "object": {
			if (kindOf(value) !== "object") return [`${path}: expected an object, got ${kindOf(value)}`];
			const record = value as Record<string, unknown>;
			const problems: string[] = [];
			for (const key of schema.required) if (!hasOwn(record, key)) problems.push(`${path}.${key}: is missing`);
			for (const [key, item] of Object.entries(record)) {
				const child = hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
				if (child === undefined) problems.push(`${path}.${key}: is not part of the schema`);
				else problems.push(...validate(child, item, `${path}.${key}`));
			}
			return problems;
		}
	}
}
