import { describe, expect, it } from "vitest";
import { parseLoose, readReply } from "../../../src/core/enrich/reply";
import { buildSchema, validate } from "../../../src/core/enrich/schema";

const ALL = { translation: true, summary: true, keyPoints: true, keywords: true };

describe("buildSchema", () => {
	it("lists exactly the fields of the requested outputs, all required, nothing else allowed", () => {
		const schema = buildSchema(ALL);
		expect(schema.required).toEqual(["title_translated", "abstract_translated", "summary", "key_points", "keywords"]);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties["key_points"]).toMatchObject({ type: "array", minItems: 3, maxItems: 7 });
		expect(schema.properties["keywords"]).toMatchObject({ required: ["evolved", "broad", "specific", "unique"], additionalProperties: false });
		expect(buildSchema({ translation: false, summary: false, keyPoints: true, keywords: false }).required).toEqual(["key_points"]);
	});
});

describe("validate", () => {
	const schema = buildSchema(ALL);
	const good = {
		title_translated: "t",
		abstract_translated: "a",
		summary: "s",
		key_points: ["1", "2", "3"],
		keywords: { evolved: [], broad: ["ML"], specific: [], unique: [] },
	};

	it.each([
		["a valid reply", good, []],
		["a missing field", (({ summary: _s, ...rest }) => rest)(good), ["$.summary: is missing"]],
		["a number for a string", { ...good, summary: 3 }, ["$.summary: expected a string, got number"]],
		["an empty string", { ...good, title_translated: "  " }, ["$.title_translated: is empty"]],
		["too few key points", { ...good, key_points: ["1", "2"] }, ["$.key_points: has 2 items, needs at least 3"]],
		["too many key points", { ...good, key_points: ["1", "2", "3", "4", "5", "6", "7", "8"] }, ["$.key_points: has 8 items, at most 7 allowed"]],
		["a key point that is not text", { ...good, key_points: ["1", "2", null] }, ["$.key_points[2]: expected a string, got null"]],
		["a keyword category missing", { ...good, keywords: { evolved: [], broad: [], specific: [] } }, ["$.keywords.unique: is missing"]],
		["an extra field", { ...good, note: "x" }, ["$.note: is not part of the schema"]],
		["an array for the object", [], ["$: expected an object, got array"]],
	])("%s", (_name, value: unknown, problems: string[]) => {
		expect(validate(schema, value)).toEqual(problems);
	});

	it("is not fooled by inherited names", () => {
		expect(validate(schema, { ...good, constructor: "x", toString: "y" })).toEqual(["$.constructor: is not part of the schema", "$.toString: is not part of the schema"]);
	});
});

describe("reading a reply", () => {
	const schema = buildSchema({ translation: false, summary: true, keyPoints: true, keywords: false });

	it.each([
		["plain JSON", '{"summary":"s","key_points":["a","b","c"]}'],
		["JSON in a fence", '```json\n{"summary":"s","key_points":["a","b","c"]}\n```'],
		["JSON with chatter around it", 'Sure! {"summary":"s","key_points":["a","b","c"]} Hope this helps.'],
	])("finds the object in %s", (_name, text) => {
		expect(readReply({ text }, schema)).toEqual({ ok: true, reply: { summary: "s", key_points: ["a", "b", "c"] } });
	});

	it("unwraps an array sent as a JSON string, and drops unknown fields", () => {
		expect(readReply({ value: { summary: "s", key_points: '["a","b","c"]', extra: 1 } }, schema)).toEqual({ ok: true, reply: { summary: "s", key_points: ["a", "b", "c"] } });
	});

	it("says what is wrong when it cannot be used", () => {
		expect(readReply({ text: '{"summary": "s", "key_po' }, schema)).toEqual({ ok: false, problem: "the reply was not valid JSON" });
		expect(readReply({ value: { summary: "" } }, schema)).toEqual({ ok: false, problem: "the reply did not match the schema ($.key_points: is missing; $.summary: is empty)" });
		expect(parseLoose("no json here")).toBeUndefined();
	});
});
