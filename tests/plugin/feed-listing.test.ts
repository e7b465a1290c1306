import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { click, createHost, findButton, findSetting, notices, openModals, pressKey, requests, setRequestHandler, changeValue, topModal, typeInto, type Host } from "../host";
import { BLOCK_END, BLOCK_START } from "../../src/core/notes/managed-block";
import { atomFor, idsOf, press, RSS } from "./feed-helpers";
import { ATOM_1601, pasteAndImport, untilSummary } from "./helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const FOLLOWED = { "arxiv-atlas": { feed: { categories: ["cs.LG", "cs.AI", "cs.CL", "stat.ML"] } } };

async function listingHost(rss: string = RSS, api: "ok" | "down" = "ok"): Promise<Host> {
	setRequestHandler((req) => {
		if (req.url.startsWith("https://rss.arxiv.org/")) return { status: 200, text: rss };
		if (api === "down") throw new Error("net::ERR_INTERNET_DISCONNECTED");
		return { status: 200, text: atomFor(idsOf(req.url)) };
	});
	const host = createHost({ files: { "papers/": "" }, pluginData: FOLLOWED });
	await host.loadPlugin(ArxivAtlasPlugin);
	return host;
}

/** Runs the command until its preview modal shows. */
async function openPreview(host: Host): Promise<HTMLElement> {
	await host.runCommand("arxiv-atlas:import-listing");
	for (let i = 0; i < 20 && openModals().length === 0; i++) {
		await host.settle();
		await vi.advanceTimersByTimeAsync(100);
	}
	return topModal().contentEl;
}

/** Hand-made paper notes on brain networks, as an import writes them (a managed section with the abstract). */
const note = (id: string, title: string, abstract: string): string =>
	`---\ntitle: "${title}"\narxiv_id: "${id}"\nkeywords:\n  - "[[keywords/specific/Brain Networks|Brain Networks]]"\n---\n\n${BLOCK_START}\n# ${title}\n\n## Abstract\n\n${abstract}\n${BLOCK_END}\n`;
const BRAIN_NOTES: Record<string, string> = {
	"papers/A.md": note("2401.00001", "Connectivity of brain networks across subjects", "We compare brain networks built from neuroimaging of many subjects, each an adjacency matrix of connectivity between brain regions."),
	"papers/B.md": note("2401.00002", "Outliers among brain connectivity networks", "Detecting outlier subjects in a population of brain networks measured with neuroimaging, using the adjacency matrices of their connectivity."),
	"papers/C.md": note("2401.00003", "Statistics of multiple networks", "A statistical study of multiple network data: many adjacency matrices observed on the same nodes, as in neuroscience."),
};

const paperNotes = (host: Host): string[] => host.listFiles("papers").filter((p) => p.endsWith(".md"));
const filterBox = (preview: HTMLElement): HTMLInputElement => preview.querySelector<HTMLInputElement>("input[type=search]")!;
const status = (preview: HTMLElement): string => preview.querySelector(".arxiv-atlas-listing-status")?.textContent ?? "";
/** Titles of the rows the filter shows (a hidden row has the `hidden` attribute, as in the app). */
const shownTitles = (preview: HTMLElement): string[] =>
	[...preview.querySelectorAll<HTMLElement>(".arxiv-atlas-listing-item")].filter((r) => !r.hidden).map((r) => r.querySelector(".arxiv-atlas-listing-title")?.textContent ?? "");

