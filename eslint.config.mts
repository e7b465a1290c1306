import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { globalIgnores } from "eslint/config";

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
	globalIgnores(["node_modules", "dist", "main.js", "demo-vault", "tests", "scripts", "*.mjs", "vitest.config.ts"]),
);
