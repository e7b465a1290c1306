import { readFileSync } from "node:fs";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createHost, loadPluginBundle, requests, setRequestHandler, type BundledPluginClass } from "../host";
import { buildPlugin } from "../support/build";
import { ATOM_1601, pasteAndImport, untilSummary } from "./helpers";

// The end-to-end path: main.js built as for release, loaded the way Obsidian loads it (CommonJS,
// `require("obsidian")` served by the host, any other module refused), its onload run, its command
// executed with a pasted text, and the vault checked.
let bundlePath = "";
let Plugin: BundledPluginClass;

beforeAll(async () => {
	bundlePath = await buildPlugin();
	Plugin = loadPluginBundle(bundlePath);
}, 60_000);
beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

describe("the built main.js", () => {
	it("needs nothing but the modules Obsidian provides (it runs on mobile)", () => {
		const code = readFileSync(bundlePath, "utf8");
		const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
		// Obsidian gives plugins "obsidian" and its own CodeMirror 6 (for editor extensions), on every platform.
		expect([...new Set(required)].filter((id) => !["obsidian", "@codemirror/state", "@codemirror/view"].includes(id ?? ""))).toEqual([]);
	});

	it("loads, registers its command, and imports a pasted paper into the vault", async () => {
		setRequestHandler(() => ({ status: 200, text: ATOM_1601 }));
		const host = createHost({ files: { "Inbox.md": "my own note\n" } });
		await host.loadPlugin(Plugin);
		expect(host.commandIds()).toContain("arxiv-atlas:import-paper");

		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("Have a look at arXiv:1601.00001 please");
		const summary = await untilSummary(host);

		expect(summary).toMatch(/0 failed/);
		expect(requests()).toHaveLength(1);
		const paper = host.listFiles("papers");
		expect(paper).toEqual(["papers/Inelastic effects in molecular transport junctions The probe technique at high bias.md"]);
		expect(host.frontmatter(paper[0] ?? "")).toMatchObject({ arxiv_id: "1601.00001", version: 1, published: "2015-12-26" });
		expect(host.readFile("Inbox.md")).toBe("my own note\n");
		expect(host.listFiles("categories")).toEqual(["categories/cond-mat.mes-hall.md"]);
		expect(host.openedFiles()).toEqual(paper);
	});
});
