import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ArxivAtlasPlugin from "../../src/main";
import { click, createHost, notices, requests, setRequestHandler, topModal, typeInto } from "../host";
import { ATOM_1601 } from "./helpers";
import { openNote, paperNote, pdfBytes, untilNotice } from "./tools-helpers";

beforeEach(() => {
	vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
	vi.useRealTimers();
});

const PAPER = "papers/Inelastic effects in molecular transport junctions The probe technique at high bias.md";
const NOTE = "papers/Kilgour.md";

describe("PDF download", () => {
	it("downloads the PDF over https with the import when the box is ticked, one limiter slot after the API request", async () => {
		const times: number[] = [];
		setRequestHandler((req) => {
			times.push(Date.now());
			if (req.url.startsWith("https://export.arxiv.org/")) return { text: ATOM_1601 };
			return { headers: { "content-type": "application/pdf" }, arrayBuffer: pdfBytes() };
		});
		const host = createHost();
		await host.loadPlugin(ArxivAtlasPlugin);
		await host.runCommand("arxiv-atlas:import-paper");
		const modal = topModal().contentEl;
		const toggle = [...modal.querySelectorAll(".setting-item")].find((s) => s.textContent?.includes("Download the PDF"))?.querySelector(".checkbox-container");
		if (!(toggle instanceof HTMLElement)) throw new Error("no PDF checkbox in the import box");
		click(toggle);
		const input = modal.querySelector("textarea");
		if (!input) throw new Error("no text box");
		typeInto(input, "1601.00001");
		const button = [...modal.querySelectorAll("button")].find((b) => b.textContent === "Import 1 paper");
		if (!button) throw new Error("no Import button");
		click(button);
		expect(await untilNotice(host, /^arXiv import:/)).toMatch(/1 new paper, 0 updated, 0 failed/);
		await untilNotice(host, /^PDF saved/);
		expect(notices().flatMap((n) => n.messages)).toContain("Downloading the PDF of Inelastic effects in molecular transport junctions The probe technique at high bias…");

		expect(requests().map((r) => r.url)).toEqual([expect.stringMatching(/^https:\/\/export\.arxiv\.org\/api\/query\?id_list=1601\.00001/), "https://arxiv.org/pdf/1601.00001"]);
		expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(3000);
		const pdfPath = "Inelastic effects in molecular transport junctions The probe technique at high bias.pdf";
		const file = host.app.vault.getFileByPath(pdfPath);
		if (!file) throw new Error(`no PDF; files: ${host.listFiles().join(", ")}`);
		expect(new TextDecoder().decode(await host.app.vault.readBinary(file))).toBe(new TextDecoder().decode(pdfBytes()));
		expect(host.frontmatter(PAPER)?.["pdf_file"]).toBe(`[[${pdfPath}]]`);
		expect(host.readFile(PAPER)).toMatch(/%% arxiv-atlas: end managed section %%\n\n\*\*PDF file\*\*: !\[\[Inelastic[^\n]*\.pdf\]\]/);
	});

	it("a paper imported again with the box ticked keeps the PDF it has (no second download), in a vault of Markdown links too", async () => {
		setRequestHandler((req) => {
			if (req.url.startsWith("https://export.arxiv.org/")) return { text: ATOM_1601 };
			return { headers: { "content-type": "application/pdf" }, arrayBuffer: pdfBytes() };
		});
		const host = createHost({ links: { useMarkdownLinks: true } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const importWithPdf = async (): Promise<void> => {
			await host.runCommand("arxiv-atlas:import-paper");
			const modal = topModal().contentEl;
			click([...modal.querySelectorAll(".setting-item")].find((s) => s.textContent?.includes("Download the PDF"))?.querySelector(".checkbox-container") as HTMLElement);
			typeInto(modal.querySelector("textarea") as HTMLTextAreaElement, "1601.00001");
			click([...modal.querySelectorAll("button")].find((b) => b.textContent === "Import 1 paper") as HTMLElement);
		};
		await importWithPdf();
		await untilNotice(host, /^PDF saved/);
		// Properties link with wiki links whatever the setting: Obsidian recognises only those there.
		expect(String(host.frontmatter(PAPER)?.["pdf_file"])).toMatch(/^\[\[[^\]]*\.pdf\]\]$/);
		await importWithPdf();
		await untilNotice(host, /^arXiv import: 0 new papers, 1 updated/);
		await host.settle();
		expect(requests().filter((r) => r.url.startsWith("https://arxiv.org/pdf/"))).toHaveLength(1);
	});

	it("is a command for a paper note imported without it, and saves into the folder setting", async () => {
		setRequestHandler(() => ({ headers: { "content-type": "application/pdf" }, arrayBuffer: pdfBytes() }));
		const host = createHost({ files: { [NOTE]: paperNote("1601.00001", "Inelastic effects"), "Other.md": "plain" }, pluginData: { "arxiv-atlas": { tools: { pdfFolder: "pdfs", pdfLinkStyle: "link" } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await openNote(host, "Other.md");
		expect(await host.runCommand("arxiv-atlas:download-pdf")).toBe(false);
		await openNote(host, NOTE);
		expect(await host.runCommand("arxiv-atlas:download-pdf")).toBe(true);
		await untilNotice(host, /^PDF saved/);
		expect(host.hasFile("pdfs/Kilgour.pdf")).toBe(true);
		// The link follows the vault's link settings: the file name alone while it is unique.
		expect(host.readFile(NOTE)).toContain("**PDF file**: [[Kilgour.pdf]]");
		expect(host.frontmatter(NOTE)?.["pdf_file"]).toBe("[[Kilgour.pdf]]");
		expect(host.readFile(NOTE)).toContain("My notes above.");
		expect(requests()[0]?.url).toBe("https://arxiv.org/pdf/1601.00001");
	});

	it("says clearly when arXiv sends a web page instead of the PDF, and leaves the note alone", async () => {
		setRequestHandler(() => ({ headers: { "content-type": "text/html; charset=utf-8" }, text: "<html><head><title>Article withdrawn</title></head><body>withdrawn</body></html>" }));
		const host = createHost({ files: { [NOTE]: paperNote("1601.00001", "Inelastic effects") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		const before = host.readFile(NOTE);
		await openNote(host, NOTE);
		await host.runCommand("arxiv-atlas:download-pdf");
		const message = await untilNotice(host, /^No PDF/);
		expect(message).toMatch(/web page instead of the PDF \("Article withdrawn"\)/);
		expect(message).toMatch(/note is unchanged/);
		expect(host.readFile(NOTE)).toBe(before);
		expect(host.listFiles().filter((p) => p.endsWith(".pdf"))).toEqual([]);
	});

	it("refuses a PDF over the size cap, by its content-length and by its body", async () => {
		setRequestHandler(() => ({ headers: { "content-type": "application/pdf", "content-length": String(80 * 1024 * 1024) }, arrayBuffer: pdfBytes() }));
		const host = createHost({ files: { [NOTE]: paperNote("1601.00001", "Inelastic effects") }, pluginData: { "arxiv-atlas": { tools: { pdfMaxMb: 1 } } } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await openNote(host, NOTE);
		await host.runCommand("arxiv-atlas:download-pdf");
		expect(await untilNotice(host, /^No PDF/)).toMatch(/80 MB, more than the 1 MB limit/);

		const big = new Uint8Array(2 * 1024 * 1024);
		big.set(new TextEncoder().encode("%PDF-1.5"));
		setRequestHandler(() => ({ headers: { "content-type": "application/pdf" }, arrayBuffer: big.buffer }));
		await host.runCommand("arxiv-atlas:download-pdf");
		expect(await untilNotice(host, /2 MB, more than the 1 MB limit/)).toMatch(/^No PDF/);
		expect(host.listFiles().filter((p) => p.endsWith(".pdf"))).toEqual([]);
	});

	it("keeps 3 s between PDF requests, like every arXiv request", async () => {
		const times: number[] = [];
		setRequestHandler(() => {
			times.push(Date.now());
			return { headers: { "content-type": "application/pdf" }, arrayBuffer: pdfBytes() };
		});
		const host = createHost({ files: { "papers/A.md": paperNote("1601.00001", "A"), "papers/B.md": paperNote("1601.00002", "B") } });
		await host.loadPlugin(ArxivAtlasPlugin);
		await openNote(host, "papers/A.md");
		await host.runCommand("arxiv-atlas:download-pdf");
		await openNote(host, "papers/B.md");
		await host.runCommand("arxiv-atlas:download-pdf");
		for (let i = 0; i < 20 && times.length < 2; i++) await vi.advanceTimersByTimeAsync(1000);
		await host.settle();
		expect(times).toHaveLength(2);
		expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(3000);
	});
});
