import { fileURLToPath } from "node:url";
import type { TestProjectInlineConfiguration } from "vitest/config";

const hostObsidian = fileURLToPath(new URL("./tests/host/obsidian.ts", import.meta.url));

/** Pure core and CLI: node environment, no DOM (fast start). */
export const coreProject: TestProjectInlineConfiguration = {
	test: {
		name: "core",
		include: ["tests/core/**/*.test.ts", "tests/cli/**/*.test.ts"],
		environment: "node",
	},
};

/** Plugin code against the in-memory Obsidian host (tests/host), aliased as "obsidian". */
export function hostProject(include = ["tests/host/**/*.test.ts", "tests/plugin/**/*.test.ts"]): TestProjectInlineConfiguration {
	return {
		resolve: { alias: [{ find: /^obsidian$/, replacement: hostObsidian }] },
		test: {
			name: "host",
			include,
			environment: "happy-dom",
			setupFiles: ["tests/host/setup.ts"],
			server: { deps: { inline: ["obsidian-test-mocks"] } },
		},
	};
}

/** The keyword view in headless Chromium (Debian's /usr/bin/chromium); skipped with a message when it is not installed. */
export const browserProject: TestProjectInlineConfiguration = {
	test: {
		name: "browser",
		include: ["tests/browser/**/*.browser.test.ts"],
		environment: "node",
		globalSetup: ["tests/browser/global-setup.ts"],
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
};
