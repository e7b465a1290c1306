import { FuzzySuggestModal, Notice, normalizePath, requireApiVersion, TFile, type App, type Plugin } from "obsidian";
import { readArxivId } from "../../core/notes/paper-schema";
import { RateLimiter } from "../../core/arxiv/rate-limiter";
import { CITATION_STORE_FILE, parseCitationStore, serializeCitationStore, type CitationStore } from "../../core/citations/citation-store";
import { SemanticScholar } from "../../core/citations/s2-client";
import type { Reference } from "../../core/citations/s2-records";
import { citationsSummary, updateCitations, type CitationsResult, type UpdateCitationsDeps } from "../../core/citations/update-citations";
import { missingReferences } from "../../core/citations/citation-graph";
import { openAlexRecords } from "../../core/citations/openalex";
import { labelsFor } from "../../core/notes/labels";
import type { Clock, HttpClient } from "../../core/ports";
import type { AtlasSettings } from "../../core/settings";
import { errorMessage, plural } from "../../core/words";
import { ProgressModal } from "../feed/feed-modals";
import { cancelledSummary, type ImportPipeline } from "../import-pipeline";
import type { ImportService } from "../import-service";
import { ObsidianLinks } from "../link-adapter";
import type { NoteProperties } from "../note-properties";

export interface CitationDeps {
	app: App;
	http: HttpClient;
	clock: Clock;
	imports: ImportService;
	pipeline: ImportPipeline;
	properties: NoteProperties;
	settings: () => AtlasSettings;
	/** The plugin's folder: what Semantic Scholar said is kept there (`citations.json`). */
	folder: string;
}

/**
 * The answers kept between runs, in the plugin's folder; `kept` says whether there are any without
 * reading them (no citations were ever updated otherwise).
 */
export function pluginCitationStore(app: App, folder: string): CitationStore & { kept(): Promise<boolean> } {
	const path = normalizePath(`${folder}/${CITATION_STORE_FILE}`);
	return {
		load: async () => parseCitationStore((await app.vault.adapter.exists(path)) ? await app.vault.adapter.read(path) : ""),
		save: (records) => app.vault.adapter.write(path, serializeCitationStore(records)),
		kept: () => app.vault.adapter.exists(path),
	};
}

function resultLines(result: CitationsResult): string[] {
	return [
		citationsSummary(result),
		...result.failed.map((f) => `${f.input}: ${f.reason}`),
	];
}

/** The paper's references with an arXiv ID that the vault does not have, most cited first. */
type ArxivReference = Reference & { id: string };

class ReferencePicker extends FuzzySuggestModal<ArxivReference> {
	constructor(
		app: App,
		private readonly references: ArxivReference[],
		private readonly onChoose: (reference: ArxivReference) => void,
	) {
		super(app);
		this.setPlaceholder("Import a reference of this paper");
	}

	getItems(): ArxivReference[] {
		return this.references;
	}

	getItemText(reference: ArxivReference): string {
		return `${reference.title} (arXiv:${reference.id}${reference.citationCount !== undefined ? `, ${reference.citationCount} citations` : ""})`;
	}

	onChooseItem(reference: ArxivReference): void {
		this.onChoose(reference);
	}
}

/**
 * "Update citations for this paper", "Update citations for all papers" (batched, with progress and
 * Cancel) and "Import references of this paper" (a picker, through the one import pipeline). Each
 * runs as a job of the pipeline, so it never interleaves with an import.
 */
