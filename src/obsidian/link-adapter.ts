import { normalizePath, TFile, type App } from "obsidian";
import type { LinkPort } from "../core/ports";

/**
 * Links written the way the user set Obsidian up (wikilinks or Markdown links, shortest, relative
 * or absolute paths). A note that the import is about to create has no TFile yet; Obsidian's link
 * functions only read its path and names, so a stand-in with those fields is passed.
 */
export class ObsidianLinks implements LinkPort {
	constructor(private readonly app: Pick<App, "vault" | "fileManager" | "metadataCache">) {}

	private target(path: string): TFile {
		const normal = normalizePath(path);
		const existing = this.app.vault.getFileByPath(normal);
		if (existing) return existing;
		const name = normal.slice(normal.lastIndexOf("/") + 1);
		const dot = name.lastIndexOf(".");
		const standIn: unknown = Object.assign(Object.create(TFile.prototype) as object, {
			path: normal,
			name,
			basename: dot > 0 ? name.slice(0, dot) : name,
			extension: dot > 0 ? name.slice(dot + 1) : "",
		});
		if (!(standIn instanceof TFile)) throw new Error(`cannot link to ${normal}`);
		return standIn;
	}

	markdownLink(targetPath: string, sourcePath: string, display: string): string {
		return this.app.fileManager.generateMarkdownLink(this.target(targetPath), sourcePath, undefined, display);
	}

	linktext(targetPath: string, sourcePath: string): string {
		return this.app.metadataCache.fileToLinktext(this.target(targetPath), sourcePath, true);
	}
}
