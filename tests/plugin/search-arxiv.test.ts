import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { SEARCH_DEBOUNCE_MS, type SearchArxivModal, type SearchRow } from "../../src/obsidian/search/search-modal";
import { createHost, notices, requests, setRequestHandler, topModal, typeInto, type Host } from "../host";
import { ATOM_SCIENCE } from "./helpers";
import { paperNote, untilNotice } from "./tools-helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

/**
 * The host's SuggestModal does not run Obsidian's suggestion loop, so it is wired here as Obsidian
 * does it: every input event asks the modal for suggestions for the box's text, and the rows shown
 * are the last answer, rendered with renderSuggestion.
 */
async function openSearch(host: Host): Promise<{ modal: SearchArxivModal; type: (text: string) => void; shown: () => { rows: SearchRow[]; text: string[]; els: HTMLElement[] } }> {
	await host.runCommand("arxiv-atlas:search-arxiv");
	const modal = topModal().modal as SearchArxivModal;
	let rows: SearchRow[] = [];
	modal.inputEl.addEventListener("input", () => {
		rows = modal.getSuggestions(modal.inputEl.value);
	});
	return {
		modal,
		type: (text) => typeInto(modal.inputEl, text),
		shown: () => {
			const els = rows.map((row) => {
				const el = document.createElement("div");
				modal.renderSuggestion(row, el);
				return el;
			});
			return { rows, els, text: els.map((el) => el.textContent ?? "") };
		},
	};
}

/** Types `text` one key at a time, faster than the debounce. */
function typeSlowly(type: (text: string) => void, text: string): void {
	for (let i = 1; i <= text.length; i++) type(text.slice(0, i));
}

async function pause(host: Host, ms: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms);
	await host.settle();
}

describe("Search arXiv", () => {
	it("asks arXiv once per settled query, shows title, authors, year, category and 'in vault', and caches per query", async () => {
		setRequestHandler(() => ({ text: ATOM_SCIENCE }));
		const host = createHost({ files: { "papers/Defining.md": paperNote("1501.05039", "Defining Data Science") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const search = await openSearch(host);

		typeSlowly(search.type, "data science");
		expect(search.shown().rows).toEqual([]);
		await pause(host, SEARCH_DEBOUNCE_MS + 100);
		expect(requests()).toHaveLength(1);
		const url = new URL(requests()[0]?.url ?? "");
		expect(url.origin + url.pathname).toBe("https://export.arxiv.org/api/query");
		expect(url.searchParams.get("search_query")).toBe("(ti:data OR abs:data) AND (ti:science OR abs:science)");

		const { rows, text } = search.shown();
		expect(rows).toHaveLength(10);
		// Two lines as in the quick switcher (title; authors · year · category · ID) and an In vault badge.
		expect(text[0]).toBe("Defining Data ScienceYangyong Zhu, Yun Xiong · 2015 · cs.DB · 1501.05039In vault");
		const first = search.shown().els[0];
		expect(first?.querySelector(".suggestion-title")?.textContent).toBe("Defining Data Science");
		expect(first?.querySelector(".suggestion-note")?.textContent).toBe("Yangyong Zhu, Yun Xiong · 2015 · cs.DB · 1501.05039");
		expect(text.filter((t) => t.endsWith("In vault"))).toHaveLength(1);

		// A field prefix passes through; going back to the first query costs no request.
		typeSlowly(search.type, "au:smith");
		await pause(host, 3500); // the shared limiter keeps 3 s between arXiv requests
		expect(requests()).toHaveLength(2);
		expect(new URL(requests()[1]?.url ?? "").searchParams.get("search_query")).toBe("au:smith");
		search.type("data  science ");
		await pause(host, SEARCH_DEBOUNCE_MS + 100);
		expect(requests()).toHaveLength(2);
		expect(search.shown().rows).toHaveLength(10);
	});

	it("keeps the 3 s between requests while typing", async () => {
		const times: number[] = [];
		setRequestHandler(() => {
			times.push(Date.now());
			return { text: ATOM_SCIENCE };
		});
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		const search = await openSearch(host);
		search.type("graph");
		await pause(host, SEARCH_DEBOUNCE_MS + 100);
		search.type("graph neural");
		await pause(host, SEARCH_DEBOUNCE_MS + 100);
		await pause(host, 4000);
		expect(times).toHaveLength(2);
		expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(3000);
	});

	it("choosing a paper imports it from the search answer; choosing one in the vault opens it", async () => {
		setRequestHandler(() => ({ text: ATOM_SCIENCE }));
		const host = createHost({ files: { "papers/Defining.md": paperNote("1501.05039", "Defining Data Science") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const search = await openSearch(host);
		search.type("science");
		await pause(host, SEARCH_DEBOUNCE_MS + 100);
		const rows = search.shown().rows;
		const fresh = rows.find((r) => !r.note);
		const existing = rows.find((r) => r.note);
		if (!fresh || !existing) throw new Error("expected rows in and out of the vault");
		search.modal.selectSuggestion(fresh, new MouseEvent("click"));
		expect(await untilNotice(host, /^arXiv import:/)).toMatch(/created/);
		expect(requests()).toHaveLength(1);
		expect(host.listFiles("papers").some((p) => host.frontmatter(p)?.["arxiv_id"] === fresh.paper.id)).toBe(true);

		const again = await openSearch(host);
		again.type("science");
		await pause(host, 10);
		expect(requests()).toHaveLength(1);
		const row = again.shown().rows.find((r) => r.paper.id === existing.paper.id);
		if (!row) throw new Error("no row");
		again.modal.selectSuggestion(row, new MouseEvent("click"));
		await host.settle();
		expect(host.openedFiles().at(-1)).toBe("papers/Defining.md");
	});

	it("says when arXiv found nothing", async () => {
		setRequestHandler(() => ({ text: '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>arXiv Query</title></feed>' }));
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		const search = await openSearch(host);
		search.type("qwxzv");
		await pause(host, SEARCH_DEBOUNCE_MS + 100);
		expect(search.shown().rows).toEqual([]);
		expect(search.modal.emptyStateText).toBe("No papers found on arXiv.");
	});

	it("shows why a search failed", async () => {
		setRequestHandler(() => ({ status: 400, text: "bad" }));
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		const search = await openSearch(host);
		search.type("graph");
		await pause(host, SEARCH_DEBOUNCE_MS + 100);
		expect(search.modal.emptyStateText).toMatch(/^arXiv search failed: arXiv refused the request \(HTTP 400\)/);
		expect(notices()).toEqual([]);
	});
});
