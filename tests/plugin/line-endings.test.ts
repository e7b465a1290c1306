import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { createHost, setRequestHandler } from "../host";
import { ATOM_1601, ATOM_SCIENCE, pasteAndImport, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

/** A line that ends with LF alone. */
const LONE_LF = /(?:^|[^\r])\n/;

describe("notes with CRLF line endings (written on Windows or by other tools)", () => {
	it("keep them, and every line of the user's, when an import adds to them or writes them again", async () => {
		setRequestHandler((req) => ({ status: 200, text: req.url.includes("1601.00001") ? ATOM_1601 : ATOM_SCIENCE }));
		const host = createHost({ pluginData: { "arxiv-atlas": { feed: { knownPapers: "update" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		await host.settle();

		// The user's editor saves every note with CRLF, and they write under the paper's generated part.
		const notes = host.listFiles().filter((p) => p.endsWith(".md"));
		const paper = notes.find((p) => p.startsWith("papers/")) ?? "";
		for (const path of notes) {
			const text = host.readFile(path) + (path === paper ? "\nMy own line, kept as written.\n" : "");
			await host.writeFile(path, text.replace(/\n/g, "\r\n"));
		}
		await host.settle();
		const before = new Map(notes.map((p) => [p, host.readFile(p)]));

		// The same paper again (its note is written anew), then ten more (the daily note gets lines).
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		await untilSummary(host);
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1501.05039 1503.01162 quant-ph/0210005 0808.0631 0808.0638 0808.0639 0705.1367 1802.03292 physics/0507092 1312.7288");
		await untilSummary(host);
		await host.settle();

		const changed = notes.filter((p) => host.readFile(p) !== before.get(p));
		expect(changed).toContain(paper);
		expect(changed.some((p) => p.startsWith("daily/"))).toBe(true);
		for (const path of notes) {
			const text = host.readFile(path);
			expect(LONE_LF.test(text), `${path} has a line ending in LF alone`).toBe(false);
			// Every line the note had is still there, whole.
			for (const line of (before.get(path) ?? "").split("\r\n").filter((l) => l.trim() !== "" && !/^(imported|updated|version|\*Generated)/.test(l))) {
				if (path !== paper || !/%%|^#|^\*\*|^- |^>|^\|/.test(line)) expect(text).toContain(`${line}\r\n`);
			}
		}
		expect(host.readFile(paper)).toContain("\r\nMy own line, kept as written.\r\n");
	});
});
