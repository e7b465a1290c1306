/**
 * Loopback HTTP servers for the CLI tests, speaking the real wire format of the services the CLI
 * talks to: `serve(handler)` starts one on a free port and gives its root URL; every server a test
 * started is closed after it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

export type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

export function localServers(): (handler: Handler) => Promise<string> {
	const servers: Server[] = [];
	afterEach(async () => {
		for (const server of servers.splice(0)) {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	});
	return async (handler) => {
		const server = createServer((req, res) => {
			let body = "";
			req.on("data", (chunk: Buffer) => (body += chunk.toString()));
			req.on("end", () => handler(req, body, res));
		});
		servers.push(server);
		await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	};
}

/** The root URL of a loopback port nothing listens on any more: a request to it is refused. */
export async function closedPort(): Promise<string> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return `http://127.0.0.1:${port}`;
}
