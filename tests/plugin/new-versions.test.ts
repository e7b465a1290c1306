import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { click, createHost, findButton, notices, openModals, requests, setRequestHandler, topModal, type Host } from "../host";
import { ATOM_1601 } from "./helpers";
import { paperNote } from "./tools-helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

/** The recorded answer for 1601.00001 (tests/fixtures/arxiv-api), with arXiv now at v3 (built for the test). */
const ATOM_V3 = ATOM_1601.replace("abs/1601.00001v1", "abs/1601.00001v3").replace(/<updated>2015-12-26T21:19:45Z<\/updated>/, "<updated>2026-11-20T09:00:00Z</updated>");

async function until(host: Host, done: () => boolean): Promise<void> {
	for (let i = 0; i < 30 && !done(); i++) {
		await host.settle();
		await vi.advanceTimersByTimeAsync(3500);
	}
}

describe("Check for new versions", () => {
	it("asks arXiv about every paper, sets version and updated, marks the note, lists it, and imports it again when asked", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_V3 } : { status: 404, text: "" }));
		const host = createHost({ files: { "papers/K.md": paperNote("1601.00001", "Inelastic effects", "version: 1") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:check-new-versions");
		await until(host, () => openModals().length > 0);
		expect(requests().filter((r) => r.url.startsWith("https://export.arxiv.org/api/query"))).toHaveLength(1);
		const modal = topModal().contentEl;
		expect(topModal().titleEl.textContent).toBe("1 paper with a new version");
		expect(modal.textContent).toContain("Inelastic effects v1 → v3, 2026-11-20");
		expect(host.frontmatter("papers/K.md")).toMatchObject({ version: 3, updated: "2026-11-20", new_version: true });
		expect(host.readFile("papers/K.md")).toContain("My notes above.");

		click(findButton(modal, "Update these notes"));
		await until(host, () => host.frontmatter("papers/K.md")?.["new_version"] === undefined);
		expect(host.frontmatter("papers/K.md")?.["new_version"]).toBeUndefined();
		expect(host.frontmatter("papers/K.md")?.["version"]).toBe(3);
	});

	it("says when every paper is at its latest version", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_1601 } : { status: 404, text: "" }));
		const host = createHost({ files: { "papers/K.md": paperNote("1601.00001", "Inelastic effects", "version: 1") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:check-new-versions");
		await until(host, () => notices().some((n) => n.message.startsWith("Every paper")));
		expect(notices().at(-1)?.message).toBe("Every paper is at its latest version (1 paper asked).");
		expect(host.frontmatter("papers/K.md")?.["new_version"]).toBeUndefined();
	});

	it("checks once a day at start when the setting is on", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_V3 } : { status: 404, text: "" }));
		const files = { "papers/K.md": paperNote("1601.00001", "Inelastic effects", "version: 1") };
		const host = createHost({ files, pluginData: { "arxiv-atlas": { tools: { checkVersionsDaily: true } } } });
		const first = await host.loadPlugin(ArxivAtlasPlugin);
		await until(host, () => openModals().length > 0);
		expect(topModal().titleEl.textContent).toBe("1 paper with a new version");
		topModal().close();
		host.unloadPlugin(first);
		const asked = requests().length;
		await host.loadPlugin(ArxivAtlasPlugin);
		await until(host, () => false);
		// The same day: no second check.
		expect(requests().length).toBe(asked);
	});

	it("says once that arXiv could not be asked, and a daily check offline tries again at the next start", async () => {
		setRequestHandler(() => {
			throw new Error("net::ERR_INTERNET_DISCONNECTED");
		});
		const files = { "papers/K.md": paperNote("1601.00001", "Inelastic effects", "version: 1") };
		const host = createHost({ files, pluginData: { "arxiv-atlas": { tools: { checkVersionsDaily: true } } } });
		const first = await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:check-new-versions");
		await until(host, () => notices().some((n) => n.message.startsWith("New versions could not be checked")));
		expect(notices().filter((n) => /^(New versions could not|Every paper)/.test(n.message)).map((n) => n.message.slice(0, 30))).toEqual(["New versions could not be chec"]);
		host.unloadPlugin(first);
		// Back online: the next start checks (the offline one did not count as today's).
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: ATOM_V3 } : { status: 404, text: "" }));
		await host.loadPlugin(ArxivAtlasPlugin);
		await until(host, () => openModals().length > 0);
		expect(topModal().titleEl.textContent).toBe("1 paper with a new version");
	});

	it("asks about a large vault in jobs of 1,000 papers, saying how far it is", async () => {
		const empty = ATOM_1601.replace(/<entry>[\s\S]*<\/entry>/, "");
		setRequestHandler((req) => (req.url.startsWith("https://export.arxiv.org/api/query") ? { status: 200, text: req.url.includes("1601.00001") ? ATOM_V3 : empty } : { status: 404, text: "" }));
		const files: Record<string, string> = { "papers/K.md": paperNote("1601.00001", "Inelastic effects", "version: 1") };
		for (let i = 0; i < 1000; i++) files[`papers/P${i}.md`] = paperNote(`2401.${String(10000 + i)}`, `Paper ${i}`, "version: 1");
		const host = createHost({ files });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:check-new-versions");
		await until(host, () => openModals().length > 0 || notices().some((n) => n.message.startsWith("Every paper")));
		// Two jobs: the progress says when the first 1,000 are done.
		expect(notices().some((n) => n.messages.some((m) => m.endsWith("1000 done.")))).toBe(true);
		expect(topModal().titleEl.textContent).toBe("1 paper with a new version");
	}, 60_000);
});
