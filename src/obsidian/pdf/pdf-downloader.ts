import { Notice, normalizePath, TFile, type App } from "obsidian";
import type { RateLimiter } from "../../core/arxiv/rate-limiter";
import { megabytes, pdfDownloadUrl, pdfFileName, pdfProblem, sizeProblem } from "../../core/pdf/pdf";
import { HttpError, type HttpClient } from "../../core/ports";
import { cleanFolder } from "../../core/notes/paths";
import { linkTarget } from "../../core/notes/note-links";
import type { ToolsSettings } from "../../core/tools/tools-settings";
import { upsertPdfLine } from "../../core/pdf/pdf-line";
import type { Paper } from "../../core/model";
import type { NoteProperties } from "../note-properties";
import { paperOf } from "../tools/paper-notes";
import { PAPER_PROPERTIES } from "../../core/notes/paper-schema";
import { setProperties } from "../../core/notes/frontmatter-edit";
import { errorMessage } from "../../core/words";
import { processNote } from "../process-note";

/** The PDF could not be saved; the message is for the user. The note is never touched then. */
export class PdfDownloadError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "PdfDownloadError";
	}
}

const TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Downloads a paper's PDF into the vault over https, through the plugin's one arXiv rate limiter,
 * with `requestUrl` and `Vault.createBinary` (works on mobile). The note gets a `pdf_file` property
 * and, as set, an embed or a link below the managed section.
 */
export class PdfDownloader {
	constructor(
		private readonly app: App,
		private readonly props: NoteProperties,
		private readonly http: HttpClient,
		private readonly limiter: RateLimiter,
		private readonly settings: () => ToolsSettings,
	) {}

	/** Where the PDF goes: the folder setting, else Obsidian's attachment location. */
	private async targetPath(note: TFile): Promise<string> {
		const name = pdfFileName(note.basename);
		const folderSetting = this.settings().pdfFolder.trim();
		if (folderSetting === "") return this.app.fileManager.getAvailablePathForAttachment(name, note.path);
		const folder = cleanFolder("PDF", folderSetting);
		if (folder !== "" && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
		const base = name.replace(/\.pdf$/, "");
		for (let n = 0; ; n++) {
			const path = normalizePath(`${folder}/${n === 0 ? base : `${base} ${n}`}.pdf`);
			if (!(await this.app.vault.adapter.exists(path))) return path;
		}
	}

	/** Downloads and links the PDF; returns the file. Throws PdfDownloadError with a clear reason. */
	/** True when the note's `pdf_file` property links a PDF that is in the vault. */
	hasPdf(note: TFile): boolean {
		const link: unknown = this.props.of(note)?.[PAPER_PROPERTIES.pdfFile];
		// A wiki link or a Markdown link, as the vault's link settings wrote it.
		const target = typeof link === "string" ? linkTarget(link) : undefined;
		return target !== undefined && this.app.metadataCache.getFirstLinkpathDest(target, note.path) !== null;
	}

	async download(note: TFile, onStep: (message: string) => void = (): void => undefined, paper: Paper | undefined = paperOf(this.props, note)): Promise<TFile> {
		if (!paper) throw new PdfDownloadError(`${note.basename} is not a paper note (it has no arxiv_id property)`);
		const maxMb = this.settings().pdfMaxMb;
		onStep(`Waiting for arXiv to download the PDF of ${note.basename}…`);
		let response;
		try {
			response = await this.limiter.schedule(() => {
				onStep(`Downloading the PDF of ${note.basename}…`);
				return this.http.request({ url: pdfDownloadUrl(paper.id), method: "GET", binary: true, timeoutMs: TIMEOUT_MS });
			});
		} catch (error) {
			if (error instanceof HttpError) throw new PdfDownloadError(`could not download the PDF: ${error.message}`);
			throw error;
		}
		const declared = Number(response.headers["content-length"]);
		const tooBig = response.status === 200 && Number.isFinite(declared) ? sizeProblem(declared, maxMb) : undefined;
		if (tooBig) throw new PdfDownloadError(tooBig);
		const bytes = response.arrayBuffer ?? new TextEncoder().encode(response.text).buffer;
		const problem = pdfProblem(response.status, response.headers, bytes, maxMb);
		if (problem) throw new PdfDownloadError(problem);

		const path = await this.targetPath(note);
		const pdf = await this.app.vault.createBinary(path, bytes);
		const link = this.app.metadataCache.fileToLinktext(pdf, note.path, false);
		await processNote(this.app.vault, this.props, note, (text) => setProperties(text, [[PAPER_PROPERTIES.pdfFile, `[[${link}]]`]]));
		const style = this.settings().pdfLinkStyle;
		if (style !== "none") {
			const markdown = this.app.fileManager.generateMarkdownLink(pdf, note.path);
			const line = style === "embed" && !markdown.startsWith("!") ? `!${markdown}` : markdown;
			await processNote(this.app.vault, this.props, note, (text) => upsertPdfLine(text, line));
		}
		onStep(`Saved ${pdf.path} (${megabytes(bytes.byteLength)}).`);
		return pdf;
	}

	/** Downloads with a notice that shows the steps and ends with the result or the reason it failed. */
	async downloadWithNotice(note: TFile, paper?: Paper): Promise<TFile | undefined> {
		const notice = new Notice("", 0);
		try {
			const pdf = await this.download(note, (m) => notice.setMessage(m), paper);
			notice.hide();
			new Notice(`PDF saved: ${pdf.path}`);
			return pdf;
		} catch (error) {
			notice.hide();
			new Notice(`No PDF for ${note.basename}: ${errorMessage(error)}. The note is unchanged.`, 10_000);
			return undefined;
		}
	}
}
