import { Notice, TFile, type App } from "obsidian";
import { PAPER_PROPERTIES, readArxivId } from "../../core/notes/paper-schema";
import type { RateLimiter } from "../../core/arxiv/rate-limiter";
import { filterListing, parseFilterTerms } from "../../core/feed/filter";
import { fetchListing } from "../../core/feed/fetch-listing";
import { runImport, type RunResult } from "../../core/feed/feed-run";
import { listingDay } from "../../core/feed/feed-settings";
import type { FeedSettings, SavedRun } from "../../core/feed/feed-settings";
import { pickRecommendations } from "../../core/radar/recommended";
import type { ScheduleMode } from "../../core/feed/schedule";
import { byScore, preselected } from "../../core/feed/score-shares";
import { planIdList } from "../../core/feed/id-list";
import { writePapersBase } from "../../core/feed/papers-base";
import { createQueue, remaining, retryFailed } from "../../core/feed/queue";
import { quietDay, type Listing, type ListingItem } from "../../core/feed/rss";
import type { PaperSource } from "../../core/importer";
import type { ArxivClient } from "../../core/arxiv/client";
import { fetchPastListing, pastDays } from "../../core/feed/past-listing";
import type { ImportSummary, Paper } from "../../core/model";
import type { Clock, HttpClient } from "../../core/ports";
import { cancelledSummary, type ImportPipeline } from "../import-pipeline";
import type { ImportService } from "../import-service";
import type { NoteProperties } from "../note-properties";
import { templateForImport } from "../note-template";
import { ProgressNotice, summaryText } from "../progress-notice";
import type { SettingsStore } from "../settings-store";
import type { RunStore } from "./run-store";
import { IdListModal, ProgressModal, ResumeModal } from "./feed-modals";
import { ListingModal } from "./listing-modal";
import type { RadarScore } from "../radar/library-radar";
import type { LibraryRadars } from "../radar/library-radars";
import { libraryLabel } from "../../core/radar/library-scope";
import type { SeenStore } from "../radar/seen-store";
import type { DayMark } from "../day-mark";
import { errorMessage, plural } from "../../core/words";

export interface FeedDeps {
	app: App;
	http: HttpClient;
	/** The plugin's one limiter for arXiv: the listing request waits its turn with every API request. */
	limiter: RateLimiter;
	/** The plugin's arXiv API client (it uses the same limiter): papers by ID, and a past listing's query. */
	arxiv: PaperSource & Pick<ArxivClient, "queryAll">;
	clock: Clock;
	store: SettingsStore;
	/** Where a long run is kept between sessions (files in the plugin folder). */
	runs: RunStore;
	imports: ImportService;
	pipeline: ImportPipeline;
	properties: NoteProperties;
	/** Rank a listing by the vault's papers, one radar per library of the settings (the preview shows the best first). */
	radars?: LibraryRadars;
	/** Papers previews showed and the user did not import: the radar's negatives. */
	seen?: SeenStore;
	/** The day today's listing was last taken (by the command or the schedule): the schedule takes it once a day. */
	listingTaken?: DayMark;
}


/** The summary lines of a run, for the notice and the progress modal. */
export function runLines(result: RunResult): string[] {
	const lines = summaryText(result.summary).split("\n");
	if (result.stopped !== undefined) {
		lines.push(`Stopped with ${plural(remaining(result.run.queue).length, "paper")} left (${result.stopped}). It continues when you run the command again or restart Obsidian.`);
	}
	if (result.datesCompleted > 0) lines.push(`Dates of ${plural(result.datesCompleted, "paper")} filled from the arXiv API.`);
	if (result.datesError !== undefined) lines.push(`Published and updated dates are missing for now (${result.datesError}); run "Refresh paper metadata" later.`);
	return lines;
}

/** "Import today's arXiv listing", "Import arXiv IDs from a list", "Refresh paper metadata" and resuming. */
export class FeedService {
	constructor(private readonly deps: FeedDeps) {}

	private feed(): FeedSettings {
		return this.deps.store.get().feed;
	}

