/**
 * Loads a built main.js the way Obsidian does: the file's text is wrapped as
 * `function (require, module, exports) { … }` and run; `require` serves only the modules the app
 * provides. Here that is "obsidian" (this host) plus whatever `modules` adds. Any other require
 * throws: Obsidian's mobile app has no Node modules, so a bundle that needs one is broken there.
 * Returns the plugin class: `module.exports.default` (esbuild's output for `export default class`),
 * or `module.exports` itself when that is the class.
 */
import { readFileSync } from "node:fs";
import type { App, Plugin, PluginManifest } from "obsidian";
import * as codemirrorState from "@codemirror/state";
import * as codemirrorView from "@codemirror/view";
import * as hostObsidian from "./obsidian";

export type BundledPluginClass = new (app: App, manifest: PluginManifest) => Plugin;

type ModuleFactory = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void;

export function loadPluginBundle(mainJsPath: string, modules: Record<string, unknown> = {}): BundledPluginClass {
	// Obsidian also gives plugins its own CodeMirror 6 (the bundle leaves it external).
	const provided: Record<string, unknown> = { obsidian: hostObsidian, "@codemirror/state": codemirrorState, "@codemirror/view": codemirrorView, ...modules };
	const code = readFileSync(mainJsPath, "utf8");
	const requireModule = (id: string): unknown => {
		if (Object.prototype.hasOwnProperty.call(provided, id)) return provided[id];
		throw new Error(
			`${mainJsPath} requires "${id}", which the app does not provide (Obsidian gives plugins "obsidian", ` +
				`and no Node modules on mobile); bundle it or drop it`,
		);
	};
	const module: { exports: unknown } = { exports: {} };
	const factory = new Function("require", "module", "exports", `${code}\n//# sourceURL=${mainJsPath}`) as ModuleFactory;
	factory(requireModule, module, module.exports);
	const exported = module.exports;
	const candidate: unknown =
		typeof exported === "object" && exported !== null && "default" in exported ? (exported as { default: unknown }).default : exported;
	if (typeof candidate !== "function") throw new Error(`${mainJsPath} exports no plugin class (module.exports.default is ${typeof candidate})`);
	return candidate as BundledPluginClass;
}
