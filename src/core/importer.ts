import { parseIdentifiers } from "./arxiv/identifiers";
import type { Enrichment, FailedInput, ImportEvent, ImportSummary, Keyword, Paper } from "./model";
import type { Clock, DateFormatter, LinkPort, VaultPort } from "./ports";
import type { AtlasSettings } from "./settings";
import { applyPaperPlan, PathTakenError, type ApplyResult } from "./notes/apply";
import { labelsFor } from "./notes/labels";
import { basename, cleanFolder, joinPath, safeFileName } from "./notes/paths";
import { linksIn } from "./notes/note-links";
import { dailyNotesLinked } from "./notes/daily-links";
import { managedContent } from "./notes/managed-block";
import { planPaper, type PaperPlan, type PlanContext } from "./notes/plan";
import { addPath, readVaultSnapshot, type SnapshotSource, type VaultSnapshot } from "./notes/vault-snapshot";
import { extractKeywords } from "./keywords/extract";
import { enrichmentPass, type PaperEnricher } from "./enrichment-pass";
import { readAuthorIndex } from "./authors/author-index";
import { resolveTemplate, type TemplateChoice } from "./layout/note-template";
import { errorMessage } from "./words";
import { dayOf, localDay, localTime } from "./dates";
import { listingDay } from "./feed/feed-settings";
import { escapeInline } from "./notes/markdown";
import { hasRecommended, recommendedBlock, withRecommended, type Recommendation } from "./radar/recommended";

/** The part of the arXiv client the importer uses. */
export interface PaperSource {
	/**
	 * `failed`: entries arXiv answered that cannot become a note (an Error entry, no title), with the
	 * reason; `warnings`: what was left out of a paper (an impossible date).
	 */
	fetchByIds(ids: string[], signal?: AbortSignal): Promise<{ papers: Paper[]; notFound: string[]; failed?: FailedInput[]; warnings?: string[] }>;
}

export interface ImporterDeps {
	vault: VaultPort;
	links: LinkPort;
	arxiv: PaperSource;
	clock: Clock;
	formatDate: DateFormatter;
	/** Where snapshots come from (default: read from the vault at each import). */
	snapshots?: SnapshotSource;
}

export interface ImportOptions {
	/** The day whose daily note lists the papers (default: today). */
	day?: Date;
	enrichment?: (paper: Paper) => Enrichment | undefined;
	/** A language model to ask about each paper once its notes are written (none: local data only). */
	enricher?: PaperEnricher;
	/** Progress as structured events (fetched, written, failed, done…). */
	onEvent?: (event: ImportEvent) => void;
	/** Aborting stops before the next paper is written: papers before it are complete, the rest untouched. */
	signal?: AbortSignal;
	/** A snapshot to go on with (a long run takes one and keeps it current as it writes). */
	snapshot?: VaultSnapshot;
	/** A template parsed beforehand, or "built-in" to ignore the template setting this time; unset: the setting's note is read and checked before anything is fetched or written. */
	template?: TemplateChoice;
}


/** The configured folders, cleaned; throws UnsafeFolderError for one that climbs out of the vault. */
function planFolders(settings: AtlasSettings): { folders: PlanContext["folders"]; dailyFolder: string } {
	return {
		folders: {
			papers: cleanFolder("papers", settings.papersFolder),
			keywords: cleanFolder("keywords", settings.keywordsFolder),
			categories: cleanFolder("categories", settings.categoriesFolder),
		},
		dailyFolder: cleanFolder("daily notes", settings.dailyFolder),
	};
}

/** The daily note's path: the date format may contain folders (`YYYY/MM/YYYY-MM-DD`); each part is made safe. */
function dailyNote(settings: AtlasSettings, folder: string, day: Date, formatDate: DateFormatter): { path: string; folder: string; display: string } {
	const formatted = formatDate(day, settings.dailyDateFormat || "YYYY-MM-DD");
	const parts = formatted.split("/").map((p) => safeFileName(p, "daily")).filter((p) => p !== "");
	const display = parts[parts.length - 1] ?? "daily";
	return { path: `${joinPath(folder, ...parts)}.md`, folder, display };
}

function localStamp(d: Date): { date: string; time: string } {
	return { date: localDay(d), time: localTime(d) };
}

export class Importer {
	constructor(private readonly deps: ImporterDeps) {}

	/**
	 * Writes a paper's plan; when its new note's name was taken meanwhile by another paper's note
	 * (another process, the same title), plans it again under another name, a few times at most.
	 */
	private async applyClaiming(plan: PaperPlan, ctx: PlanContext, result: ApplyResult): Promise<PaperPlan> {
		for (let attempt = 0; ; attempt++) {
			try {
				await applyPaperPlan(this.deps.vault, plan, ctx, result);
				return plan;
			} catch (error) {
				if (!(error instanceof PathTakenError) || attempt >= 5) throw error;
				addPath(ctx.snapshot, error.path);
				ctx.snapshot.papers.delete(plan.paper.id);
				plan = planPaper(plan.paper, ctx);
			}
		}
	}

