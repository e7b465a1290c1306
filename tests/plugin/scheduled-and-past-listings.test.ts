import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { createHost, openModals, requests, setRequestHandler, topModal, visibleNotices, type Host } from "../host";
import { atomFor, idsOf, RSS } from "./feed-helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const rssRequests = (): number => requests().filter((r) => r.url.startsWith("https://rss.arxiv.org/")).length;

async function minutes(host: Host, n: number): Promise<void> {
	for (let i = 0; i < n; i++) {
		await vi.advanceTimersByTimeAsync(60_000);
		await host.settle();
	}
}

function answerArxiv(): void {
	setRequestHandler((req) => (req.url.startsWith("https://rss.arxiv.org/") ? { status: 200, text: RSS } : { status: 200, text: atomFor(idsOf(req.url)) }));
}

describe("the scheduled listing", () => {
	it("shows today's preview once Obsidian is open past the time, once a day, and not on a weekend", async () => {
		answerArxiv();
		// Monday 30 November 2026, 08:28.
		vi.setSystemTime(new Date("2026-11-30T08:28:00"));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG"], scheduleTime: "08:30" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await minutes(host, 1);
		expect(rssRequests()).toBe(0);
		await minutes(host, 2);
		expect(rssRequests()).toBe(1);
		expect(topModal().contentEl.querySelectorAll(".arxiv-atlas-listing-item").length).toBeGreaterThan(0);
		topModal().close();
		// Later the same day: not again.
		await minutes(host, 30);
		expect(rssRequests()).toBe(1);
		// Saturday: no listing is taken.
		vi.setSystemTime(new Date("2026-12-05T09:00:00"));
		await minutes(host, 2);
		expect(rssRequests()).toBe(1);
		// Monday again, across the weekend: it is.
		vi.setSystemTime(new Date("2026-12-07T08:45:00"));
		await minutes(host, 2);
		expect(rssRequests()).toBe(2);
	});

	it("offline, says so for a while and tries again every 15 minutes, not every minute, until arXiv answers", async () => {
		setRequestHandler(() => {
			throw new Error("net::ERR_NAME_NOT_RESOLVED");
		});
		vi.setSystemTime(new Date("2026-11-30T09:00:00"));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG"], scheduleTime: "08:30" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.settle();
		expect(rssRequests()).toBe(1);
		expect(visibleNotices()).toEqual([expect.stringMatching(/^arXiv listing: .*It is tried again in 15 minutes\.$/)]);
		await minutes(host, 14);
		expect(rssRequests()).toBe(1);
		expect(visibleNotices()).toEqual([]);
		answerArxiv();
		await minutes(host, 2);
		expect(rssRequests()).toBe(2);
		expect(topModal().contentEl.querySelectorAll(".arxiv-atlas-listing-item").length).toBeGreaterThan(0);
	});

	it("imports at once the papers the preview would tick when set so, with no preview", async () => {
		answerArxiv();
		vi.setSystemTime(new Date("2026-11-30T09:00:00"));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG"], scheduleTime: "08:30", scheduleMode: "import" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		for (let i = 0; i < 20 && host.listFiles("papers").filter((p) => p.endsWith(".md")).length < 3; i++) await minutes(host, 1);
		expect(host.listFiles("papers").filter((p) => p.endsWith(".md") && !p.endsWith("Papers.base"))).toHaveLength(3);
		expect(openModals().some((m) => m.contentEl.hasClass("arxiv-atlas-listing"))).toBe(false);
	});

	it("counts a listing taken by the command as today's: the schedule does not take it again", async () => {
		answerArxiv();
		vi.setSystemTime(new Date("2026-11-30T08:00:00"));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG"], scheduleTime: "08:30" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-listing");
		await minutes(host, 1);
		expect(rssRequests()).toBe(1);
		topModal().close();
		await minutes(host, 40);
		expect(rssRequests()).toBe(1);
	});

	it("does nothing with no time set (the default)", async () => {
		answerArxiv();
		vi.setSystemTime(new Date("2026-11-30T12:00:00"));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG"] } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await minutes(host, 5);
		expect(rssRequests()).toBe(0);
	});
});

describe("Import a past arXiv listing", () => {
	it("asks for the days, then previews the followed categories' papers submitted on them", async () => {
		const { readFileSync } = await import("node:fs");
		const { changeValue, click, findButton } = await import("../host");
		const body = readFileSync("tests/fixtures/arxiv-api/search-cat-cs.RO-AND-neural-2-entries.xml", "utf8");
		setRequestHandler((req) => ({ status: 200, text: req.url.startsWith("https://export.arxiv.org/api/query") ? body : "" }));
		vi.setSystemTime(new Date("2026-11-30T10:00:00"));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.RO"] } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-past-listing");
		const modal = topModal().contentEl;
		const [first, last] = [...modal.querySelectorAll<HTMLInputElement>("input[type=date]")];
		expect(first?.value).toBe("2026-11-29");
		changeValue(first as HTMLInputElement, "2026-11-25");
		changeValue(last as HTMLInputElement, "2026-11-26");
		click(findButton(modal, "Show the papers"));
		for (let i = 0; i < 20 && !openModals().some((m) => m.contentEl.hasClass("arxiv-atlas-listing")); i++) await minutes(host, 1);
		const query = new URL(requests().find((r) => r.url.startsWith("https://export.arxiv.org/api/query"))?.url ?? "").searchParams.get("search_query");
		expect(query).toBe("(cat:cs.RO) AND submittedDate:[202611250000 TO 202611262359]");
		const preview = topModal();
		expect(preview.titleEl.textContent).toBe("arXiv listing of 2026-11-26: cs.RO");
		expect(preview.contentEl.querySelectorAll(".arxiv-atlas-listing-item")).toHaveLength(2);
	});
});
