import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { createHost, openModals, requests, setRequestHandler, topModal, type Host } from "../host";
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

	it("imports at once the papers the preview would tick when set so, with no preview", async () => {
		answerArxiv();
		vi.setSystemTime(new Date("2026-11-30T09:00:00"));
		const host = createHost({ files: { "papers/": "" }, pluginData: { "arxiv-atlas": { feed: { categories: ["cs.LG"], scheduleTime: "08:30", scheduleMode: "import" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		for (let i = 0; i < 20 && host.listFiles("papers").filter((p) => p.endsWith(".md")).length < 3; i++) await minutes(host, 1);
		expect(host.listFiles("papers").filter((p) => p.endsWith(".md") && !p.endsWith("Papers.base"))).toHaveLength(3);
		expect(openModals().some((m) => m.contentEl.hasClass("arxiv-atlas-listing"))).toBe(false);
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