	/**
	 * Writes a day's recommended papers into its daily note, created when missing, in place of those an
	 * earlier ranked listing of that day wrote there. Nothing with daily notes off, or with nothing to
	 * recommend and no earlier part to replace. Returns the note's path when it wrote.
	 */
	async writeRecommended(items: readonly Recommendation[], settings: AtlasSettings, day: Date): Promise<string | undefined> {
		if (!settings.dailyNote) return undefined;
		const { path, display } = dailyNote(settings, planFolders(settings).dailyFolder, day, this.deps.formatDate);
		const labels = labelsFor(settings.noteLanguage);
		const block = recommendedBlock(items, labels.recommendedLike);
		const edit = (text: string): string => (items.length === 0 && !hasRecommended(text) ? text : withRecommended(text, block, labels.recommendedSection, path));
		const { vault } = this.deps;
		const exists = await vault.exists(path);
		// Nothing to recommend and no earlier part to empty: the note is not touched.
		if (items.length === 0 && (!exists || !hasRecommended(await vault.read(path)))) return undefined;
		if (!exists) {
			try {
				await vault.create(path, edit(`# ${escapeInline(display)}\n`));
				return path;
			} catch (error) {
				// Made meanwhile (the day's import, another process): edited below as any other.
				if (!(await vault.exists(path))) throw error;
			}
		}
		await vault.process(path, edit);
		return path;
	}

	/** What the vault holds, for planning: from the snapshot source, or read from the vault. */
	snapshot(settings: AtlasSettings): Promise<VaultSnapshot> {
		const folder = cleanFolder("keywords", settings.keywordsFolder);
		return this.deps.snapshots ? this.deps.snapshots.snapshot(folder) : readVaultSnapshot(this.deps.vault, folder);
	}

	/** Imports every arXiv paper named in a pasted text. Nothing is written until every paper is fetched and planned. */
	async importText(text: string, settings: AtlasSettings, options: ImportOptions = {}): Promise<ImportSummary> {
		const emit = options.onEvent ?? ((): void => undefined);
		const now = this.deps.clock.now();
		const { ids, rejected } = parseIdentifiers(text, now);
		const failed: FailedInput[] = rejected.map((r) => ({ input: r.input, reason: r.reason }));
		const summary: ImportSummary = { created: [], updated: [], failed, papers: [] };
		const finish = (): ImportSummary => {
			emit({ type: "done", summary });
			return summary;
		};
		if (ids.length === 0) return finish();

		try {
			planFolders(settings);
			options = { ...options, template: (await resolveTemplate(this.deps.vault, settings.layout.templatePath, options.template)) ?? "built-in" };
		} catch (error) {
			for (const { id } of ids) failed.push({ input: id, reason: errorMessage(error) });
			return finish();
		}
		if (options.signal?.aborted) {
			summary.cancelled = true;
			return finish();
		}

		const wanted = ids.map((i) => i.id);
		emit({ type: "fetching", count: wanted.length });
		let papers: Paper[];
		try {
			const answer = await this.deps.arxiv.fetchByIds(wanted, options.signal);
			papers = answer.papers;
			emit({ type: "fetched", count: papers.length });
			for (const id of answer.notFound) {
				failed.push({ input: id, reason: `not found on arXiv: ${id}` });
				emit({ type: "failed", id, reason: `not found on arXiv: ${id}` });
			}
			for (const f of answer.failed ?? []) {
				failed.push(f);
				emit({ type: "failed", id: f.input, reason: f.reason });
			}
			if (answer.warnings && answer.warnings.length > 0) summary.warnings = [...(summary.warnings ?? []), ...answer.warnings];
		} catch (error) {
			// Cancelled while waiting for arXiv: nothing was fetched, nothing failed.
			if (options.signal?.aborted) summary.cancelled = true;
			else for (const id of wanted) failed.push({ input: id, reason: errorMessage(error) });
			return finish();
		}
		return this.importPapers(papers, settings, options, summary);
	}

