import { describe, expect, it } from "vitest";
import { redact, serverDetail, urlForMessage } from "../../../src/core/enrich/errors";

const KEY = "sk-proj-AbCdEf0123456789GhIjKlMnOp";

describe("redact", () => {
	it.each([
		["the key itself", `bad key ${KEY} here`, "bad key [redacted] here"],
		["a masked echo that starts like the key", "Incorrect API key provided: sk-proj-********************MnOp.", "Incorrect API key provided: [redacted]"],
		["a piece of the key", 'key "0123456789GhIj" refused', 'key "[redacted]" refused'],
		["a key in a URL query", `https://host/v1?key=${KEY}&x=1`, "https://host/v1?key=[redacted]&x=1"],
		["any word masked with stars", "token ab***cd was refused", "token [redacted] was refused"],
	])("removes %s", (_name, text, expected) => {
		expect(redact(text, KEY)).toBe(expected);
	});

	it("leaves text without the key alone", () => {
		expect(redact("model \"gpt-4o\" not found at api.openai.com (HTTP 404)", KEY)).toBe('model "gpt-4o" not found at api.openai.com (HTTP 404)');
		expect(redact("anything", "")).toBe("anything");
	});

	it("removes a short key only where it stands whole", () => {
		expect(redact("key abc is wrong; abacus", "abc")).toBe("key [redacted] is wrong; abacus");
	});
});

describe("serverDetail", () => {
	it.each([
		["OpenAI and Gemini", '{"error":{"message":"The model `x` does not exist","code":"model_not_found"}}', "The model `x` does not exist"],
		["Anthropic", '{"type":"error","error":{"type":"not_found_error","message":"model: x"}}', "model: x"],
		["Ollama's native API", '{"error":"model \\"x\\" not found"}', 'model "x" not found'],
		["plain text, tags removed", "<html><body><h1>502 Bad Gateway</h1></body></html>", "502 Bad Gateway"],
	])("reads %s", (_name, body, expected) => {
		expect(serverDetail(body)).toBe(expected);
	});

	it("shortens long explanations to 200 characters", () => {
		expect(Array.from(serverDetail("x".repeat(500)) ?? "")).toHaveLength(200);
	});
});

describe("urlForMessage", () => {
	it("keeps scheme, host and path, never user info or a query", () => {
		expect(urlForMessage("http://user:secret@localhost:8080/v1/chat/completions?key=abc#x")).toBe("http://localhost:8080/v1/chat/completions");
	});
});