	private async saveRun(run: SavedRun | undefined): Promise<void> {
		await this.deps.runs.save(run);
		// A run an older version kept in data.json moves to the run files.
		if (this.feed().run) {
			const feed: FeedSettings = { ...this.feed() };
			delete feed.run;
			await this.deps.store.update({ feed });
		}
	}

	/** The run that stopped before its end (or failed papers to retry), if any. */
	private async savedRun(): Promise<SavedRun | undefined> {
		return (await this.deps.runs.load()) ?? this.feed().run;
	}

	/** arXiv IDs (no version) of every paper note in the vault. */
	knownIds(): Set<string> {
		return new Set(this.deps.properties.paperPaths().keys());
	}

	/** A listing's items the settings' announce types and include and exclude terms keep. */
	private filtered(listing: Listing): ListingItem[] {
		const feed = this.feed();
		return filterListing(listing.items, { announceTypes: new Set(feed.announceTypes), include: parseFilterTerms(feed.include), exclude: parseFilterTerms(feed.exclude) });
	}

	/** The command: fetch the day's listing, preview it, import the papers chosen. */
	async importListing(): Promise<void> {
		await this.takeListing("preview");
	}

	/**
	 * Today's listing: fetched, filtered and ranked, then previewed, or (`import`, the scheduled run's
	 * choice) the papers the preview would tick imported at once. False when arXiv could not be asked.
	 * `retry`: the schedule's run, which says when it tries again.
	 */
	async takeListing(mode: ScheduleMode, retry?: string): Promise<boolean> {
		const feed = this.feed();
		const notice = new Notice("Fetching today's arXiv listing…", 0);
		let listing: Listing;
		try {
			listing = await fetchListing(this.deps.http, this.deps.limiter, feed.categories);
		} catch (error) {
			const message = `arXiv listing: ${errorMessage(error)}`;
			notice.setMessage(retry ? `${message}${/[.!?]$/.test(message) ? "" : "."} ${retry}` : message);
			// The schedule's failure is said for a while, not left on screen at each try.
			if (retry) window.setTimeout(() => notice.hide(), 10_000);
			return false;
		}
		notice.hide();
		await this.deps.listingTaken?.mark(this.deps.clock.now());
		const quiet = quietDay(listing, this.deps.clock.now());
		if (quiet) {
			new Notice(quiet.message);
			return true;
		}
		const items = this.filtered(listing);
		if (mode === "preview") {
			await this.preview(listing, items, undefined);
			return true;
		}
		const scores = await this.rankByLibrary(items, undefined);
		const known = this.knownIds();
		const ticked = preselected(items, known, scores, feed.preselect);
		const chosen = items.filter(({ paper }) => ticked.has(paper.id));
		if (chosen.length === 0) {
			new Notice(`Today's arXiv listing has no new paper to import (${plural(items.length, "paper")} match your filters).`);
			return true;
		}
		await this.importAndRecommend(listing, chosen, byScore(items, scores), scores, known);
		return true;
	}

	/**
	 * The command's second half: the papers of the followed categories submitted on a past day or
	 * range (the API, a page of 200 at a time, 3 s apart), in the same preview with the same filters.
	 */
	async importPastListing(from: string, to: string | undefined): Promise<void> {
		const feed = this.feed();
		if (feed.categories.length === 0) {
			new Notice("Follow a category first, in the listing settings: a past listing is of the categories you follow.");
			return;
		}
		let days: { from: string; to: string };
		try {
			days = pastDays(from, to, this.deps.clock.now());
		} catch (error) {
			new Notice(errorMessage(error));
			return;
		}
		const when = days.from === days.to ? days.from : `${days.from} to ${days.to}`;
		const notice = new Notice(`Asking arXiv for the papers of ${when}…`, 0);
		let listing: Listing;
		try {
			listing = await fetchPastListing(this.deps.arxiv, feed.categories, days);
		} catch (error) {
			notice.setMessage(`Past arXiv listing: ${errorMessage(error)}`);
			return;
		}
		notice.hide();
		if (listing.items.length === 0) {
			new Notice(`No paper of ${feed.categories.join(", ")} was submitted on ${when}.`);
			return;
		}
		await this.preview(listing, this.filtered(listing), undefined);
	}

