import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const hostObsidian = fileURLToPath(new URL("./tests/host/obsidian.ts", import.meta.url));

export default defineConfig({
	test: {
		projects: [
			{
				// Pure core and CLI: node environment, no DOM (fast start).
				test: {
					name: "core",
					include: ["tests/core/**/*.test.ts", "tests/cli/**/*.test.ts"],
					environment: "node",
				},
			},
			{
				// Plugin code against the in-memory Obsidian host (tests/host), aliased as "obsidian".
				resolve: { alias: [{ find: /^obsidian$/, replacement: hostObsidian }] },
				test: {
					name: "host",
					include: ["tests/host/**/*.test.ts", "tests/plugin/**/*.test.ts"],
					environment: "happy-dom",
					setupFiles: ["tests/host/setup.ts"],
					server: { deps: { inline: ["obsidian-test-mocks"] } },
				},
			},
		],
	},
});
