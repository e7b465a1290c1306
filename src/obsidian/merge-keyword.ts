import { FuzzySuggestModal, Notice, normalizePath, parseLinktext, TFile, type App } from "obsidian";
import { labelsFor } from "../core/notes/labels";
import { addPaperLines, dedupeLinks, paperLines, replaceLinks } from "../core/notes/merge-keyword";

const LIST_HEADINGS = [labelsFor("en").papersSection, labelsFor("ko").papersSection];

function stringList(value: unknown): string[] {
	if (typeof value === "string") return [value];
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * "Merge keyword into…": every link to the source keyword note is rewritten to the target, the
 * source's papers join the target's list, its name becomes an alias of the target, and the source
 * goes to the trash. No other note changes.
 */
export class KeywordMerger {
	constructor(private readonly app: App) {}

	private resolve(link: string, from: string): TFile | null {
		return this.app.metadataCache.getFirstLinkpathDest(parseLinktext(link).path, from);
	}

	/** Returns how many notes had links rewritten. */
	async merge(source: TFile, target: TFile): Promise<number> {
		if (source.path === target.path) throw new Error("A keyword cannot be merged into itself.");
		const linking = Object.entries(this.app.metadataCache.resolvedLinks)
			.filter(([path, targets]) => path !== source.path && targets[source.path] !== undefined)
			.map(([path]) => path);

		let rewritten = 0;
		for (const path of linking) {
			const file = this.app.vault.getFileByPath(path);
			const cache = file ? this.app.metadataCache.getFileCache(file) : null;
			if (!file || !cache) continue;
			const replacements = new Map<string, string>();
			const display = (text: string | undefined): string => (text === undefined || text === source.basename ? target.basename : text);
			for (const link of cache.links ?? []) {
				if (this.resolve(link.link, path)?.path !== source.path) continue;
				replacements.set(link.original, this.app.fileManager.generateMarkdownLink(target, path, undefined, display(link.displayText)));
			}
			const inProperties = (cache.frontmatterLinks ?? []).filter((l) => this.resolve(l.link, path)?.path === source.path);
			for (const link of inProperties) {
				replacements.set(link.original, `[[${this.app.metadataCache.fileToLinktext(target, path, true)}|${display(link.displayText)}]]`);
			}
			if (replacements.size === 0) continue;
			await this.app.vault.process(file, (text) => replaceLinks(text, replacements));
			const keys = new Set(inProperties.map((l) => l.key.split(".")[0] ?? l.key));
			if (keys.size > 0) {
				await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
					for (const key of keys) fm[key] = dedupeLinks(fm[key], (l) => this.resolve(l.replace(/^\[\[|\]\]$/g, "").split("|")[0] ?? l, path)?.path);
				});
			}
			rewritten += 1;
		}

		const sourceText = await this.app.vault.read(source);
		const heading = LIST_HEADINGS.find((h) => paperLines(sourceText, h).length > 0) ?? LIST_HEADINGS[0] ?? "Papers";
		const targetText = await this.app.vault.read(target);
		const targetHeading = LIST_HEADINGS.find((h) => targetText.includes(`## ${h}`)) ?? heading;
		const lines = paperLines(sourceText, heading);
		if (lines.length > 0) await this.app.vault.process(target, (text) => addPaperLines(text, lines, targetHeading));

		const sourceAliases = stringList(this.app.metadataCache.getFileCache(source)?.frontmatter?.["aliases"]);
		await this.app.fileManager.processFrontMatter(target, (fm: Record<string, unknown>) => {
			const aliases = stringList(fm["aliases"]);
			for (const alias of [source.basename, ...sourceAliases]) {
				if (alias !== target.basename && !aliases.includes(alias)) aliases.push(alias);
			}
			fm["aliases"] = aliases;
		});
		await this.app.fileManager.trashFile(source);
		return rewritten;
	}
}

/** Picks a keyword note from the keywords folder. */
export class KeywordPicker extends FuzzySuggestModal<TFile> {
	constructor(
		app: App,
		private readonly folder: string,
		private readonly exclude: TFile | null,
		placeholder: string,
		private readonly onPick: (file: TFile) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): TFile[] {
		const prefix = normalizePath(this.folder) + "/";
		return this.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(prefix) && f.path !== this.exclude?.path);
	}

	getItemText(file: TFile): string {
		return `${file.basename} (${file.parent?.name ?? ""})`;
	}

	onChooseItem(file: TFile): void {
		this.onPick(file);
	}
}

/** The command: the active keyword note (or a picked one) into a picked target. */
export function runMergeCommand(app: App, keywordsFolder: string): void {
	const merger = new KeywordMerger(app);
	const chooseTarget = (source: TFile): void => {
		new KeywordPicker(app, keywordsFolder, source, `Merge "${source.basename}" into…`, (target) => {
			merger.merge(source, target).then(
				(n) => new Notice(`Merged "${source.basename}" into "${target.basename}": ${n} ${n === 1 ? "note" : "notes"} relinked.`),
				(error: unknown) => new Notice(`Could not merge: ${error instanceof Error ? error.message : String(error)}`),
			);
		}).open();
	};
	const active = app.workspace.getActiveFile();
	const prefix = normalizePath(keywordsFolder) + "/";
	if (active && active.path.startsWith(prefix)) chooseTarget(active);
	else new KeywordPicker(app, keywordsFolder, null, "Keyword to merge…", chooseTarget).open();
}
