import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { globalIgnores } from "eslint/config";
import type { Linter } from "eslint";
import { CORE_FILES, CORE_LAYER_RULES, coreLayer } from "./eslint.layers.mts";

/** obsidianmd's list of rules that no comment may disable, so src/core can extend it rather than replace it. */
const restrictedDisable = obsidianmd.configs.recommended
	.map((c: Linter.Config) => c.rules?.["eslint-comments/no-restricted-disable"])
	.find((entry: unknown): entry is [string, ...string[]] => Array.isArray(entry));

export default tseslint.config(
	{
		languageOptions: {
			globals: { ...globals.browser },
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mts", "manifest.json"] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: [".json"],
			},
		},
	},
	...obsidianmd.configs.recommended,
	{
		rules: {
			"obsidianmd/ui/sentence-case": ["warn", { brands: ["arXiv", "arXiv Atlas", "Moment.js"], acronyms: ["ID", "IDs", "PDF", "URL", "API"] }],
		},
	},
	{
		// The CLI runs in Node: the Node built-ins the plugin must not use are its job.
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"no-restricted-globals": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			// Obsidian's copy of moment is not there outside the app; the CLI bundles its own.
			"@typescript-eslint/no-restricted-imports": "off",
			// The CLI reads a vault from outside, where the default config folder is all it can know.
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	// Layers: src/core imports no Obsidian, Node, CodeMirror or adapter code and uses no DOM globals
	// (eslint.layers.mts, checked by tests/core/layers.test.ts).
	...coreLayer,
	{
		files: CORE_FILES,
		rules: {
			// The core has no window: its timers are the shared setTimeout (it should wait through the Clock port).
			"obsidianmd/prefer-window-timers": "off",
			...(restrictedDisable ? { "eslint-comments/no-restricted-disable": [...new Set([...restrictedDisable, ...CORE_LAYER_RULES])] } : {}),
		},
	},
	globalIgnores(["node_modules", "dist", "main.js", "demo-vault", "tests", "scripts", "*.mjs", "vitest.config.ts"]),
);
