/**
 * From what a model sent to the object asked for: JSON read leniently (code fences and chatter
 * around the object are cut away), then repaired where that is safe (fields the schema does not
 * know dropped, lists over their limit shortened, an object sent as a JSON string unwrapped),
 * then validated. What still fails is retried once by the enricher.
 */
import { messages } from "./errors";
import { hasOwn, validate, type EnrichReply, type JsonSchema } from "./schema";

export type ReadReply = { ok: true; reply: EnrichReply } | { ok: false; problem: string };

function tryParse(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** The JSON value in a model's text, or undefined. */
export function parseLoose(text: string): unknown {
	const trimmed = text.trim();
	const direct = tryParse(trimmed);
	if (direct !== undefined) return direct;
	const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed)?.[1];
	if (fenced !== undefined) {
		const inFence = tryParse(fenced.trim());
		if (inFence !== undefined) return inFence;
	}
	const start = trimmed.indexOf("{");
	const end = trimmed.lastIndexOf("}");
	return start >= 0 && end > start ? tryParse(trimmed.slice(start, end + 1)) : undefined;
}

/** `value` shaped towards `schema` where no guessing is needed. */
export function repair(schema: JsonSchema, value: unknown): unknown {
	if ((schema.type === "object" || schema.type === "array") && typeof value === "string") {
		const inner = tryParse(value);
		if (inner !== undefined && typeof inner === "object") return repair(schema, inner);
	}
	if (schema.type === "array" && Array.isArray(value)) {
		const items: unknown[] = value;
		const kept = schema.maxItems === undefined ? items : items.slice(0, schema.maxItems);
		return kept.map((item) => repair(schema.items, item));
	}
	if (schema.type === "object" && typeof value === "object" && value !== null && !Array.isArray(value)) {
		const record = value as Record<string, unknown>;
		const out: Record<string, unknown> = {};
		for (const [key, child] of Object.entries(schema.properties)) if (hasOwn(record, key)) out[key] = repair(child, record[key]);
		return out;
	}
	return value;
}

/** Reads a reply given as text (to parse) or as an object (a tool's input). */
export function readReply(reply: { text: string } | { value: unknown }, schema: JsonSchema & { type: "object" }): ReadReply {
	const value = "text" in reply ? parseLoose(reply.text) : reply.value;
	if (value === undefined) return { ok: false, problem: messages.notJson() };
	const repaired = repair(schema, value);
	const problems = validate(schema, repaired);
	if (problems.length > 0) return { ok: false, problem: messages.badShape(problems) };
	return { ok: true, reply: repaired as EnrichReply };
}
