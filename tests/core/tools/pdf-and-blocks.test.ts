import { describe, expect, it } from "vitest";
import { isPdf, pdfDownloadUrl, pdfFileName, pdfProblem, sizeProblem } from "../../../src/core/pdf/pdf";
import { upsertPdfLine } from "../../../src/core/pdf/pdf-line";
import { BLOCK_END, BLOCK_START } from "../../../src/core/notes/managed-block";
import { removeBibtexBlock, upsertBibtexBlock } from "../../../src/core/tools/bibtex-block";
import { paperFromProperties } from "../../../src/core/tools/paper-from-properties";
import { DEFAULT_TOOLS_SETTINGS, toolsSettingsFrom } from "../../../src/core/tools/tools-settings";

const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;
const note = `---\narxiv_id: "1601.00001"\n---\nMine above.\n\n${BLOCK_START}\ngenerated\n${BLOCK_END}\n\nMine below.\n`;

describe("PDF checks", () => {
	it("always downloads over https, without the version", () => {
		expect(pdfDownloadUrl("2502.15871v2")).toBe("https://arxiv.org/pdf/2502.15871");
		expect(pdfDownloadUrl("hep-ex/0307015")).toBe("https://arxiv.org/pdf/hep-ex/0307015");
	});

	it("names the file after the note, safely", () => {
		expect(pdfFileName("Graph: a survey?")).toBe("Graph a survey.pdf");
	});

	it("accepts %PDF- and refuses an HTML page with its title in the message", () => {
		expect(isPdf(bytes("%PDF-1.7\n..."))).toBe(true);
		expect(pdfProblem(200, {}, bytes("%PDF-1.5"), 50)).toBeUndefined();
		const html = bytes("<!DOCTYPE html><html><head><title>arXiv: withdrawn</title></head></html>");
		expect(pdfProblem(200, { "content-type": "text/html" }, html, 50)).toMatch(/web page instead of the PDF \("arXiv: withdrawn"\).*withdrawn/);
		expect(pdfProblem(200, { "content-type": "application/octet-stream" }, bytes("garbage"), 50)).toMatch(/not a PDF/);
	});

	it("refuses what is larger than the cap", () => {
		expect(sizeProblem(60 * 1024 * 1024, 50)).toMatch(/60 MB, more than the 50 MB limit/);
		expect(sizeProblem(10, 50)).toBeUndefined();
		expect(pdfProblem(200, {}, new ArrayBuffer(2 * 1024 * 1024), 1)).toMatch(/more than the 1 MB limit/);
	});

	it("explains HTTP errors", () => {
		expect(pdfProblem(404, {}, bytes(""), 50)).toMatch(/no PDF/);
		expect(pdfProblem(429, {}, bytes(""), 50)).toMatch(/slow down/);
	});
});

describe("blocks kept outside the managed section", () => {
	it("adds the bibtex block once after the managed section, replaces it on the next run, and removes it", () => {
		const once = upsertBibtexBlock(note, "@misc{A2016x,\n  title = {A}\n}");
		expect(once).toContain(`${BLOCK_END}\n\n\`\`\`bibtex\n`);
		const twice = upsertBibtexBlock(once, "@misc{B2016x,\n  title = {B}\n}");
		expect(twice.match(/```bibtex/g)).toHaveLength(1);
		expect(twice).toContain("B2016x");
		expect(twice).not.toContain("A2016x");
		expect(twice).toMatch(/Mine above\.[\s\S]*Mine below\.\n$/);
		expect(removeBibtexBlock(twice)).toBe(note);
	});

	it("keeps one PDF line", () => {
		const once = upsertPdfLine(note, "![[a.pdf]]");
		expect(upsertPdfLine(once, "![[b.pdf]]").match(/\*\*PDF file\*\*/g)).toHaveLength(1);
		expect(upsertPdfLine(once, "![[b.pdf]]")).toContain("![[b.pdf]]");
	});
});

describe("paper from properties and settings", () => {
	it("reads a paper note's properties, names inside author links too", () => {
		const paper = paperFromProperties({ arxiv_id: "1601.00001", title: "T", authors: ["[[authors/Jane Doe|Jane Doe]]", "Bob"], published: "2015-12-31", primary_category: "cs.AI", doi: "10.1/x" });
		expect(paper).toMatchObject({ id: "1601.00001", authors: ["Jane Doe", "Bob"], primaryCategory: "cs.AI", doi: "10.1/x" });
		expect(paperFromProperties({ title: "no id" })).toBeUndefined();
	});

	it("falls back to the defaults for bad values", () => {
		expect(toolsSettingsFrom(undefined)).toEqual(DEFAULT_TOOLS_SETTINGS);
		expect(toolsSettingsFrom({ pdfMaxMb: -1, citeKeyTemplate: "{{nope}}", pdfLinkStyle: "x", searchMax: 20, pdfDownload: true })).toEqual({
			...DEFAULT_TOOLS_SETTINGS,
			searchMax: 20,
			pdfDownload: true,
		});
	});
});
