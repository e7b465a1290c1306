import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { builtinModules } from "node:module";

/** Builds the CLI the way `npm run build` does, into a temporary folder. */
export async function buildCli(): Promise<string> {
	const outfile = join(mkdtempSync(join(tmpdir(), "arxiv-atlas-cli-")), "cli.cjs");
	await build({ entryPoints: ["src/cli/main.ts"], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
	return outfile;
}

/** Builds main.js the way `npm run build` does (minified CJS, obsidian external), into a temporary folder. */
export async function buildPlugin(): Promise<string> {
	const outfile = join(mkdtempSync(join(tmpdir(), "arxiv-atlas-plugin-")), "main.js");
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
