import { Modal, Notice, Setting, type App, type Plugin } from "obsidian";
import type { PaperSource } from "../../core/importer";
import { PAPER_PROPERTIES, readVersion } from "../../core/notes/paper-schema";
import { setProperties as setProps } from "../../core/notes/frontmatter-edit";
import { DateValue, type PropertyValue } from "../../core/notes/frontmatter";
import { newestFirst, newVersions, type NewVersion, type VersionedNote } from "../../core/versions/new-versions";
import { errorMessage, plural } from "../../core/words";
import type { ImportPipeline } from "../import-pipeline";
import type { ImportService } from "../import-service";
import type { NoteProperties } from "../note-properties";

/** Papers one job of the check asks about: 10 requests of 100. */
const CHECK_JOB = 1000;

export interface VersionDeps {
	arxiv: PaperSource;
	pipeline: ImportPipeline;
	imports: ImportService;
	properties: NoteProperties;
}

/** The papers with a new version: title, old and new version, date; Update these notes imports them again. */
class NewVersionsModal extends Modal {
	constructor(
		app: App,
		private readonly changes: readonly NewVersion[],
		private readonly update: () => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(`${plural(this.changes.length, "paper")} with a new version`);
		const list = this.contentEl.createEl("ul", { cls: "arxiv-atlas-new-versions" });
		for (const c of this.changes) {
			const item = list.createEl("li");
			item.createEl("a", { text: c.title, href: "#", cls: "internal-link" }).addEventListener("click", (evt) => {
				evt.preventDefault();
				void this.app.workspace.openLinkText(c.path, "", false);
			});
			item.createSpan({ cls: "setting-item-description", text: ` v${c.from ?? 1} → v${c.to}${c.updated ? `, ${c.updated}` : ""}` });
		}
		new Setting(this.contentEl)
			.setDesc("The notes say new_version: true until they are imported again.")
			.addButton((b) => b.setButtonText("Close").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Update these notes")
					.setCta()
					.onClick(() => {
						this.close();
						this.update();
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/**
 * "Check for new versions": asks arXiv about every paper of the vault (100 IDs a request, as every
 * request, 3 s apart), sets `version` and `updated` of the notes whose paper has a newer version,
 * marks them `new_version: true`, and lists them; Update these notes imports them again.
 */
export function registerVersions(plugin: Plugin, deps: VersionDeps): { check: (quiet: boolean) => Promise<boolean> } {
	const { app } = plugin;
	// Through the import's vault: written as every plugin edit is (only these properties' lines change)
	// and told to the properties reader, so a check right after reads what was written.
	const setProperties = async (path: string, values: ReadonlyArray<readonly [string, PropertyValue | DateValue | undefined]>): Promise<void> => {
		if (app.vault.getFileByPath(path)) await deps.imports.vault.process(path, (text) => setProps(text, values));
	};

	/** Checks; false when arXiv could not be asked (a daily check then tries again at the next start). */
	const check = async (quiet: boolean): Promise<boolean> => {
		const notes = new Map<string, VersionedNote>();
		for (const file of app.vault.getMarkdownFiles()) {
			const id = deps.properties.paperId(file);
			if (id === undefined || notes.has(id)) continue;
			const fm = deps.properties.of(file) ?? {};
			const title = fm[PAPER_PROPERTIES.title];
			const version = readVersion(fm[PAPER_PROPERTIES.version]);
			notes.set(id, { id, path: file.path, title: typeof title === "string" && title !== "" ? title : file.basename, ...(version !== undefined ? { version } : {}) });
		}
		if (notes.size === 0) {
			if (!quiet) new Notice("No paper note to check.");
			return true;
		}
		const found: NewVersion[] = [];
		let unanswered = 0;
		let failure: string | undefined;
		const ids = [...notes.keys()];
		const notice = quiet ? undefined : new Notice(`Asking arXiv about ${plural(notes.size, "paper")}…`, 0);
		// Jobs of 1,000 papers (10 requests, about 30 s): an import started meanwhile waits for one, not for the whole vault.
		for (let start = 0; start < ids.length && failure === undefined; start += CHECK_JOB) {
			const chunk = ids.slice(start, start + CHECK_JOB);
			await deps.pipeline.enqueue({
				what: "the check for new versions",
				view: () => ({ event: () => undefined, finish: () => undefined }),
				run: async () => {
					try {
						const answer = await deps.arxiv.fetchByIds(chunk);
						unanswered += answer.notFound.length + (answer.failed?.length ?? 0);
						const fresh = newVersions(chunk.flatMap((id) => notes.get(id) ?? []), answer.papers);
						for (const c of fresh) {
							await setProperties(c.path, [
								[PAPER_PROPERTIES.version, c.to],
								[PAPER_PROPERTIES.updated, c.updated === undefined ? undefined : new DateValue(c.updated)],
								[PAPER_PROPERTIES.newVersion, true],
							]);
						}
						found.push(...fresh);
						return { created: [], updated: fresh.map((c) => c.path), failed: [] };
					} catch (error) {
						failure = errorMessage(error);
						return { created: [], updated: [], failed: [] };
					}
				},
			});
			notice?.setMessage(`Asking arXiv about ${plural(notes.size, "paper")}… ${Math.min(ids.length, start + CHECK_JOB)} done.`);
		}
		notice?.hide();
		// Notes marked by an earlier check and not imported since are listed again.
		const listed = new Set(found.map((c) => c.id));
		const marked = [...notes.values()].filter((n) => {
			const file = app.vault.getFileByPath(n.path);
			return !listed.has(n.id) && file !== null && deps.properties.of(file)?.[PAPER_PROPERTIES.newVersion] !== undefined;
		});
		const changes: NewVersion[] = [...found.sort(newestFirst), ...marked.map((n) => ({ id: n.id, path: n.path, title: n.title, to: n.version ?? 1 }))];
		if (failure !== undefined) {
			if (!quiet) new Notice(`New versions could not be checked: ${failure}.`);
			return false;
		}
		const missing = unanswered > 0 ? `; arXiv did not answer for ${plural(unanswered, "paper")}` : "";
		if (changes.length === 0) {
			if (!quiet) new Notice(`Every paper is at its latest version (${plural(notes.size, "paper")} asked${missing}).`);
			return true;
		}
		new NewVersionsModal(app, changes, () => {
			// A re-import takes the mark away (core/notes/apply.ts), as any other re-import of the paper does.
			void deps.imports.importText(changes.map((c) => c.id).join("\n"), deps.imports.defaults({ open: false }));
		}).open();
		return true;
	};

	plugin.addCommand({ id: "check-new-versions", name: "Check for new versions", callback: () => void check(false) });
	return { check };
}
