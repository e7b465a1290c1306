import { defineConfig } from "vitest/config";

// npm run test:browser: the keyword view in headless Chromium (Debian's /usr/bin/chromium), driven by playwright-core.
export default defineConfig({
	test: { name: "browser", include: ["tests/browser/**/*.browser.test.ts"], environment: "node", testTimeout: 120_000, hookTimeout: 120_000 },
});
