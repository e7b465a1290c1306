/**
 * Settings of daily listings and batch imports (issue 6), kept in `AtlasSettings.feed`, plus the
 * resumable run saved after every paper.
 */
import { dayOf } from "../dates";
import { canonicalCategory } from "./feed-url";
import { readQueue, type ImportQueue } from "./queue";
import { ANNOUNCE_TYPES, type AnnounceType, type FeedPaper } from "./rss";
import { DEFAULT_SCHEDULE_DAYS, scheduleMinutes, type ScheduleMode } from "./schedule";

/** Which day's daily note lists a listing's papers: the listing's announce date, or the day of the import. */
export type ListingDay = "announced" | "today";

/** A long import in progress, saved in plugin data after every paper so it can continue after a restart. */
export interface SavedRun {
	/** `listing`: papers from a daily feed (kept here: the feed changes the next day); `ids`: fetched from the API in batches. */
	kind: "listing" | "ids";
	queue: ImportQueue;
	/** Listing runs: the papers not imported yet (done ones are dropped as the run goes). */
	papers: FeedPaper[];
	/** Listing runs: the announce date, YYYY-MM-DD. */
	announced?: string;
}

export type Preselect = "all" | "liked";

export interface FeedSettings {
	/** arXiv categories followed, as the taxonomy spells them (`cs.LG`). */
	categories: string[];
	announceTypes: AnnounceType[];
	/** Include and exclude terms as typed: comma or line separated, phrases may be quoted. */
	include: string;
	exclude: string;
	/** Importing a list of IDs: papers the vault has already are skipped, or fetched again and updated. */
	knownPapers: "skip" | "update";
	listingDay: ListingDay;
	/** Sort the listing preview by how much each paper is like the vault's (the radar). */
	rankByLibrary: boolean;
	/** Which papers the preview ticks: every new one, or those at least half way from the day's lowest score to its best. */
	preselect: Preselect;
	/** The papers the radar ranks by: "" for every paper note, or folder:<path>, tag:<tag>, keyword:<name>. */
	radarLibrary: string;
	/** How many of a ranked listing's papers not imported the daily note recommends (0: none). */
	recommend: number;
	/** When today's listing is taken by itself: `HH:MM`, or "" for never. */
	scheduleTime: string;
	/** The weekdays it is taken on (0 is Sunday). */
	scheduleDays: number[];
	/** A preview to choose from, or the papers the preview would tick imported at once. */
	scheduleMode: ScheduleMode;
	/** The run to continue, if one stopped before its end. */
	run?: SavedRun;
}

export const DEFAULT_FEED_SETTINGS: FeedSettings = {
	categories: [],
	announceTypes: ["new", "cross"],
	include: "",
	exclude: "",
	knownPapers: "skip",
	listingDay: "announced",
	rankByLibrary: true,
	preselect: "all",
	radarLibrary: "",
	recommend: 0,
	scheduleTime: "",
	scheduleDays: [...DEFAULT_SCHEDULE_DAYS],
	scheduleMode: "preview",
};

/** The choices of "Recommended papers in the daily note". */
export const RECOMMEND_COUNTS = [0, 3, 5, 10, 20] as const;

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

/** A paper saved with a run, or undefined when the stored value is not one. */
function readFeedPaper(value: unknown): FeedPaper | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const v = value as Record<string, unknown>;
	if (typeof v["id"] !== "string" || typeof v["title"] !== "string" || typeof v["abstract"] !== "string") return undefined;
	if (typeof v["version"] !== "number" || typeof v["primaryCategory"] !== "string") return undefined;
	if (!isStringArray(v["authors"]) || !isStringArray(v["categories"])) return undefined;
	const paper: FeedPaper = {
		id: v["id"],
		version: v["version"],
		title: v["title"],
		abstract: v["abstract"],
		authors: [...v["authors"]],
		primaryCategory: v["primaryCategory"],
		categories: [...v["categories"]],
	};
	for (const key of ["published", "updated", "doi", "journalRef", "comment", "announced"] as const) {
		const s = v[key];
		if (typeof s === "string") paper[key] = s;
	}
	return paper;
}

/** A saved run read back (from a run file or an older data.json), or undefined when it is not one. */
export function readSavedRun(value: unknown): SavedRun | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const v = value as Record<string, unknown>;
	const queue = readQueue(v["queue"]);
	if (!queue || (v["kind"] !== "listing" && v["kind"] !== "ids") || !Array.isArray(v["papers"])) return undefined;
	const papers = v["papers"].map(readFeedPaper).filter((p): p is FeedPaper => p !== undefined);
	const run: SavedRun = { kind: v["kind"], queue, papers };
	if (typeof v["announced"] === "string") run.announced = v["announced"];
	return run;
}

/** Feed settings from saved plugin data: unknown or mistyped values fall back to the defaults. */
export function feedSettingsFrom(data: unknown): FeedSettings {
	const saved = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
	const out: FeedSettings = { ...DEFAULT_FEED_SETTINGS, categories: [], announceTypes: [...DEFAULT_FEED_SETTINGS.announceTypes] };
	if (isStringArray(saved["categories"])) {
		for (const c of saved["categories"]) {
			const code = canonicalCategory(c);
			if (code !== undefined && !out.categories.includes(code)) out.categories.push(code);
		}
	}
	if (isStringArray(saved["announceTypes"])) out.announceTypes = ANNOUNCE_TYPES.filter((t) => (saved["announceTypes"] as string[]).includes(t));
	if (typeof saved["include"] === "string") out.include = saved["include"];
	if (typeof saved["exclude"] === "string") out.exclude = saved["exclude"];
	if (saved["knownPapers"] === "skip" || saved["knownPapers"] === "update") out.knownPapers = saved["knownPapers"];
	if (saved["listingDay"] === "announced" || saved["listingDay"] === "today") out.listingDay = saved["listingDay"];
	if (typeof saved["rankByLibrary"] === "boolean") out.rankByLibrary = saved["rankByLibrary"];
	if (saved["preselect"] === "all" || saved["preselect"] === "liked") out.preselect = saved["preselect"];
	if (typeof saved["radarLibrary"] === "string") out.radarLibrary = saved["radarLibrary"];
	if (typeof saved["scheduleTime"] === "string" && (saved["scheduleTime"] === "" || scheduleMinutes(saved["scheduleTime"]) !== undefined)) out.scheduleTime = saved["scheduleTime"].trim();
	const days: unknown = saved["scheduleDays"];
	if (Array.isArray(days)) out.scheduleDays = [...new Set((days as unknown[]).filter((d): d is number => typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 6))].sort();
	if (saved["scheduleMode"] === "preview" || saved["scheduleMode"] === "import") out.scheduleMode = saved["scheduleMode"];
	const recommend = saved["recommend"];
	if (typeof recommend === "number" && Number.isInteger(recommend) && recommend >= 0 && recommend <= 50) out.recommend = recommend;
	const run = readSavedRun(saved["run"]);
	if (run) out.run = run;
	return out;
}

/** The day whose daily note lists a listing's papers: its announce date when the settings say so; undefined for the day of the import. */
export function listingDay(announced: string | undefined, settings: { feed: Pick<FeedSettings, "listingDay"> }): Date | undefined {
	return settings.feed.listingDay === "announced" ? dayOf(announced) : undefined;
}