export function registerCitations(plugin: Plugin, deps: CitationDeps): void {
	const { app } = plugin;
	const store = pluginCitationStore(app, deps.folder);
	// About one request a second (the public pool's pace, and a key's limit); the key is read at each request.
	const limiter = new RateLimiter(deps.clock, 1100);
	const sourceNow = (): SemanticScholar => {
		const secret = deps.settings().tools.citationsKeySecret;
		let apiKey = "";
		if (requireApiVersion("1.11.4")) {
			if (secret) apiKey = app.secretStorage.getSecret(secret) ?? "";
		}
		return new SemanticScholar(deps.http, deps.clock, limiter, apiKey ? { apiKey } : {});
	};
	const links = new ObsidianLinks(app);
	const openAlexLimiter = new RateLimiter(deps.clock, 200);
	const fallback = (unknown: readonly string[], signal?: AbortSignal): ReturnType<typeof openAlexRecords> => openAlexRecords(deps.http, openAlexLimiter, unknown, undefined, signal);

	const citationDeps = (): UpdateCitationsDeps => ({ vault: deps.imports.vault, links, source: sourceNow(), fallback, store, labels: labelsFor(deps.settings().noteLanguage) });

	const run = (ids: string[] | "all", view: (controller: AbortController, total: number) => { update: (done: number, total: number) => void; done: (lines: string[]) => void }): Promise<unknown> => {
		const asked = ids === "all" ? [...deps.properties.paperPaths().keys()] : ids;
		let result: CitationsResult | undefined;
		let progress: ReturnType<typeof view> | undefined;
		return deps.pipeline.enqueue({
			what: ids === "all" ? "the citations of every paper" : "the citations of this paper",
			view: (controller) => {
				progress = view(controller, asked.length);
				// Without a result the failure has been said (or the run was cancelled): the view just closes.
				return { event: () => undefined, finish: () => progress?.done(result ? resultLines(result) : []) };
			},
			run: async (signal) => {
				try {
					// The vault's papers as they are when the job starts (an import may have run while it waited).
					result = await updateCitations(citationDeps(), deps.properties.paperPaths(), asked, {
						citedBy: ids !== "all",
						resume: ids === "all",
						signal,
						onProgress: (done, total) => progress?.update(done, total),
					});
				} catch (error) {
					if (signal.aborted) return cancelledSummary();
					new Notice(`Citations: ${errorMessage(error)}.`);
				}
				return { created: [], updated: result?.written ?? [], failed: result?.failed ?? [] };
			},
		});
	};

	const paperOf = (file: TFile | null): string | undefined => (file ? deps.properties.paperId(file) : undefined);

	// A paper note deleted or renamed (or a reference imported from the picker): the notes that link it
	// in `cites` or `cited_by` follow (only once citations were ever updated), so the two sides keep
	// agreeing. A paper imported another way is linked at the next update. Changes that come together
	// (a folder renamed) are one job.
	let pendingMoves = new Set<string>();
	let pendingDeletes = new Set<string>();
	const followNow = async (): Promise<void> => {
		const moved = pendingMoves;
		const deleted = pendingDeletes;
		pendingMoves = new Set();
		pendingDeletes = new Set();
		// Citations never updated: nothing links the paper, and no job is queued for it.
		if (!(await store.kept())) return;
		await deps.pipeline.enqueue({
			what: "the citation links",
			view: () => ({ event: () => undefined, finish: () => undefined }),
			run: async (signal) => {
				const papers = deps.properties.paperPaths();
				// Another note still holding a deleted paper (a copy) is linked in its place.
				for (const id of deleted) if (papers.has(id)) moved.add(id);
				const result = await updateCitations(citationDeps(), papers, [], { signal, moved });
				if (result.failed.length > 0) new Notice(["Citation links not all updated:", ...result.failed.map((f) => `${f.input}: ${f.reason}`)].join("\n"), 0);
				return { created: [], updated: result.written, failed: result.failed };
			},
		});
	};
	let following = false;
	const follow = (change?: { moved: string } | { deleted: string }): void => {
		if (change && "moved" in change) pendingMoves.add(change.moved);
		if (change && "deleted" in change) pendingDeletes.add(change.deleted);
		if (following) return;
		following = true;
		// After the events of the same turn (a folder renamed fires one per note): one job for them all.
		queueMicrotask(() => {
			following = false;
			followNow().catch((error: unknown) => new Notice(`Citation links: ${errorMessage(error)}.`));
		});
	};
	plugin.registerEvent(
		app.metadataCache.on("deleted", (_file, previous) => {
			const id = readArxivId(previous?.frontmatter);
			if (id !== undefined) follow({ deleted: id });
		}),
	);
	plugin.registerEvent(
		app.vault.on("rename", (file) => {
			const id = file instanceof TFile ? deps.properties.paperId(file) : undefined;
			if (id !== undefined) follow({ moved: id });
		}),
	);

	plugin.addCommand({
		id: "update-paper-citations",
		name: "Update citations for this paper",
		checkCallback: (checking) => {
			const id = paperOf(app.workspace.getActiveFile());
			if (id === undefined) return false;
			if (!checking) {
				void run([id], () => {
					const notice = new Notice("Asking for the citations of this paper…", 0);
					return {
						update: () => undefined,
						done: (lines) => {
							if (lines.length === 0) notice.hide();
							else notice.setMessage(lines.join("\n"));
						},
					};
				});
			}
			return true;
		},
	});

	plugin.addCommand({
		id: "update-all-citations",
		name: "Update citations for all papers",
		callback: () => {
			void run("all", (controller, total) => {
				const modal = new ProgressModal(app, "Updating citations", total, controller);
				modal.open();
				return {
					update: (done, asking) => modal.update({ done, failed: 0, total: asking, message: `Semantic Scholar: ${done} of ${plural(asking, "paper")} asked.` }),
					done: (lines) => {
						modal.close();
						if (lines.length > 0) new Notice(lines.join("\n"), 10_000);
					},
				};
			});
		},
	});

	plugin.addCommand({
		id: "import-references",
		name: "Import references of this paper",
		checkCallback: (checking) => {
			const id = paperOf(app.workspace.getActiveFile());
			if (id === undefined) return false;
			if (!checking) {
				void (async () => {
					const record = (await store.load()).records.get(id);
					const references = missingReferences(record, deps.properties.paperPaths());
					if (!record) {
						new Notice('No citations of this paper yet: update its citations first (command palette).');
						return;
					}
					if (references.length === 0) {
						new Notice("Every reference of this paper with an arXiv ID is in the vault.");
						return;
					}
					// Once imported, the citing note links it (it leaves the references not in the vault).
					new ReferencePicker(app, references, (r) => void deps.imports.importText(r.id).then(() => follow())).open();
				})();
			}
			return true;
		},
	});
}
