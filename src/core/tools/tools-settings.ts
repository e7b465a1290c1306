import { citeKeyTemplateProblem, DEFAULT_CITE_KEY_TEMPLATE } from "../cite/cite-key";

/** How a downloaded PDF shows in its paper note. */
export type PdfLinkStyle = "embed" | "link" | "none";

/** Settings of PDF download, title search and citing (one field of AtlasSettings: `tools`). */
export interface ToolsSettings {
	/** Download the PDF with every import (the import box has a checkbox that starts from this). */
	pdfDownload: boolean;
	/** Folder for PDFs; empty: Obsidian's attachment location ("Default location for new attachments"). */
	pdfFolder: string;
	/** Embed (`![[x.pdf]]`), link (`[[x.pdf]]`) or only the `pdf_file` property. */
	pdfLinkStyle: PdfLinkStyle;
	/** Largest PDF downloaded, in megabytes. */
	pdfMaxMb: number;
	/** Keep a ```bibtex block after the managed section of each paper note. */
	bibtexBlock: boolean;
	citeKeyTemplate: string;
	/** Results shown by "Search arXiv". */
	searchMax: number;
	/** The name of the Semantic Scholar API key in Obsidian's secret storage ("" for none: the public pool). */
	citationsKeySecret: string;
	/** Check for new versions once a day, when Obsidian starts. */
	checkVersionsDaily: boolean;
}

export const DEFAULT_TOOLS_SETTINGS: ToolsSettings = {
	pdfDownload: false,
	pdfFolder: "",
	pdfLinkStyle: "embed",
	pdfMaxMb: 50,
	bibtexBlock: false,
	citeKeyTemplate: DEFAULT_CITE_KEY_TEMPLATE,
	searchMax: 10,
	citationsKeySecret: "",
	checkVersionsDaily: false,
};

const PDF_LINK_STYLES: readonly PdfLinkStyle[] = ["embed", "link", "none"];

/** The saved `tools` value: unknown or mistyped values fall back to the defaults. */
export function toolsSettingsFrom(data: unknown): ToolsSettings {
	const saved = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
	const out: ToolsSettings = { ...DEFAULT_TOOLS_SETTINGS };
	if (typeof saved["pdfDownload"] === "boolean") out.pdfDownload = saved["pdfDownload"];
	if (typeof saved["bibtexBlock"] === "boolean") out.bibtexBlock = saved["bibtexBlock"];
	if (typeof saved["pdfFolder"] === "string") out.pdfFolder = saved["pdfFolder"];
	const style = PDF_LINK_STYLES.find((s) => s === saved["pdfLinkStyle"]);
	if (style) out.pdfLinkStyle = style;
	const mb = saved["pdfMaxMb"];
	if (typeof mb === "number" && Number.isFinite(mb) && mb >= 1 && mb <= 1000) out.pdfMaxMb = mb;
	const template = saved["citeKeyTemplate"];
	if (typeof template === "string" && template.trim() !== "" && citeKeyTemplateProblem(template) === undefined) out.citeKeyTemplate = template;
	const max = saved["searchMax"];
	if (typeof max === "number" && Number.isInteger(max) && max >= 1 && max <= 50) out.searchMax = max;
	if (typeof saved["citationsKeySecret"] === "string") out.citationsKeySecret = saved["citationsKeySecret"];
	if (typeof saved["checkVersionsDaily"] === "boolean") out.checkVersionsDaily = saved["checkVersionsDaily"];
	return out;
}
