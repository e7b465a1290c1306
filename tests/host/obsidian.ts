/**
 * The `obsidian` module in tests (vitest.config.ts aliases "obsidian" here for the "host"
 * project): obsidian-test-mocks' runtime fake of the whole API, with the gaps that matter to
 * this plugin fixed so it behaves as Obsidian does. See tests/README.md for what is pinned.
 *
 * Only values are re-exported; types come from the real obsidian.d.ts, which is what plugin code
 * is compiled against. Import helpers from "tests/host" (index.ts), not from here.
 */
import "./patches";

export * from "obsidian-test-mocks/obsidian";
export { normalizePath } from "./paths";
export { request, requestUrl } from "./http";
export { Notice } from "./notice";
export { Plugin } from "./plugin";
export { getLanguage } from "./language";
export { requireApiVersion } from "./api-version";
