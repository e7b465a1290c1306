import { join } from "node:path";
import { build } from "esbuild";
import { builtinModules } from "node:module";
import { tempDir } from "./temp-dir";

/** Builds the CLI the way `npm run build` does, into a temporary folder (removed after the test file, tests/support/temp-dir.ts). */
export async function buildCli(): Promise<string> {
	const outfile = join(tempDir("arxiv-atlas-cli-"), "cli.cjs");
	await build({ entryPoints: ["src/cli/main.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
	return outfile;
}

/** Builds main.js the way `npm run build` does (minified CJS, obsidian external), into a temporary folder (removed after the test file). */
export async function buildPlugin(): Promise<string> {
	const outfile = join(tempDir("arxiv-atlas-plugin-"), "main.js");
	await build({
		entryPoints: ["src/main.ts"],
		bundle: true,
		format: "cjs",
		platform: "browser",
		target: "es2018",
		minify: true,
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules],
		outfile,
		logLevel: "error",
	});
	return outfile;
}