	/** The preview of a listing's items, ranked by one library of the settings (the first unless named). */
	private async preview(listing: Listing, items: readonly ListingItem[], library: string | undefined): Promise<void> {
		const feed = this.feed();
		const libraries = this.deps.radars?.libraries() ?? [];
		const chosenLibrary = libraries.find((l) => l.line === library) ?? libraries[0];
		const scores = await this.rankByLibrary(items, chosenLibrary?.line);
		const ranked = byScore(items, scores);
		const known = this.knownIds();
		const rankBy =
			feed.rankByLibrary && libraries.length > 1 && chosenLibrary
				? { libraries: libraries.map((l) => ({ line: l.line, label: libraryLabel(l) })), current: chosenLibrary.line, choose: (line: string): void => void this.preview(listing, items, line) }
				: undefined;
		new ListingModal(this.deps.app, { listing, items: ranked, known, skipped: listing.skipped, scores, preselect: feed.preselect, ...(rankBy ? { rankBy } : {}) }, (chosen, passedOver) => {
			// The papers the user saw and left: the radar learns from them (a failure to save it changes nothing else).
			const seen = passedOver.map(({ paper }) => ({ id: paper.id, title: paper.title, abstract: paper.abstract }));
			void this.deps.seen?.record(seen, new Set([...chosen.map((i) => i.paper.id), ...known])).catch(() => undefined);
			void this.importAndRecommend(listing, chosen, ranked, scores, known);
		}).open();
	}

	/** Imports the papers chosen, then (only after an import that ran) recommends the best of the rest. */
	private async importAndRecommend(listing: Listing, chosen: ListingItem[], ranked: readonly ListingItem[], scores: ReadonlyMap<string, RadarScore>, known: ReadonlySet<string>): Promise<void> {
		const result = await this.importItems(listing, chosen);
		// The papers it wrote, and those the vault had, are not recommended.
		if (result && !result.summary.cancelled) await this.recommend(listing, ranked, scores, new Set([...result.run.queue.done, ...known]));
	}

	/**
	 * The daily note's recommended papers (as many as the setting asks, none when the listing was not
	 * ranked): the best of the day the user did not import, in the daily note of the listing's papers.
	 */
	private async recommend(listing: Listing, ranked: readonly ListingItem[], scores: ReadonlyMap<string, RadarScore>, taken: ReadonlySet<string>): Promise<void> {
		const settings = this.deps.store.get();
		// A past listing is no day's announcement: the daily note's recommended part is for those.
		if (settings.feed.recommend === 0 || scores.size === 0 || !settings.dailyNote || listing.past) return;
		const candidates = ranked.flatMap(({ paper }) => {
			const score = scores.get(paper.id);
			return score ? [{ id: paper.id, title: paper.title, why: score.why }] : [];
		});
		const day = listingDay(listing.announced, settings) ?? this.deps.clock.now();
		try {
			await this.deps.imports.importer.writeRecommended(pickRecommendations(candidates, taken, settings.feed.recommend), settings, day);
		} catch (error) {
			new Notice(`The daily note's recommended papers were not written: ${errorMessage(error)}`);
		}
	}

	/** The radar's scores for a listing, or none (arXiv's order stays) when it cannot rank: never a reason not to preview. */
	private async rankByLibrary(items: readonly ListingItem[], library: string | undefined): Promise<Map<string, RadarScore>> {
		if (!this.deps.radars || !this.feed().rankByLibrary) return new Map();
		const radar = this.deps.radars.radar(library);
		// Papers the vault has, in this library or not, are never ranked nor negatives.
		const known = this.knownIds();
		const reading = radar.ready ? undefined : new Notice("Reading your papers to sort the listing…", 0);
		try {
			return await radar.rank(
				items.filter(({ paper }) => !known.has(paper.id)).map(({ paper }) => ({ id: paper.id, title: paper.title, abstract: paper.abstract })),
				((await this.deps.seen?.load()) ?? []).filter((p) => !known.has(p.id)),
			);
		} catch (error) {
			new Notice(`The listing stays in arXiv's order: your papers could not be read (${errorMessage(error)}).`);
			return new Map();
		} finally {
			reading?.hide();
		}
	}

