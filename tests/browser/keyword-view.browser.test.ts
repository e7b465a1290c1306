/**
 * The keyword view and its styles in a real browser: headless Chromium renders the built main.js
 * and styles.css inside a page that provides the in-memory Obsidian host (tests/artifacts/page,
 * built by scripts/build-browser-page.mjs), in the light and the dark theme. Screenshots go to
 * tests/artifacts/. Skipped, with a message, when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keywordNote, paperNote } from "../plugin/view-fixtures";
import { tempDir } from "../support/temp-dir";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const PAGE_DIR = "tests/artifacts/page";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with "apt-get install -y chromium" (Debian) or set CHROMIUM_PATH.`);

const LLM = "keywords/broad/Large Language Models";
const RAG = "keywords/evolved/Retrieval-Augmented Generation";
const GPT = "keywords/unique/GPT-4o";
const GNN = "keywords/specific/Graph Neural Networks";
const FILES: Record<string, string> = {
	[`${LLM}.md`]: keywordNote("broad"),
	[`${RAG}.md`]: keywordNote("evolved"),
	[`${GPT}.md`]: keywordNote("unique"),
	[`${GNN}.md`]: keywordNote("specific"),
	"papers/Agents.md": paperNote("2502.15871", "Agents that retrieve", "2025-02-21", [LLM, RAG], "Grace Hopper"),
	"papers/Omni.md": paperNote("2410.21276", "GPT-4o system card", "2024-10-25", [LLM, GPT], "OpenAI"),
	"papers/Survey.md": paperNote("2303.18223", "A survey of large language models", "2023-03-31", [LLM, RAG, GNN], "Wayne Xin Zhao"),
};
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

describe.skipIf(!hasChromium)(`keyword view in Chromium (${CHROMIUM})`, () => {
	let server: Server;
	let base = "";
	let context: BrowserContext;

	beforeAll(async () => {
		if (!existsSync(join(PAGE_DIR, "harness.js"))) throw new Error("the page is not built: run npm run test:browser (it builds main.js and the page first)");
		mkdirSync("tests/artifacts", { recursive: true });
		server = createServer((req, res) => {
			const name = (req.url ?? "/").split("?")[0] === "/" ? "index.html" : (req.url ?? "").slice(1).split("?")[0] ?? "";
			const path = join(PAGE_DIR, name);
			if (name.includes("..") || !existsSync(path)) {
				res.writeHead(404).end();
				return;
			}
			res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
		});
		await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
		const address = server.address();
		base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
		context = await chromium.launchPersistentContext(tempDir("arxiv-atlas-chromium-"), {
			executablePath: CHROMIUM,
			headless: true,
			viewport: { width: 360, height: 640 },
			args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
		});
	});

	afterAll(async () => {
		await context?.close();
		await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	});

	async function openView(theme: "light" | "dark", active?: string): Promise<Page> {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on("pageerror", (e) => errors.push(e.message));
		await page.goto(base);
		await page.evaluate((t) => document.body.classList.replace("theme-light", `theme-${t}`), theme);
		await page.evaluate(async ({ files, activePath }) => {
			await (window as unknown as { atlas: { open(f: Record<string, string>, a?: string): Promise<void> } }).atlas.open(files, activePath);
		}, { files: FILES, activePath: active });
		await page.waitForSelector("body[data-ready]");
		expect(errors).toEqual([]);
		return page;
	}

	for (const theme of ["light", "dark"] as const) {
		test(`${theme} theme: groups, filter, expand, open`, async () => {
			const page = await openView(theme);
			const keywords = page.locator(".arxiv-atlas-keyword-tree .arxiv-atlas-keyword .tree-item-inner");
			await expect.poll(() => keywords.allInnerTexts()).toEqual(["Large Language Models", "Retrieval-Augmented Generation", "Graph Neural Networks", "GPT-4o"]);
			expect(await page.locator(".arxiv-atlas-group-title .tree-item-inner").allInnerTexts()).toEqual([
				"🔬 Broad technical",
				"🚀 Evolved concepts",
				"🔗 Specific connectable",
				"⭐ Unique technical",
			]);
			// Theme variables reach the view: the text colour differs between light and dark.
			const color = await page.locator(".arxiv-atlas-keyword").first().evaluate((el) => getComputedStyle(el).color);
			expect(color).toBe(theme === "light" ? "rgb(92, 92, 92)" : "rgb(179, 179, 179)");
			await page.screenshot({ path: `tests/artifacts/keyword-view-${theme}.png` });

			// Expand a keyword: its papers show with first author and year.
			await page.locator(".arxiv-atlas-keyword", { hasText: "Large Language Models" }).click();
			const papers = page.locator(".arxiv-atlas-keyword-tree .arxiv-atlas-paper");
			await expect.poll(() => papers.count()).toBe(3);
			await expect.poll(() => papers.first().isVisible()).toBe(true);
			expect(await papers.first().innerText()).toContain("Grace Hopper · 2025");
			await page.screenshot({ path: `tests/artifacts/keyword-view-${theme}-expanded.png` });

			// Type in the filter: the list narrows.
			await page.locator(".arxiv-atlas-filter").fill("gpt");
			await expect.poll(() => keywords.allInnerTexts()).toEqual(["GPT-4o"]);
			await page.locator(".arxiv-atlas-filter").fill("nothing like it");
			await expect.poll(() => page.locator(".arxiv-atlas-empty").innerText()).toBe('No keyword matches "nothing like it".');
			await page.screenshot({ path: `tests/artifacts/keyword-view-${theme}-filtered.png` });

			// Keyboard: focus a row, Arrow Right expands it.
			await page.locator(".arxiv-atlas-filter").fill("");
			await page.locator(".arxiv-atlas-keyword", { hasText: "GPT-4o" }).focus();
			await page.keyboard.press("ArrowRight");
			await expect.poll(() => page.locator(".arxiv-atlas-keyword", { hasText: "GPT-4o" }).getAttribute("aria-expanded")).toBe("true");
			await page.close();
		});
	}

	for (const theme of ["light", "dark"] as const) {
		test(`the listing preview of a recorded day (${theme} theme): a wide modal, the paper in the vault marked, the filter and Import in view`, async () => {
			const page = await context.newPage();
			await page.setViewportSize({ width: 1100, height: 760 });
			const errors: string[] = [];
			page.on("pageerror", (e) => errors.push(e.message));
			await page.goto(base);
			await page.evaluate((t) => document.body.className = `theme-${t}`, theme);
			const feed = readFileSync("tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml", "utf8");
			await page.evaluate(async (xml) => {
				const known = '---\narxiv_id: "2609.26820"\n---\n';
				await (window as unknown as { atlas: { listing(x: string, f: Record<string, string>): Promise<void> } }).atlas.listing(xml, { "papers/Signal2Symbol.md": known });
			}, feed);
			await page.waitForSelector("body[data-ready]");
			expect(errors).toEqual([]);
			const modal = page.locator(".modal");
			expect(await modal.locator(".modal-title").innerText()).toMatch(/listing/i);
			// Wider than Obsidian's default dialog (560 px), and the Import button inside the window.
			expect((await modal.boundingBox())?.width).toBeGreaterThan(800);
			const importButton = modal.locator("button.mod-cta");
			expect(await importButton.innerText()).toBe("Import 2 papers");
			expect(await importButton.isVisible()).toBe(true);
			const box = await importButton.boundingBox();
			expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(760);
			expect(await modal.locator(".arxiv-atlas-badge.mod-known").innerText()).toMatch(/in vault/i);
			// The abstract is cut to two lines, with More to read it all.
			const abstract = modal.locator(".arxiv-atlas-listing-abstract").first();
			const clamped = (await abstract.boundingBox())?.height ?? 0;
			await modal.locator(".arxiv-atlas-listing-more").first().click();
			expect((await abstract.boundingBox())?.height ?? 0).toBeGreaterThan(clamped * 1.5);
			await modal.locator(".arxiv-atlas-listing-more").first().click();
			await modal.screenshot({ path: `tests/artifacts/listing-preview-${theme}.png` });
			// The filter narrows the list; the button counts only the papers shown.
			await modal.locator(".arxiv-atlas-listing-filter").fill("neuroimaging");
			await expect.poll(() => importButton.innerText()).toBe("Import 1 paper");
			expect(await modal.locator(".arxiv-atlas-listing-status").innerText()).toMatch(/1 ticked paper hidden by the filter is not imported/);
			await modal.screenshot({ path: `tests/artifacts/listing-preview-${theme}-filtered.png` });
			await page.close();
		});
	}

	test("a paper note as the plugin writes it, in the reading view (light theme)", async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 820, height: 1100 });
		const errors: string[] = [];
		page.on("pageerror", (e) => errors.push(e.message));
		await page.goto(base);
		const markdown = readFileSync("tests/expected/en-2502.15871.md", "utf8");
		await page.evaluate((md) => (window as unknown as { atlas: { note(p: string, m: string): void } }).atlas.note("papers/A Comprehensive Survey on the Trustworthiness of Large Language Models in Healthcare.md", md), markdown);
		await page.waitForSelector("body[data-ready]");
		expect(errors).toEqual([]);
		const view = page.locator(".markdown-preview-view");
		// What a reader sees: keyword links by name, no managed-section markers, the sections in order.
		const text = await view.innerText();
		expect(text).not.toContain("arxiv-atlas: begin");
		expect(text).not.toContain("[[");
		expect(await view.locator("a.internal-link", { hasText: "Large Language Models" }).count()).toBeGreaterThan(0);
		expect(await view.locator("h2").allInnerTexts()).toEqual(expect.arrayContaining(["📄 Abstract", "🎯 Key points"]));
		// The metadata in one callout under the title; each keyword once in the text, as a link.
		expect(await view.locator(".callout .callout-title").innerText()).toMatch(/^arXiv:2502\.15871 · cs\.AI, cs\.CL$/);
		expect(await view.locator(".callout a.internal-link", { hasText: "Large Language Models" }).count()).toBe(1);
		await page.screenshot({ path: "tests/artifacts/paper-note-light.png" });
		await page.close();
	});

	for (const theme of ["light", "dark"] as const) {
		test(`the settings tab (${theme} theme): seven sections, slider values, category pills`, async () => {
			const page = await context.newPage();
			await page.setViewportSize({ width: 900, height: 2400 });
			const errors: string[] = [];
			page.on("pageerror", (e) => errors.push(e.message));
			await page.goto(base);
			await page.evaluate((t) => (document.body.className = `theme-${t}`), theme);
			await page.evaluate(async () => {
				await (window as unknown as { atlas: { settings(d: Record<string, unknown>): Promise<void> } }).atlas.settings({ feed: { categories: ["cs.LG", "stat.ML"] }, enrich: { provider: "openai-compatible" } });
			});
			await page.waitForSelector("body[data-ready]");
			expect(errors).toEqual([]);
			const tab = page.locator(".vertical-tab-content");
			expect(await tab.locator(".setting-item-heading .setting-item-name").allInnerTexts()).toEqual(["Notes", "Keywords", "Listings", "Language model", "PDFs and citing", "From the browser", "Editor"]);
			expect(await tab.locator(".arxiv-atlas-category-pill").allInnerTexts()).toEqual([expect.stringContaining("cs.LG"), expect.stringContaining("stat.ML")]);
			// The citation key field takes the row's width, its default readable whole.
			const key = tab.locator(".setting-item", { hasText: "Citation key template" }).locator("input");
			expect((await key.boundingBox())?.width ?? 0).toBeGreaterThan(250);
			await tab.screenshot({ path: `tests/artifacts/settings-${theme}.png` });
			await page.close();
		});
	}

	test("the import box and a finished listing import (light theme)", async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 900, height: 640 });
		const errors: string[] = [];
		page.on("pageerror", (e) => errors.push(e.message));
		await page.goto(base);
		await page.evaluate(async () => {
			await (window as unknown as { atlas: { command(id: string): Promise<void> } }).atlas.command("import-paper");
		});
		await page.waitForSelector("body[data-ready]");
		const box = page.locator(".modal");
		await box.locator("textarea").fill("2502.15871 foo/bar 1601.00001");
		await expect.poll(() => box.locator("button.mod-cta").innerText()).toBe("Import 2 papers");
		expect(await box.locator(".arxiv-atlas-import-rejected li").allInnerTexts()).toEqual([expect.stringMatching(/^foo\/bar: /)]);
		await box.screenshot({ path: "tests/artifacts/import-box-light.png" });
		await page.close();

		const run = await context.newPage();
		await run.setViewportSize({ width: 900, height: 640 });
		await run.goto(base);
		const feed = readFileSync("tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml", "utf8");
		// Hand-made: the recorded answer with its entry removed, as arXiv answers for IDs it does not know.
		const empty = readFileSync("tests/fixtures/arxiv-api/idlist-1601.00001-doi-journalref.xml", "utf8").replace(/<entry>[\s\S]*<\/entry>/, "");
		await run.evaluate(
			async ([xml, atom]) => {
				await (window as unknown as { atlas: { progress(x: string, a: string): Promise<void> } }).atlas.progress(xml ?? "", atom ?? "");
			},
			[feed, empty],
		);
		await run.waitForSelector("body[data-ready]");
		const modal = run.locator(".arxiv-atlas-progress-modal");
		expect(await modal.locator(".modal-title").innerText()).toMatch(/^Importing the arXiv listing: (finished|stopped)/);
		const bar = modal.locator("progress.arxiv-atlas-progress-bar");
		expect((await bar.boundingBox())?.width ?? 0).toBeGreaterThan(400);
		expect(await modal.innerText()).toMatch(/3 new papers, 0 updated, 0 failed/);
		await modal.screenshot({ path: "tests/artifacts/progress-light.png" });
		await run.close();
	}, 30_000);

	test("this paper section and the empty state", async () => {
		const page = await openView("dark", "papers/Survey.md");
		const section = page.locator(".arxiv-atlas-this-paper");
		await expect.poll(() => section.locator(".arxiv-atlas-section-title").innerText()).toMatch(/this paper/i);
		expect(await section.locator(":scope > .arxiv-atlas-chips .arxiv-atlas-chip").allInnerTexts()).toEqual([
			"Large Language Models",
			"Retrieval-Augmented Generation",
			"Graph Neural Networks",
		]);
		expect(await section.locator(".arxiv-atlas-this-title").innerText()).toBe("A survey of large language models");
		// Each related paper once; the one that shares two keywords first, its shared keywords as chips.
		expect(await section.locator(".arxiv-atlas-paper .arxiv-atlas-paper-title").allInnerTexts()).toEqual(["Agents that retrieve", "GPT-4o system card"]);
		expect(await section.locator(".arxiv-atlas-paper").first().locator(".arxiv-atlas-chip").allInnerTexts()).toEqual(["Large Language Models", "Retrieval-Augmented Generation"]);
		await page.screenshot({ path: "tests/artifacts/keyword-view-this-paper.png" });
		await page.close();

		const empty = await context.newPage();
		await empty.goto(base);
		await empty.evaluate(async () => {
			await (window as unknown as { atlas: { open(f: Record<string, string>): Promise<void> } }).atlas.open({});
		});
		await expect.poll(() => empty.locator(".arxiv-atlas-empty").isVisible()).toBe(true);
		expect(await empty.locator(".arxiv-atlas-empty").innerText()).toContain("No papers in this vault yet.");
		await empty.screenshot({ path: "tests/artifacts/keyword-view-empty.png" });
		await empty.close();
	});
});
