import { FuzzySuggestModal, Notice, normalizePath, parseLinktext, TFile, type App } from "obsidian";
import { errorMessage } from "../core/words";
import { readStringList } from "../core/notes/paper-schema";
import { labelsFor } from "../core/notes/labels";
import { addPaperLines, dedupeLinks, paperLines, replaceLinks } from "../core/notes/merge-keyword";
import { processNote } from "./process-note";

/** What kind of note a merge joins: keyword notes, author notes. */
export interface MergeKind {
	/** "keyword", "author": for messages. */
	noun: string;
	/** Headings of the paper list, in every note language. */
	headings: readonly string[];
	/**
	 * Whether links keep the text they showed. Keywords show the kept note's name; an author link
	 * shows the name as the paper writes it.
	 */
	keepDisplay: boolean;
}

const PAPER_HEADINGS = [labelsFor("en").papersSection, labelsFor("ko").papersSection];

export const KEYWORD_MERGE: MergeKind = { noun: "keyword", headings: PAPER_HEADINGS, keepDisplay: false };
export const AUTHOR_MERGE: MergeKind = { noun: "author", headings: PAPER_HEADINGS, keepDisplay: true };

const article = (noun: string): string => (/^[aeiou]/i.test(noun) ? "An" : "A");

/**
 * "Merge … into…" for notes that list papers: every link to the source note is rewritten to the
 * target, the source's papers join the target's list, its name becomes an alias of the target, and
 * the source goes to the trash. No other note changes.
 */
export class NoteMerger {
	constructor(
		protected readonly app: App,
		protected readonly kind: MergeKind,
	) {}

	private resolve(link: string, from: string): TFile | null {
		return this.app.metadataCache.getFirstLinkpathDest(parseLinktext(link).path, from);
	}

	/** Returns how many notes had links rewritten. */
	async merge(source: TFile, target: TFile): Promise<number> {
		if (source.path === target.path) throw new Error(`${article(this.kind.noun)} ${this.kind.noun} cannot be merged into itself.`);
		const linking = Object.entries(this.app.metadataCache.resolvedLinks)
			.filter(([path, targets]) => path !== source.path && targets[source.path] !== undefined)
			.map(([path]) => path);

		let rewritten = 0;
		for (const path of linking) {
			const file = this.app.vault.getFileByPath(path);
			const cache = file ? this.app.metadataCache.getFileCache(file) : null;
			if (!file || !cache) continue;
			const replacements = new Map<string, string>();
			const display = (text: string | undefined): string =>
				text === undefined || (text === source.basename && !this.kind.keepDisplay) ? target.basename : text;
			for (const link of cache.links ?? []) {
				if (this.resolve(link.link, path)?.path !== source.path) continue;
				replacements.set(link.original, this.app.fileManager.generateMarkdownLink(target, path, undefined, display(link.displayText)));
			}
			const inProperties = (cache.frontmatterLinks ?? []).filter((l) => this.resolve(l.link, path)?.path === source.path);
			for (const link of inProperties) {
				replacements.set(link.original, `[[${this.app.metadataCache.fileToLinktext(target, path, true)}|${display(link.displayText)}]]`);
			}
			if (replacements.size === 0) continue;
			await processNote(this.app.vault, undefined, file, (text) => replaceLinks(text, replacements));
			const keys = new Set(inProperties.map((l) => l.key.split(".")[0] ?? l.key));
			if (keys.size > 0) {
				await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
					for (const key of keys) fm[key] = dedupeLinks(fm[key], (l) => this.resolve(l.replace(/^\[\[|\]\]$/g, "").split("|")[0] ?? l, path)?.path);
				});
			}
			rewritten += 1;
		}

		const headings = this.kind.headings;
		const sourceText = await this.app.vault.read(source);
		const heading = headings.find((h) => paperLines(sourceText, h).length > 0) ?? headings[0] ?? "Papers";
		const targetText = await this.app.vault.read(target);
		const targetHeading = headings.find((h) => targetText.includes(`## ${h}`)) ?? heading;
		const lines = paperLines(sourceText, heading);
		if (lines.length > 0) await processNote(this.app.vault, undefined, target, (text) => addPaperLines(text, lines, targetHeading));

		const sourceAliases = readStringList(this.app.metadataCache.getFileCache(source)?.frontmatter?.["aliases"]);
		await this.app.fileManager.processFrontMatter(target, (fm: Record<string, unknown>) => {
			const aliases = readStringList(fm["aliases"]);
			for (const alias of [source.basename, ...sourceAliases]) {
				if (alias !== target.basename && !aliases.includes(alias)) aliases.push(alias);
			}
			fm["aliases"] = aliases;
		});
		await this.app.fileManager.trashFile(source);
		return rewritten;
	}
}

/** Picks a note from a folder. */
export class NotePicker extends FuzzySuggestModal<TFile> {
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

/** The command: the active note of the folder (or a picked one) into a picked target. */
export function runNoteMergeCommand(app: App, folder: string, kind: MergeKind): void {
	const merger = new NoteMerger(app, kind);
	const chooseTarget = (source: TFile): void => {
		new NotePicker(app, folder, source, `Merge "${source.basename}" into…`, (target) => {
			merger.merge(source, target).then(
				(n) => new Notice(`Merged "${source.basename}" into "${target.basename}": ${n} ${n === 1 ? "note" : "notes"} relinked.`),
				(error: unknown) => new Notice(`Could not merge: ${errorMessage(error)}`),
			);
		}).open();
	};
	const active = app.workspace.getActiveFile();
	const prefix = normalizePath(folder) + "/";
	if (active && active.path.startsWith(prefix)) chooseTarget(active);
	else new NotePicker(app, folder, null, `${kind.noun.charAt(0).toUpperCase()}${kind.noun.slice(1)} to merge…`, chooseTarget).open();
}