	/**
	 * Writes notes for papers already in hand (from a daily listing, a search or the API), then asks
	 * the language model when there is one. `summary` carries failures found before (unread inputs).
	 */
	async importPapers(
		papers: Paper[],
		settings: AtlasSettings,
		options: ImportOptions = {},
		summary: ImportSummary = { created: [], updated: [], failed: [] },
	): Promise<ImportSummary> {
		const emit = options.onEvent ?? ((): void => undefined);
		const failed = summary.failed;
		summary.papers ??= [];
		const finish = (): ImportSummary => {
			emit({ type: "done", summary });
			return summary;
		};
		const fail = (id: string, reason: string): void => {
			failed.push({ input: id, reason });
			emit({ type: "failed", id, reason });
		};
		if (papers.length === 0) return finish();
		let folders: PlanContext["folders"];
		let dailyFolder: string;
		let layout: Pick<PlanContext, "template" | "authors">;
		try {
			({ folders, dailyFolder } = planFolders(settings));
			const template = await resolveTemplate(this.deps.vault, settings.layout.templatePath, options.template);
			const authors = settings.layout.authorNotes ? await readAuthorIndex(this.deps.vault, cleanFolder("authors", settings.layout.authorsFolder)) : undefined;
			layout = { ...(template ? { template } : {}), ...(authors ? { authors } : {}) };
		} catch (error) {
			for (const p of papers) fail(p.id, errorMessage(error));
			return finish();
		}
		const now = this.deps.clock.now();
		const stamp = localStamp(now);
		const snapshot = options.snapshot ?? (await this.snapshot(settings));
		const dailyOf = (day: Date): PlanContext["daily"] => (settings.dailyNote ? dailyNote(settings, dailyFolder, day, this.deps.formatDate) : undefined);
		// A paper stays in the daily note that lists it now (the one its note links), else the listing's
		// day or the day of its first import. Only the notes of papers imported again are read.
		const currentDaily = new Map<string, NonNullable<PlanContext["daily"]>>();
		if (settings.dailyNote) {
			for (const paper of papers) {
				const path = snapshot.papers.get(paper.id);
				if (path === undefined) continue;
				const text = await this.deps.vault.read(path).catch(() => "");
				const [daily] = dailyNotesLinked(linksIn(managedContent(text) ?? ""), path, snapshot, dailyFolder, [folders.papers, folders.keywords, folders.categories, layout.authors?.folder ?? ""]);
				if (daily !== undefined) currentDaily.set(paper.id, { path: daily, folder: dailyFolder, display: basename(daily) });
			}
		}
		const dailyOfExisting = (id: string): PlanContext["daily"] => {
			const current = currentDaily.get(id);
			if (current) return current;
			const dates = snapshot.paperDates.get(id);
			const day = listingDay(dates?.announced, settings) ?? dayOf(dates?.imported);
			return day ? dailyOf(day) : undefined;
		};
		const ctx: PlanContext = {
			folders,
			fileNameTemplate: settings.fileNameTemplate || "{{title}}",
			labels: labelsFor(settings.noteLanguage),
			links: this.deps.links,
			snapshot,
			daily: dailyOf(options.day ?? now),
			dailyOfExisting,
			...(settings.dailyNote ? { dailyFolder } : {}),
			extract: (paper): Keyword[] =>
				extractKeywords({ title: paper.title, abstract: paper.abstract }, { max: settings.keywordsPerPaper, vault: snapshot.vaultKeywords }),
			enrichment: options.enrichment,
			generatedAt: `${stamp.date} ${stamp.time}`,
			importedAt: `${stamp.date}T${stamp.time}`,
			...(settings.readingStatus ? { newStatus: "to-read" as const } : {}),
			plannedPaths: new Set(),
			...layout,
		};
		const plans: PaperPlan[] = papers.map((paper) => planPaper(paper, ctx));

		const result: ApplyResult = { created: new Set(), updated: new Set(), trashed: new Set(), warnings: [] };
		const written: PaperPlan[] = [];
		for (let [i, plan] of plans.entries()) {
			if (options.signal?.aborted) {
				summary.cancelled = true;
				break;
			}
			emit({ type: "writing", index: i + 1, total: plans.length, id: plan.paper.id });
			try {
				plan = await this.applyClaiming(plan, ctx, result);
				const created = result.created.has(plan.note.path);
				summary.papers.push({ paper: plan.paper, path: plan.note.path, created });
				summary.firstPaperPath ??= plan.note.path;
				written.push(plan);
				emit({ type: "written", id: plan.paper.id, path: plan.note.path, created });
			} catch (error) {
				fail(plan.paper.id, `could not write its notes: ${errorMessage(error)}`);
			}
		}
		// Planned notes that were not written would mislead the next import that reuses this snapshot.
		if (written.length < plans.length) this.deps.snapshots?.invalidate();
		if (options.enricher && written.length > 0 && !summary.cancelled) {
			summary.tokens = await enrichmentPass({
				enricher: options.enricher,
				plans: written,
				ctx,
				vault: this.deps.vault,
				keywordsPerPaper: settings.keywordsPerPaper,
				result,
				onEvent: emit,
			});
		}
		summary.created = [...new Set([...summary.created, ...result.created])];
		summary.updated = [...new Set([...summary.updated, ...result.updated])].filter((p) => !summary.created.includes(p));
		summary.warnings = [...(summary.warnings ?? []), ...result.warnings];
		if (result.trashed.size > 0) summary.trashed = [...new Set([...(summary.trashed ?? []), ...result.trashed])];
		return finish();
	}
}