	/** Imports papers of a listing (the preview's choice). */
	importItems(listing: Listing, chosen: ListingItem[]): Promise<RunResult | undefined> {
		const papers = chosen.map((i) => i.paper);
		const run: SavedRun = {
			kind: "listing",
			queue: createQueue(listing.past ? `past-listing-${listing.past.from}-${listing.past.to}` : `listing-${listing.announced ?? "today"}`, papers.map((p) => p.id), this.deps.clock.now().toISOString()),
			papers,
		};
		if (listing.announced !== undefined) run.announced = listing.announced;
		return this.start(run);
	}

	/** The command: a pasted list, or the active note's text. */
	openIdList(): void {
		const active = this.deps.app.workspace.getActiveFile();
		const read = active instanceof TFile && active.extension === "md" ? (): Promise<string> => this.deps.app.vault.cachedRead(active) : undefined;
		new IdListModal(this.deps.app, read, (text) => void this.importIdList(text)).open();
	}

	async importIdList(text: string): Promise<RunResult | undefined> {
		const updateKnown = this.feed().knownPapers === "update";
		const plan = planIdList(text, this.knownIds(), this.deps.clock.now(), { updateKnown });
		const ids = plan.batches.flat();
		const notes: string[] = [];
		if (plan.known.length > 0) notes.push(`${plural(plan.known.length, "paper")} already in the vault ${updateKnown ? "will be updated" : "skipped"}`);
		if (plan.rejected.length > 0) notes.push(`${plural(plan.rejected.length, "entry")} not understood: ${plan.rejected.map((r) => r.input).slice(0, 5).join(", ")}`);
		if (ids.length === 0) {
			new Notice(["Nothing to import.", ...notes].join("\n"));
			return undefined;
		}
		if (notes.length > 0) new Notice(notes.join("\n"));
		return this.start({ kind: "ids", queue: createQueue("id-list", ids, this.deps.clock.now().toISOString()), papers: [] });
	}

	/**
	 * Runs (or continues) a saved run as one job of the import pipeline, with the progress modal
	 * (its Cancel aborts the job); failures can be retried from its end.
	 */
	async start(run: SavedRun): Promise<RunResult | undefined> {
		const total = run.queue.ids.length;
		let result: RunResult | undefined;
		let modal: ProgressModal | undefined;
		await this.deps.pipeline.enqueue({
			what: run.kind === "listing" ? "the arXiv listing" : plural(total, "paper"),
			after: this.deps.imports.defaults({ open: false }),
			view: (controller) => {
				modal = new ProgressModal(this.deps.app, run.kind === "listing" ? "Importing the arXiv listing" : `Importing ${plural(total, "arXiv paper")}`, total, controller);
				modal.open();
				return {
					event: () => undefined,
					finish: (summary) => {
						if (!result) {
							modal?.close();
							// Cancelled at the template question: nothing happened, nothing to say.
							if (!summary.cancelled || summary.failed.length > 0) new Notice(summaryText(summary));
							return;
						}
						const lines = runLines(result);
						const failed = result.run.queue.failed.length > 0;
						modal?.finish(result, lines, failed ? () => void this.retry() : undefined);
						// The open modal says it all; a notice only when the user closed it during the run.
						if (modal?.closed !== false) new Notice(lines.join("\n"), failed || result.stopped !== undefined ? 0 : 10_000);
					},
				};
			},
			run: async (signal) => {
				// The settings as they are when the run starts (it may have waited its turn), and the
				// template note checked once before anything is written, as for every import.
				const settings = this.deps.store.get();
				const template = await templateForImport(this.deps.app, this.deps.imports.vault, settings.layout);
				if (template === "cancel") return cancelledSummary();
				await this.saveRun(run);
				result = await runImport(run, {
					importer: this.deps.imports.importer,
					source: this.deps.arxiv,
					settings,
					template,
					save: (r) => this.saveRun(r),
					onProgress: (p) => modal?.update(p),
					signal,
				});
				await this.writeBase();
				return result.summary;
			},
		});
		return result;
	}

