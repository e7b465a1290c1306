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
			"obsidianmd/ui/sentence-case": ["warn", { brands: ["arXiv", "arXiv Atlas", "Moment.js"], acronyms: ["ID", "IDs", "PDF", "URL"] }],
		},
	},
	{
		// The CLI runs in Node: the Node built-ins the plugin must not use are its job.
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: { "no-restricted-globals": "off", "import/no-nodejs-modules": "off", "no-restricted-imports": "off", "obsidianmd/prefer-window-timers": "off" },
	},
	globalIgnores(["node_modules", "dist", "main.js", "demo-vault", "tests", "scripts", "*.mjs", "vitest.config.ts"]),
);