describe("Import today's arXiv listing", () => {
	it("is a command and a ribbon entry, with no default hotkey", async () => {
		const host = await listingHost();
		expect(host.commandIds()).toEqual(expect.arrayContaining(["arxiv-atlas:import-listing", "arxiv-atlas:import-id-list", "arxiv-atlas:refresh-metadata"]));
		expect(host.ribbonIcons().map((r) => r.title)).toContain("Import today's arXiv listing");
	});

	it("fetches the day in one request, previews it, writes the chosen papers, then asks the API once for their dates", async () => {
		const host = await listingHost();
		const preview = await openPreview(host);
		expect(requests().map((r) => r.url)).toEqual(["https://rss.arxiv.org/rss/cs.LG+cs.AI+cs.CL+stat.ML"]);
		const text = preview.textContent ?? "";
		// new, new, cross; the replacement is off by default.
		expect(preview.querySelectorAll("input[type=checkbox]")).toHaveLength(3);
		expect(text).toContain("The Drift Contract");
		expect(text).toContain("Pritam Dey, Zhengwu Zhang, David B. Dunson");
		expect(text).toContain("stat.ME, stat.AP, stat.ML");
		expect(text).toContain("cross");
		expect(text).not.toContain("Random Polytope");
		expect(text).not.toContain("Announce Type");
		press("Import 3 papers");
		const summary = await untilSummary(host);
		expect(summary).toMatch(/0 failed/);
		expect(summary).toMatch(/Dates of 3 papers filled/);
		// The progress modal says how it ended, and no notice repeats what it shows.
		expect(topModal().titleEl.textContent).toBe("Importing the arXiv listing: finished");
		expect(notices().some((n) => n.message.startsWith("arXiv import:"))).toBe(false);

		const api = requests().slice(1);
		expect(api).toHaveLength(1);
		expect(idsOf(api[0]?.url ?? "").sort()).toEqual(["2205.06398", "2609.26811", "2609.26820"]);
		const notes = paperNotes(host);
		expect(notes).toHaveLength(3);
		const drift = notes.find((p) => p.includes("Drift Contract")) ?? "";
		expect(host.frontmatter(drift)).toMatchObject({ arxiv_id: "2609.26811", announced: "2026-09-24", published: "2015-12-26", authors: ["Fabien Polly"] });
		expect(host.readFile("daily/2026-09-24.md")).toContain("The Drift Contract");
		// Nothing was left out of this preview: no paper is recorded as seen and not imported.
		expect(JSON.parse(await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-seen.json"))).toEqual([]);
		expect(host.hasFile("papers/Papers.base")).toBe(true);
		expect(host.readFile("papers/Papers.base")).toContain('categories.contains("stat.ML")');
		// The run is over: nothing left to continue.
		expect((host.pluginData("arxiv-atlas") as { feed: { run?: unknown } }).feed.run).toBeUndefined();
		expect(await host.app.vault.adapter.exists(".obsidian/plugins/arxiv-atlas/run.json")).toBe(false);
	});

	it("marks papers already in the vault, leaves them unchecked, and has select all / none and a filter box", async () => {
		const host = await listingHost();
		await host.writeFile("papers/Old.md", '---\narxiv_id: "2609.26820"\n---\n');
		const preview = await openPreview(host);
		const boxes = (): HTMLInputElement[] => [...preview.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
		const known = preview.querySelector(".arxiv-atlas-badge.mod-known");
		expect(known?.textContent).toBe("In vault");
		expect(known?.closest(".arxiv-atlas-listing-item")?.textContent).toContain("Signal2Symbol");
		expect(boxes().map((b) => b.checked)).toEqual([true, false, true]);
		expect(status(preview)).toBe("2 of 3 papers selected");
		click(findButton(preview, "Select none"));
		expect(boxes().every((b) => !b.checked)).toBe(true);
		expect(findButton(preview, /^Import/).disabled).toBe(true);
		click(findButton(preview, "Select all"));
		expect(boxes().every((b) => b.checked)).toBe(true);
		typeInto(filterBox(preview), "neuroimaging");
		expect(shownTitles(preview)).toEqual(["Outlier Detection for Multi-Network Data"]);
	});

	it("imports exactly the ticked papers the filter shows, and says how many ticked ones it hides", async () => {
		const host = await listingHost();
		const preview = await openPreview(host);
		typeInto(filterBox(preview), "neuroimaging");
		// Three ticked, one shown: the button and the count say one, and the two hidden are named.
		expect(findButton(preview, /^Import/).textContent).toBe("Import 1 paper");
		expect(status(preview)).toBe("1 selected of 1 shown (3 in all) · 2 ticked papers hidden by the filter are not imported");
		typeInto(filterBox(preview), "no such words anywhere");
		expect(shownTitles(preview)).toEqual([]);
		expect(preview.querySelector(".arxiv-atlas-listing-empty")?.textContent).toBe('No paper matches "no such words anywhere".');
		expect(findButton(preview, /^Import/).disabled).toBe(true);
		// Select none acts on what is shown only: with the filter on one paper, the other two stay ticked.
		typeInto(filterBox(preview), "neuroimaging");
		click(findButton(preview, "Select none"));
		typeInto(filterBox(preview), "");
		expect(status(preview)).toBe("2 of 3 papers selected");
		typeInto(filterBox(preview), "spectral");
		press("Import 1 paper");
		await untilSummary(host);
		expect(paperNotes(host).map((p) => host.frontmatter(p)?.["arxiv_id"])).toEqual(["2609.26811"]);
		// The filter hid the other two when the user imported: they were not seen, so not recorded as passed over.
		expect(JSON.parse(await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-seen.json"))).toEqual([]);
	});

	it("works from the keyboard: arrows move between the papers shown, space ticks, Enter in the filter goes to the papers, Enter on one imports", async () => {
		const host = await listingHost();
		const preview = await openPreview(host);
		const filter = filterBox(preview);
		expect(document.activeElement).toBe(filter);
		const boxes = [...preview.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
		pressKey(filter, "ArrowDown");
		expect(document.activeElement).toBe(boxes[0]);
		pressKey(boxes[0]!, "ArrowDown");
		expect(document.activeElement).toBe(boxes[1]);
		click(boxes[1]!); // space on a focused checkbox is a click
		expect(status(preview)).toBe("2 of 3 papers selected");
		pressKey(boxes[1]!, "ArrowUp");
		pressKey(boxes[0]!, "ArrowUp");
		expect(document.activeElement).toBe(filter);
		pressKey(filter, "Enter");
		expect(document.querySelector(".arxiv-atlas-listing-modal")).not.toBeNull();
		expect(document.activeElement).toBe(boxes[0]);
		pressKey(boxes[0]!, "Enter");
		expect(document.querySelector(".arxiv-atlas-listing-modal")).toBeNull();
		// The paper the user saw and unticked is the radar's negative from now on, with its text.
		await host.settle();
		const seen = JSON.parse(await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-seen.json")) as { id: string; title: string; abstract: string }[];
		expect(seen.map((p) => p.id)).toEqual([boxes[1]?.getAttribute("data-id")]);
		expect(seen[0]?.title).not.toBe("");
		expect(seen[0]?.abstract).not.toBe("");
		await untilSummary(host);
		expect(paperNotes(host)).toHaveLength(2);
	});

	it("keeps complete notes without dates when the API cannot be reached; Refresh paper metadata fills them later", async () => {
		const host = await listingHost(RSS, "down");
		await openPreview(host);
		press("Import 3 papers");
		const summary = await untilSummary(host);
		expect(summary).toMatch(/3 new papers, 0 updated, 0 failed/);
		expect(summary).toMatch(/Published and updated dates are missing for now/);
		const notes = paperNotes(host);
		expect(notes).toHaveLength(3);
		for (const note of notes) {
			expect(host.frontmatter(note)?.["published"]).toBeUndefined();
			expect(host.readFile(note)).toContain("%% arxiv-atlas: end managed section %%");
		}
		setRequestHandler((req) => ({ status: 200, text: atomFor(idsOf(req.url)) }));
		await host.runCommand("arxiv-atlas:refresh-metadata");
		await untilSummary(host);
		for (const note of notes) {
			expect(host.frontmatter(note)).toMatchObject({ published: "2015-12-26", announced: "2026-09-24" });
		}
		// No new daily note lines for papers imported before.
		expect(host.listFiles("daily")).toEqual(["daily/2026-09-24.md"]);
	});

	it("a progress modal the user closed during the run leaves the summary in a notice", async () => {
		const host = await listingHost();
		await openPreview(host);
		press("Import 3 papers");
		await host.settle();
		expect(topModal().titleEl.textContent).toBe("Importing the arXiv listing…");
		topModal().close();
		const summary = await untilSummary(host);
		expect(notices().at(-1)?.message).toBe(summary);
		expect(summary).toMatch(/^arXiv import: 3 new papers, 0 updated, 0 failed\./);
	});

	it("sorts the preview by how much each paper is like the vault's papers, with a bar and why", async () => {
		const files = BRAIN_NOTES;
		setRequestHandler((req) => (req.url.startsWith("https://rss.arxiv.org/") ? { status: 200, text: RSS } : { status: 200, text: atomFor(idsOf(req.url)) }));
		const host = createHost({ files: { "papers/": "", ...files }, pluginData: FOLLOWED });
		await host.loadPlugin(ArxivAtlasPlugin);
		const preview = await openPreview(host);
		expect(preview.textContent).toContain("Sorted by how much each is like the papers in your vault.");
		expect(shownTitles(preview)[0]).toBe("Outlier Detection for Multi-Network Data");
		const first = preview.querySelector(".arxiv-atlas-listing-item");
		expect(first?.querySelector(".arxiv-atlas-score-bar")?.getAttribute("aria-valuenow")).toBe("100");
		expect(first?.querySelector(".arxiv-atlas-listing-why")?.textContent).toMatch(/^Like your papers on .*(brain|network|adjacency|neuroimaging)/);

		// The vault changes (new papers, written as any note is): the next preview follows, with no note read twice.
		topModal().close();
		const ecg = (n: number): string => note(`2401.0001${n}`, `Anomaly detection in physiological time series ${n}`, "Explainable anomaly detection in physiological time series such as electrocardiograms (ECG) and electroencephalograms (EEG), with temporal reasoning over the signals.");
		for (let n = 0; n < 5; n++) await host.writeFile(`papers/ECG ${n}.md`, ecg(n));
		await host.settle();
		await vi.advanceTimersByTimeAsync(3500); // arXiv's 3 s between requests, the listing's too
		const again = await openPreview(host);
		expect(shownTitles(again)[0]).toBe("Signal2Symbol: Neuro-Symbolic Temporal Reasoning for Explainable Physiological Time-Series Anomaly Detection");
	});

	it("ticks only the papers most like the vault's when asked, and keeps arXiv's order when sorting is off", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://rss.arxiv.org/") ? { status: 200, text: RSS } : { status: 200, text: atomFor(idsOf(req.url)) }));
		const liked = createHost({ files: { "papers/": "", ...BRAIN_NOTES }, pluginData: { "arxiv-atlas": { feed: { ...FOLLOWED["arxiv-atlas"].feed, preselect: "liked" } } } });
		await liked.loadPlugin(ArxivAtlasPlugin);
		const preview = await openPreview(liked);
		const ticked = [...preview.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.getAttribute("data-id"));
		expect(ticked).toEqual(["2205.06398"]);
		topModal().close();

		const off = createHost({ files: { "papers/": "", ...BRAIN_NOTES }, pluginData: { "arxiv-atlas": { feed: { ...FOLLOWED["arxiv-atlas"].feed, rankByLibrary: false } } } });
		await off.loadPlugin(ArxivAtlasPlugin);
		await vi.advanceTimersByTimeAsync(3500);
		const plain = await openPreview(off);
		expect(shownTitles(plain)[0]).toBe("The Drift Contract: Spectral Updates for Depth-Robust Local Learning");
		expect(plain.querySelector(".arxiv-atlas-score-bar")).toBeNull();
	});

	it("recommends in the daily note the day's best papers not imported, with why, and replaces them at the next listing", async () => {
		setRequestHandler((req) => (req.url.startsWith("https://rss.arxiv.org/") ? { status: 200, text: RSS } : { status: 200, text: atomFor(idsOf(req.url)) }));
		const host = createHost({
			files: { "papers/": "", ...BRAIN_NOTES, "daily/2026-09-24.md": "# My day\n\nMet the group.\n" },
			pluginData: { "arxiv-atlas": { feed: { ...FOLLOWED["arxiv-atlas"].feed, preselect: "liked", recommend: 3 } } },
		});
		await host.loadPlugin(ArxivAtlasPlugin);
		const preview = await openPreview(host);
		const order = [...preview.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].map((b) => b.getAttribute("data-id"));
		press("Import 1 paper");
		await untilSummary(host);
		await host.settle();
		const daily = host.readFile("daily/2026-09-24.md");
		// The user's lines first, then the imported paper's section, then the recommended part.
		expect(daily.startsWith("# My day\n\nMet the group.\n")).toBe(true);
		const part = daily.slice(daily.indexOf("## Recommended"));
		expect(daily.indexOf("## arXiv papers")).toBeLessThan(daily.indexOf("## Recommended"));
		const lines = part.split("\n").filter((l) => l.startsWith("- "));
		// The two papers left, best first, each a link to its arXiv page with why; not the one imported.
		expect(lines.map((l) => /abs\/([\d.]+)\)/.exec(l)?.[1])).toEqual(order.filter((id) => id !== "2205.06398"));
		expect(lines[0]).toMatch(/^- \[The Drift Contract: Spectral Updates for Depth-Robust Local Learning\]\(https:\/\/arxiv\.org\/abs\/2609\.26811\) — like your papers on \w/);

		// The user writes under the part; the next listing of the day replaces the part only.
		host.writeFile("daily/2026-09-24.md", `${host.readFile("daily/2026-09-24.md")}\nTo read first: the second one.\n`);
		topModal().close();
		await vi.advanceTimersByTimeAsync(3500);
		const again = await openPreview(host);
		click(findButton(again, "Select none"));
		click(again.querySelector<HTMLInputElement>(`input[data-id="${order[1] ?? ""}"]`)!);
		press("Import 1 paper");
		await untilSummary(host);
		await host.settle();
		const after = host.readFile("daily/2026-09-24.md");
		expect(after).toContain("To read first: the second one.");
		expect(after.match(/## Recommended/g)).toHaveLength(1);
		const left = after.slice(after.indexOf("## Recommended")).split("\n").filter((l) => l.startsWith("- "));
		expect(left.map((l) => /abs\/([\d.]+)\)/.exec(l)?.[1])).toEqual([order[2]]);
		// Both imported papers are listed in the day's section, none inside the recommended part.
		const section = after.slice(after.indexOf("## arXiv papers"), after.indexOf("## Recommended"));
		expect(section).toContain("arXiv:2205.06398");
		expect(section).toContain(`arXiv:${order[1] ?? ""}`);
	});

	it("ranks by one topic's papers when the library is a folder", async () => {
		const ecg = (n: number): string => note(`2401.0002${n}`, `Anomalies in physiological time series ${n}`, "Explainable anomaly detection in physiological time series such as electrocardiograms (ECG) and electroencephalograms (EEG).");
		const files: Record<string, string> = { "papers/": "" };
		for (const [path, text] of Object.entries(BRAIN_NOTES)) files[path.replace("papers/", "papers/brain/")] = text;
		for (let n = 0; n < 3; n++) files[`papers/ecg/E${n}.md`] = ecg(n);
		setRequestHandler((req) => (req.url.startsWith("https://rss.arxiv.org/") ? { status: 200, text: RSS } : { status: 200, text: atomFor(idsOf(req.url)) }));
		const host = createHost({ files, pluginData: { "arxiv-atlas": { feed: { ...FOLLOWED["arxiv-atlas"].feed, radarLibrary: "folder:papers/ecg" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		expect(shownTitles(await openPreview(host))[0]).toBe("Signal2Symbol: Neuro-Symbolic Temporal Reasoning for Explainable Physiological Time-Series Anomaly Detection");
		topModal().close();
		// Another library in the settings: the next preview ranks by it. A mistyped one is not saved and says why.
		const tab = host.openSettingTab();
		const input = findSetting(tab, "Libraries to rank by").querySelector("textarea") as HTMLTextAreaElement;
		typeInto(input, "papers/brain");
		expect(findSetting(tab, "Libraries to rank by").querySelector(".setting-item-description")?.textContent).toMatch(/names no library/);
		typeInto(input, "folder:papers/brain");
		await host.settle();
		expect(host.pluginData("arxiv-atlas")).toMatchObject({ feed: { radarLibrary: "folder:papers/brain" } });
		await vi.advanceTimersByTimeAsync(3500);
		expect(shownTitles(await openPreview(host))[0]).toBe("Outlier Detection for Multi-Network Data");
		// One preview had one library: no menu.
		expect(topModal().contentEl.querySelector("select")).toBeNull();
		topModal().close();

		// Several libraries, one a line: the first ranks the preview, its menu ranks by another.
		typeInto(input, "folder:papers/ecg\nfolder:papers/brain");
		await host.settle();
		await vi.advanceTimersByTimeAsync(3500);
		const byEcg = await openPreview(host);
		expect(shownTitles(byEcg)[0]).toMatch(/^Signal2Symbol/);
		const seenBefore = await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-seen.json").catch(() => "none");
		const menu = byEcg.querySelector("select") as HTMLSelectElement;
		expect([...menu.options].map((o) => o.value)).toEqual(["folder:papers/ecg", "folder:papers/brain"]);
		changeValue(menu, "folder:papers/brain");
		for (let i = 0; i < 20 && openModals().length === 0; i++) {
			await host.settle();
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(openModals()).toHaveLength(1);
		expect(shownTitles(topModal().contentEl)[0]).toBe("Outlier Detection for Multi-Network Data");
		expect((topModal().contentEl.querySelector("select") as HTMLSelectElement).value).toBe("folder:papers/brain");
		// Switching recorded nothing as passed over; ranking again asked arXiv nothing more.
		expect(await host.app.vault.adapter.read(".obsidian/plugins/arxiv-atlas/radar-seen.json").catch(() => "none")).toBe(seenBefore);
		expect(requests().filter((r) => r.url.startsWith("https://rss.arxiv.org/"))).toHaveLength(3);
	});

	it("keeps arXiv's order when the vault has fewer than 3 papers to rank by", async () => {
		const host = await listingHost();
		const preview = await openPreview(host);
		expect(preview.textContent).not.toContain("Sorted by how much");
		expect(shownTitles(preview)[0]).toBe("The Drift Contract: Spectral Updates for Depth-Robust Local Learning");
		expect(preview.querySelector(".arxiv-atlas-score-bar")).toBeNull();
	});

	it("says plainly that there is no listing on a weekend", async () => {
		// Hand-made: the recorded feed emptied and dated Saturday, as arXiv sends it on weekends.
		const weekend = RSS.replace(/<item>[\s\S]*<\/item>/, "").replace(/<pubDate>Thu, 24 Sep 2026/g, "<pubDate>Sat, 26 Sep 2026");
		const host = await listingHost(weekend);
		await host.runCommand("arxiv-atlas:import-listing");
		await host.settle();
		await vi.advanceTimersByTimeAsync(100);
		expect(notices().at(-1)?.message).toBe("No new arXiv listing on Saturday: arXiv does not announce on weekends and holidays");
		expect(openModals()).toHaveLength(0);
		expect(paperNotes(host)).toEqual([]);
	});

	it("skips a malformed item with the reason and imports the rest", async () => {
		// Hand-made: the first item names no paper (no guid, no link, no prefix).
		const broken = RSS.replace(/<item>[\s\S]*?<\/item>/, (item) =>
			item.replace(/<link>[^<]*<\/link>/, "").replace(/<guid[^>]*>[^<]*<\/guid>/, "").replace("arXiv:2609.26811v1 Announce Type: new", ""),
		);
		const host = await listingHost(broken);
		const preview = await openPreview(host);
		expect(preview.textContent).toMatch(/1 item of the feed could not be read and will be skipped/);
		expect(preview.textContent).toMatch(/names no arXiv paper/);
		press("Import 2 papers");
		await untilSummary(host);
		expect(paperNotes(host)).toHaveLength(2);
	});

	it("keeps at least 3 s between any two arXiv requests, across commands (fake clock)", async () => {
		const times: number[] = [];
		setRequestHandler((req) => {
			times.push(Date.now());
			if (req.url.startsWith("https://rss.arxiv.org/")) return { status: 200, text: RSS };
			if (req.url.includes("1601.00001")) return { status: 200, text: ATOM_1601 };
			return { status: 200, text: atomFor(idsOf(req.url)) };
		});
		const host = createHost({ files: { "papers/": "" }, pluginData: FOLLOWED });
		await host.loadPlugin(ArxivAtlasPlugin);
		await openPreview(host);
		press("Import 3 papers");
		// A second command while the listing runs.
		await host.runCommand("arxiv-atlas:import-paper");
		pasteAndImport("1601.00001");
		for (let i = 0; i < 40 && times.length < 3; i++) {
			await host.settle();
			await vi.advanceTimersByTimeAsync(1000);
		}
		expect(times).toHaveLength(3);
		const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3000);
	});
});
