import { Modal, normalizePath, Notice, Setting, TFile, type App } from "obsidian";
import { cleanupSuggestions, type KeywordNoteInfo, type MergeSuggestion, type RemoveSuggestion } from "../core/keywords/cleanup";
import { setProperties } from "../core/notes/frontmatter-edit";
import { linkTarget } from "../core/notes/note-links";
import { PAPER_PROPERTIES, readStringList } from "../core/notes/paper-schema";
import type { ImportPipeline } from "./import-pipeline";
import { KeywordMerger } from "./merge-keyword";
import { parseFrontmatter, type NoteProperties } from "./note-properties";
import { errorMessage, plural } from "../core/words";
import { processNote } from "./process-note";

export interface CleanUpDeps {
	app: App;
	properties: NoteProperties;
	pipeline: ImportPipeline;
	keywordsFolder: () => string;
}

/** Each keyword note of the folder, with how many paper notes link it. */
function keywordNotes(deps: CleanUpDeps): { infos: KeywordNoteInfo[]; files: Map<string, TFile> } {
	const { app, properties } = deps;
	const prefix = normalizePath(deps.keywordsFolder()) + "/";
	const papersLinking = new Map<string, number>();
	for (const [source, targets] of Object.entries(app.metadataCache.resolvedLinks)) {
		const file = app.vault.getFileByPath(source);
		if (!file || properties.paperId(file) === undefined) continue;
		for (const target of Object.keys(targets)) papersLinking.set(target, (papersLinking.get(target) ?? 0) + 1);
	}
	const files = new Map<string, TFile>();
	const infos: KeywordNoteInfo[] = [];
	for (const file of app.vault.getMarkdownFiles()) {
		if (!file.path.startsWith(prefix)) continue;
		files.set(file.path, file);
		infos.push({ path: file.path, name: file.basename, aliases: readStringList(properties.of(file)?.["aliases"]), papers: papersLinking.get(file.path) ?? 0 });
	}
	return { infos, files };
}

/** Takes a keyword out of the `keywords` property of every paper that links it, then trashes its note. */
async function removeKeyword(deps: CleanUpDeps, note: TFile): Promise<void> {
	const { app, properties } = deps;
	for (const [source, targets] of Object.entries(app.metadataCache.resolvedLinks)) {
		if (targets[note.path] === undefined) continue;
		const paper = app.vault.getFileByPath(source);
		if (!paper || properties.paperId(paper) === undefined) continue;
		// From the note's text, not the cache: a merge of this clean-up may have just rewritten its keywords.
		await processNote(app.vault, properties, paper, (current) => {
			const links = readStringList(parseFrontmatter(current)?.[PAPER_PROPERTIES.keywords]);
			const kept = links.filter((link) => {
				const target = linkTarget(link);
				return target === undefined || app.metadataCache.getFirstLinkpathDest(target, source)?.path !== note.path;
			});
			return kept.length === links.length ? current : setProperties(current, [[PAPER_PROPERTIES.keywords, kept]]);
		});
	}
	await app.fileManager.trashFile(note);
}

/** The review list: every change with a checkbox, applied only when the user says so. */
class CleanUpModal extends Modal {
	private readonly chosen = new Set<number>();

	constructor(
		app: App,
		private readonly merges: MergeSuggestion[],
		private readonly removals: RemoveSuggestion[],
		private readonly apply: (merges: MergeSuggestion[], removals: RemoveSuggestion[]) => void,
	) {
		super(app);
		for (let i = 0; i < merges.length + removals.length; i++) this.chosen.add(i);
	}

	onOpen(): void {
		this.setTitle("Clean up keywords");
		const { contentEl } = this;
		contentEl.addClass("arxiv-atlas-clean-up");
		contentEl.createEl("p", {
			cls: "setting-item-description",
			text: "Nothing changes until you apply. A merge moves the papers and the name into the kept note; a removed keyword leaves the papers' keywords property and its note goes to the trash.",
		});
		let button: HTMLButtonElement | undefined;
		const label = (): string => `Apply ${plural(this.chosen.size, "change")}`;
		const row = (index: number, name: string, desc: string): void => {
			new Setting(contentEl)
				.setName(name)
				.setDesc(desc)
				.addToggle((t) =>
					t.setValue(true).onChange((on) => {
						if (on) this.chosen.add(index);
						else this.chosen.delete(index);
						if (button) {
							button.setText(label());
							button.disabled = this.chosen.size === 0;
						}
					}),
				);
		};
		if (this.merges.length > 0) new Setting(contentEl).setName("Merge").setHeading();
		this.merges.forEach((m, i) => row(i, `${m.from.name} → ${m.into.name}`, `${m.why} (${m.from.papers} + ${m.into.papers} papers)`));
		if (this.removals.length > 0) new Setting(contentEl).setName("Remove").setHeading();
		this.removals.forEach((r, i) => row(this.merges.length + i, r.note.name, r.why));
		new Setting(contentEl).addButton((b) => {
			button = b.buttonEl;
			b.setButtonText(label())
				.setCta()
				.onClick(() => {
					this.close();
					this.apply(
						this.merges.filter((_, i) => this.chosen.has(i)),
						this.removals.filter((_, i) => this.chosen.has(this.merges.length + i)),
					);
				});
		});
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** The command: suggestions from the vault's keyword notes, reviewed in one list, applied in the import queue. */
export function runCleanUpKeywords(deps: CleanUpDeps): void {
	const { infos, files } = keywordNotes(deps);
	const { merges, removals } = cleanupSuggestions(infos);
	if (merges.length === 0 && removals.length === 0) {
		new Notice("Nothing to clean up: no keyword notes look like one concept or like generic words.");
		return;
	}
	new CleanUpModal(deps.app, merges, removals, (chosenMerges, chosenRemovals) => {
		void deps.pipeline.enqueue({
			what: "the keyword clean-up",
			view: () => ({ event: () => undefined, finish: () => undefined }),
			run: async () => {
				const merger = new KeywordMerger(deps.app);
				const problems: string[] = [];
				let done = 0;
				for (const m of chosenMerges) {
					const from = files.get(m.from.path);
					const into = files.get(m.into.path);
					if (!from || !into) continue;
					await merger.merge(from, into).then(
						() => (done += 1),
						(e: unknown) => problems.push(`${m.from.name}: ${errorMessage(e)}`),
					);
				}
				let removed = 0;
				for (const r of chosenRemovals) {
					const file = files.get(r.note.path);
					if (!file) continue;
					await removeKeyword(deps, file).then(
						() => (removed += 1),
						(e: unknown) => problems.push(`${r.note.name}: ${errorMessage(e)}`),
					);
				}
				new Notice(
					[`Keywords cleaned up: ${done} merged, ${removed} removed (the notes are in the trash if you want them back).`, ...problems.map((p) => `• ${p}`)].join("\n"),
					problems.length > 0 ? 0 : 8000,
				);
				return { created: [], updated: [], failed: problems.map((reason) => ({ input: "keyword clean-up", reason })) };
			},
		});
	}).open();
}
