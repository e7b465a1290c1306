/**
 * The layer rule, defined once: `src/core` is the pure core, run by the Obsidian plugin (desktop and
 * mobile, where there is no Node) and by the CLI (Node, no DOM). It reaches its hosts only through the
 * ports in src/core/ports.ts, so it may not import `obsidian`, Node's built-ins, CodeMirror or the
 * adapters in src/obsidian and src/cli, nor use DOM, Obsidian or Node globals.
 *
 * eslint.config.mts applies `coreLayer`; tests/core/layers.test.ts proves it fires (with a lighter
 * config that has no type information, but these same objects).
 */
import { builtinModules } from "node:module";
import type { Linter } from "eslint";
import globals from "globals";

/** Files the rule covers. */
export const CORE_FILES = ["src/core/**/*.ts"];

/** Every Node built-in by its bare name (`fs`, `fs/promises`, `path`, …); `node:*` is a pattern below. */
const NODE_BUILTINS = [...new Set(builtinModules.filter((name) => !name.startsWith("node:")))].sort();

const LAYER_MESSAGE = "src/core runs in Obsidian (also on mobile) and in the CLI: reach the host through the ports in src/core/ports.ts.";

export const coreRestrictedImports: Linter.RuleEntry = [
	"error",
	{
		paths: [
			{ name: "obsidian", message: `No Obsidian API in src/core. ${LAYER_MESSAGE}` },
			...NODE_BUILTINS.map((name) => ({ name, message: `No Node built-in ("${name}") in src/core. ${LAYER_MESSAGE}` })),
		],
		patterns: [
			{ group: ["node:*"], message: `No Node built-in in src/core. ${LAYER_MESSAGE}` },
			{ group: ["obsidian/*", "@codemirror/*"], message: `No Obsidian or CodeMirror module in src/core. ${LAYER_MESSAGE}` },
			{
				// ../obsidian/x, ../../cli/x, src/obsidian/x: the adapters depend on the core, not the other way.
				regex: "^(?:(?:\\.\\./)+|(?:\\./)?src/)(?:obsidian|cli)(?:/|$)",
				message: `src/core may not import src/obsidian or src/cli (they depend on it). ${LAYER_MESSAGE}`,
			},
		],
	},
];

/** Selectors for the imports `no-restricted-imports` does not see: `import("…")` and `import("…").Type`. */
const FORBIDDEN_SOURCE = "/^(?:obsidian|node:|@codemirror\\/)|^(?:\\.\\.\\/)+(?:obsidian|cli)(?:\\/|$)/";
export const coreRestrictedSyntax: Linter.RuleEntry = [
	"error",
	{ selector: `ImportExpression > Literal.source[value=${FORBIDDEN_SOURCE}]`, message: `No Obsidian, Node or adapter module in src/core. ${LAYER_MESSAGE}` },
	{ selector: `TSImportType Literal[value=${FORBIDDEN_SOURCE}]`, message: `No Obsidian, Node or adapter module in src/core. ${LAYER_MESSAGE}` },
];

/** Globals of a browser, of Obsidian's window, or of Node, that the core may not touch. */
const DOM_GLOBALS = [
	"window",
	"document",
	"navigator",
	"location",
	"history",
	"localStorage",
	"sessionStorage",
	"indexedDB",
	"HTMLElement",
	"Element",
	"Node",
	"DocumentFragment",
	"Event",
	"MouseEvent",
	"KeyboardEvent",
	"DOMParser",
	"XMLHttpRequest",
	"requestAnimationFrame",
	"cancelAnimationFrame",
	"requestIdleCallback",
	"getComputedStyle",
	"matchMedia",
	"alert",
	"confirm",
	"prompt",
];
/** Obsidian's own globals (obsidian.d.ts declares them on the window). */
const OBSIDIAN_GLOBALS = ["app", "activeWindow", "activeDocument", "createEl", "createDiv", "createSpan", "createSvg", "createFragment", "sleep", "moment"];
const NODE_GLOBALS = ["process", "Buffer", "global", "require", "module", "exports", "__dirname", "__filename", "setImmediate", "clearImmediate"];

export const coreRestrictedGlobals: Linter.RuleEntry = [
	"error",
	...DOM_GLOBALS.map((name) => ({ name, message: `No DOM global ("${name}") in src/core. ${LAYER_MESSAGE}` })),
	...OBSIDIAN_GLOBALS.map((name) => ({ name, message: `No Obsidian global ("${name}") in src/core. ${LAYER_MESSAGE}` })),
	...NODE_GLOBALS.map((name) => ({ name, message: `No Node global ("${name}") in src/core. ${LAYER_MESSAGE}` })),
	{ name: "fetch", message: `No fetch in src/core: requests go through the HttpClient port. ${LAYER_MESSAGE}` },
];

/**
 * Only what both Node and a browser have (setTimeout, URL, TextDecoder, console, …). Flat configs merge
 * `globals`, so the browser's, Node's and Obsidian's others are turned "off" rather than left out.
 */
const SHARED = globals["shared-node-browser"];
const CORE_GLOBALS: Linter.Globals = {
	...Object.fromEntries([...Object.keys(globals.browser), ...Object.keys(globals.node), ...OBSIDIAN_GLOBALS].filter((name) => !(name in SHARED)).map((name) => [name, "off" as const])),
	...SHARED,
};

/** The flat-config objects for src/core. */
export const coreLayer: Linter.Config[] = [
	{
		name: "arxiv-atlas/core-layer",
		files: CORE_FILES,
		languageOptions: { globals: CORE_GLOBALS },
		rules: {
			"no-restricted-imports": coreRestrictedImports,
			"no-restricted-syntax": coreRestrictedSyntax,
			"no-restricted-globals": coreRestrictedGlobals,
		},
	},
];

/** The rules of `coreLayer`, for rules that must also not be disabled with a comment in src/core. */
export const CORE_LAYER_RULES = ["no-restricted-imports", "no-restricted-syntax", "no-restricted-globals"];
