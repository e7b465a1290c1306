import type { HttpResponse } from "../../ports";
import { EnrichError, hostOf, messages, serverDetail, urlForMessage } from "../errors";
import type { Failure } from "./types";

export interface FailureContext {
	label: string;
	model: string;
	/** The endpoint the request went to. */
	url: string;
}

/** A 404 that is about the model ("model \"x\" not found", "models/x is not found") rather than the URL. */
function aboutModel(detail: string | undefined, model: string): boolean {
	if (detail === undefined) return false;
	const lower = detail.toLowerCase();
	return lower.includes("model") || (model !== "" && lower.includes(model.toLowerCase()));
}

/** The usual meaning of an HTTP status from a model API; adapters handle their exceptions first. */
export function classifyStatus(response: HttpResponse, ctx: FailureContext): Failure {
	const { status } = response;
	const detail = serverDetail(response.text);
	if (status === 401) return { retry: false, error: new EnrichError("auth", messages.keyRefused(status)) };
	if (status === 403) return { retry: false, error: new EnrichError("auth", messages.keyRefused(status, detail)) };
	if (status === 404) {
		return aboutModel(detail, ctx.model)
			? { retry: false, error: new EnrichError("model", messages.modelNotFound(ctx.model, hostOf(ctx.url), status)) }
			: { retry: false, error: new EnrichError("not-found", messages.nothingAt(urlForMessage(ctx.url), status)) };
	}
	if (status === 429) return { retry: true, kind: "rate-limit", status, detail };
	if (status === 408 || status >= 500) return { retry: true, kind: "server", status, detail };
	return { retry: false, error: new EnrichError("request", messages.rejected(ctx.label, status, detail)) };
}

/** A JSON object body, or undefined. */
export function jsonObject(text: string): Record<string, unknown> | undefined {
	try {
		const parsed: unknown = JSON.parse(text);
		return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** `value[key]` when `value` is an object. */
export function field(value: unknown, key: string): unknown {
	return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