	/** "Retry failed": the saved run's failed papers, once more. */
	async retry(): Promise<RunResult | undefined> {
		const run = await this.savedRun();
		if (!run || run.queue.failed.length === 0) {
			new Notice("No failed papers to retry.");
			return undefined;
		}
		return this.start({ ...run, queue: retryFailed(run.queue) });
	}

	/** At start: a run that stopped before its end is offered to continue. */
	async offerResume(): Promise<void> {
		const run = await this.savedRun();
		const left = run ? remaining(run.queue).length : 0;
		if (!run || left === 0) return;
		const what = run.kind === "listing" ? `the arXiv listing${run.announced ? ` of ${run.announced}` : ""}` : "a list of arXiv papers";
		new ResumeModal(
			this.deps.app,
			`The import of ${what} stopped with ${plural(left, "paper")} of ${run.queue.ids.length} left. The papers before are complete notes.`,
			() => void this.start(run),
			() => void this.saveRun(undefined),
		).open();
	}

	/** Papers.base in the papers folder, written once: a file there is never replaced. */
	async writeBase(): Promise<void> {
		const settings = this.deps.store.get();
		await writePapersBase(this.deps.imports.vault, settings.papersFolder, settings.feed.categories);
	}

	/** The command: paper notes without `published` or `updated` get them from the API, 100 IDs a request. */
	async refreshMetadata(): Promise<ImportSummary | undefined> {
		const { app } = this.deps;
		const announced = new Map<string, string>();
		const ids: string[] = [];
		for (const file of app.vault.getMarkdownFiles()) {
			const fm = this.deps.properties.of(file);
			const id = readArxivId(fm);
			if (id === undefined) continue;
			if (fm?.[PAPER_PROPERTIES.published] && fm[PAPER_PROPERTIES.updated]) continue;
			ids.push(id);
			const day = fm?.[PAPER_PROPERTIES.announced];
			if (typeof day === "string") announced.set(id, day);
		}
		if (ids.length === 0) {
			new Notice("Every paper note has its published and updated dates.");
			return undefined;
		}
		return this.deps.pipeline.enqueue({
			what: plural(ids.length, "paper"),
			after: this.deps.imports.defaults({ open: false, pdf: false }),
			view: () => new ProgressNotice(),
			run: async (signal, onEvent) => {
				const template = await templateForImport(this.deps.app, this.deps.imports.vault, this.deps.store.get().layout);
				if (template === "cancel") return cancelledSummary();
				onEvent({ type: "fetching", count: ids.length });
				let summary: ImportSummary = { created: [], updated: [], failed: [] };
				let papers: Paper[] = [];
				try {
					const answer = await this.deps.arxiv.fetchByIds(ids);
					papers = answer.papers.map((p) => {
						const day = announced.get(p.id);
						return day === undefined || p.announced !== undefined ? p : { ...p, announced: day };
					});
					for (const id of answer.notFound) summary.failed.push({ input: id, reason: `not found on arXiv: ${id}` });
					summary.failed.push(...(answer.failed ?? []));
					if (answer.warnings && answer.warnings.length > 0) summary.warnings = [...answer.warnings];
				} catch (error) {
					for (const id of ids) summary.failed.push({ input: id, reason: errorMessage(error) });
				}
				// Each paper stays in the daily note of the day it was first imported.
				if (papers.length > 0) summary = await this.deps.imports.importer.importPapers(papers, this.deps.store.get(), { onEvent, signal, template }, summary);
				return summary;
			},
		});
	}
}
