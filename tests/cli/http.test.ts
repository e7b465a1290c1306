import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FetchHttpClient, isUnreachable, USER_AGENT } from "../../src/cli/http";
import { HttpError } from "../../src/core/ports";

/** A real HTTP server on 127.0.0.1 at a free port. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string }> {
	const server = createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	servers.push(server);
	return { server, url: `http://127.0.0.1:${port}` };
}

const servers: Server[] = [];
afterEach(async () => {
	for (const server of servers.splice(0)) {
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
});

async function failure(promise: Promise<unknown>): Promise<HttpError> {
	const error: unknown = await promise.then(
		() => undefined,
		(e: unknown) => e,
	);
	if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`);
	return error;
}

describe("FetchHttpClient against a local server", () => {
	it("returns status, body and lower-case headers, and says who is asking", async () => {
		let seen: IncomingMessage | undefined;
		const { url } = await serve((req, res) => {
			seen = req;
			res.writeHead(200, { "Content-Type": "application/atom+xml; charset=utf-8", "X-Custom-Header": "yes" });
			res.end("<feed>Benétreau</feed>");
		});
		const res = await new FetchHttpClient().request({ url: `${url}/api/query?id_list=2502.15871`, timeoutMs: 1000 });
		expect(res.status).toBe(200);
		expect(res.text).toBe("<feed>Benétreau</feed>");
		expect(res.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
		expect(res.headers["x-custom-header"]).toBe("yes");
		expect(seen?.url).toBe("/api/query?id_list=2502.15871");
		expect(seen?.headers["user-agent"]).toBe(USER_AGENT);
	});

	it("hands back an HTTP 503 as an answer, with its Retry-After readable", async () => {
		const { url } = await serve((_req, res) => {
			res.writeHead(503, { "Retry-After": "7" });
			res.end("busy");
		});
		const res = await new FetchHttpClient().request({ url, timeoutMs: 1000 });
		expect(res).toMatchObject({ status: 503, text: "busy" });
		expect(res.headers["retry-after"]).toBe("7");
	});

	it("gives up with a timeout error when the server never answers", async () => {
		const { url } = await serve(() => undefined);
		const started = Date.now();
		const error = await failure(new FetchHttpClient().request({ url, timeoutMs: 200 }));
		expect(error.kind).toBe("timeout");
		expect(error.message).toMatch(/^no answer from 127\.0\.0\.1:\d+ in 0\.2 s$/);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it("times out when the server stalls in the middle of the body", async () => {
		const { url } = await serve((_req, res) => {
			res.writeHead(200, { "Content-Type": "text/plain" });
			res.write("<feed>");
		});
		const error = await failure(new FetchHttpClient().request({ url, timeoutMs: 200 }));
		expect(error.kind).toBe("timeout");
	});

	it("reports a closed port as a network error naming the cause", async () => {
		const { server, url } = await serve(() => undefined);
		servers.pop();
		await new Promise<void>((resolve) => server.close(() => resolve()));
		const started = Date.now();
		const error = await failure(new FetchHttpClient().request({ url, timeoutMs: 1000 }));
		expect(error.kind).toBe("network");
		expect(error.message).toMatch(/^could not reach 127\.0\.0\.1:\d+ \(.*ECONNREFUSED.*\)$/);
		// Nothing listens there: asking again will not help.
		expect(error.unreachable).toBe(true);
		expect(Date.now() - started).toBeLessThan(1000);
	});

	it("marks a host name that does not resolve as unreachable", async () => {
		// RFC 6761: names under .invalid never resolve (ENOTFOUND; EAI_AGAIN when no resolver answers).
		const error = await failure(new FetchHttpClient().request({ url: "http://arxiv-atlas-test.invalid/api/query", timeoutMs: 5000 }));
		expect(error.kind).toBe("network");
		expect(error.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
		expect(error.unreachable).toBe(true);
	});

	it("leaves a connection the server drops mid-request retryable", async () => {
		const { url } = await serve((req) => req.socket.destroy());
		const error = await failure(new FetchHttpClient().request({ url, timeoutMs: 1000 }));
		expect(error.kind).toBe("network");
		expect(error.unreachable).toBe(false);
	});
});

describe("isUnreachable", () => {
	const coded = (code: string, message = code): Error => Object.assign(new Error(message), { code });
	const fetchFailed = (cause: unknown): Error => Object.assign(new TypeError("fetch failed"), { cause });

	it.each(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ENETUNREACH", "EHOSTUNREACH"])("is true for %s in the cause", (code) => {
		expect(isUnreachable(fetchFailed(coded(code)))).toBe(true);
	});

	it("looks into every address an AggregateError tried", () => {
		expect(isUnreachable(fetchFailed(new AggregateError([coded("ECONNREFUSED"), coded("ECONNREFUSED")], "connect failed")))).toBe(true);
	});

	it.each(["ECONNRESET", "UND_ERR_SOCKET", "ETIMEDOUT"])("is false for %s, which a retry may fix", (code) => {
		expect(isUnreachable(fetchFailed(coded(code)))).toBe(false);
	});

	it("is false without any code", () => {
		expect(isUnreachable(new Error("boom"))).toBe(false);
	});
});
