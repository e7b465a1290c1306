/**
 * The layer rule (eslint.layers.mts) fires: src/core imports no Obsidian, Node, CodeMirror or adapter
 * code and uses no DOM, Obsidian or Node globals. Snippets are linted with the rule's own config
 * objects and a parser without type information (fast); a last test checks that eslint.config.mts
 * applies those same objects to src/core and not elsewhere.
 */
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { coreLayer, coreRestrictedGlobals, coreRestrictedImports, coreRestrictedSyntax } from "../../eslint.layers.mts";

const eslint = new ESLint({
	cwd: process.cwd(),
	overrideConfigFile: true,
	overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser as Linter.Parser } }, ...coreLayer],
});

async function problems(code: string, filePath = "src/core/notes/snippet.ts"): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((m) => `${m.severity === 2 ? "error" : "warning"} ${m.ruleId ?? "fatal"}: ${m.message}`);
}

describe("src/core may not import its hosts", () => {
	const forbidden: Record<string, string> = {
		obsidian: 'import { App } from "obsidian";',
		"obsidian, type only": 'import type { App } from "obsidian";',
		"node:fs": 'import { readFile } from "node:fs";',
		"node:fs/promises": 'import { readFile } from "node:fs/promises";',
		"fs (bare)": 'import * as fs from "fs";',
		"fs/promises (bare)": 'import { readFile } from "fs/promises";',
		path: 'import path from "path";',
		crypto: 'import { createHash } from "crypto";',
		child_process: 'import { spawn } from "child_process";',
		events: 'import { EventEmitter } from "events";',
		"re-export of node:path": 'export { join } from "node:path";',
		"@codemirror/view": 'import { EditorView } from "@codemirror/view";',
		"@codemirror/state": 'import type { Extension } from "@codemirror/state";',
		"src/obsidian": 'import { ObsidianVault } from "../../obsidian/vault-adapter";',
		"src/obsidian, type only": 'import type { SettingsStore } from "../../obsidian/settings-tab";',
		"src/cli": 'import { FolderVault } from "../../cli/folder-vault";',
	};
	for (const [what, code] of Object.entries(forbidden)) {
		it(`reports an import of ${what}`, async () => {
			expect(await problems(code)).toEqual([expect.stringMatching(/^error no-restricted-imports: .*src\/core/)]);
		});
	}

	it("reports an adapter import from the top of src/core too", async () => {
		expect(await problems('import { x } from "../obsidian/settings-tab";', "src/core/ports.ts")).toHaveLength(1);
		expect(await problems('import { x } from "../cli/args";', "src/core/ports.ts")).toHaveLength(1);
	});

	it("reports import() and import types of those modules", async () => {
		expect(await problems('export const load = () => import("obsidian");')).toEqual([expect.stringMatching(/^error no-restricted-syntax: /)]);
		expect(await problems('export type A = import("obsidian").App;')).toEqual([expect.stringMatching(/^error no-restricted-syntax: /)]);
		expect(await problems('export const load = () => import("node:fs");')).toHaveLength(1);
	});

	it("lets the core import itself and its own packages", async () => {
		const code = [
			'import { XMLParser } from "fast-xml-parser";',
			'import pluralize from "pluralize";',
			'import type { VaultPort } from "../ports";',
			'import { x } from "./events";',
			'import { y } from "./path";',
			'import { z } from "../feed/obsidian-export";',
			"export const all = [XMLParser, pluralize, x, y, z] as unknown as VaultPort[];",
		].join("\n");
		expect(await problems(code)).toEqual([]);
	});
});

describe("src/core may not use DOM, Obsidian or Node globals", () => {
	const forbidden = [
		"document.body",
		"window.setTimeout(() => 0, 1)",
		"navigator.onLine",
		'localStorage.getItem("x")',
		"HTMLElement.name",
		"requestAnimationFrame(() => 0)",
		"activeWindow.setTimeout(() => 0, 1)",
		'createEl("div")',
		"process.env",
		'Buffer.from("x")',
		'fetch("https://arxiv.org")',
	];
	for (const expr of forbidden) {
		it(`reports ${expr}`, async () => {
			expect(await problems(`export const x = ${expr};`)).toEqual([expect.stringMatching(/^error no-restricted-globals: /)]);
		});
	}

	it("allows what both Node and a browser have, and local names that shadow a global", async () => {
		const code = [
			"export const t = setTimeout(() => 0, 1);",
			"clearTimeout(t);",
			'export const u = new URL("https://arxiv.org/abs/2401.00010");',
			"export const d = new TextDecoder().decode(new Uint8Array(0));",
			"export const c = new AbortController();",
			"export function f(tokens: string[]): number { const window = tokens.slice(0, 2); return window.length; }",
		].join("\n");
		expect(await problems(code)).toEqual([]);
	});
});

describe("eslint.config.mts", () => {
	it("applies the layer rule to src/core, and only there", async () => {
		const project = new ESLint({ cwd: process.cwd() });
		const core = (await project.calculateConfigForFile("src/core/notes/apply.ts")) as Linter.Config;
		const severity = (entry: Linter.RuleEntry): unknown[] => (Array.isArray(entry) ? [2, ...entry.slice(1)] : [2]);
		const globalsOf = (config: Linter.Config): Linter.Globals => (config.languageOptions?.globals ?? {}) as Linter.Globals;
		expect(core.rules?.["no-restricted-imports"]).toEqual(severity(coreRestrictedImports));
		expect(core.rules?.["no-restricted-syntax"]).toEqual(severity(coreRestrictedSyntax));
		expect(core.rules?.["no-restricted-globals"]).toEqual(severity(coreRestrictedGlobals));
		expect(globalsOf(core)["document"]).toBe("off");
		expect(globalsOf(core)["setTimeout"]).toBeDefined();

		const plugin = (await project.calculateConfigForFile("src/obsidian/vault-adapter.ts")) as Linter.Config;
		expect(plugin.rules?.["no-restricted-imports"]).not.toEqual(severity(coreRestrictedImports));
		expect(globalsOf(plugin)["document"]).not.toBe("off");
	}, 30_000);
});
