import * as nodePath from "node:path";
import moment from "moment";
import { RateLimiter } from "../core/arxiv/rate-limiter";
import { fetchListing } from "../core/feed/fetch-listing";
import { canonicalCategory, listingUrl } from "../core/feed/feed-url";
import { fetchPastListing, pastDays } from "../core/feed/past-listing";
import { runImport } from "../core/feed/feed-run";
import { filterListing, parseFilterTerms } from "../core/feed/filter";
import { writePapersBase } from "../core/feed/papers-base";
import { createQueue } from "../core/feed/queue";
import { ANNOUNCE_TYPES, parseListingFeed, quietDay, type AnnounceType, type Listing } from "../core/feed/rss";
import { Importer } from "../core/importer";
import type { AtlasSettings } from "../core/settings";
import { UsageError } from "./usage-error";
import { readInputFile } from "./input-error";
import { cliArxivClient } from "./arxiv-api";
import { checkVaultFolder, makeVaultFolder } from "./vault-folder";
import { FolderVault } from "./folder-vault";
import { FolderSnapshots } from "./folder-snapshots";
import { FetchHttpClient } from "./http";
import { wikiLinks } from "./links";
import { systemClock } from "./system-clock";
import { errorMessage } from "../core/words";

export interface FeedArgs {
	categories: string[];
	vault: string;
	rssFile?: string;
	/** A past listing (--date [--to]): the papers submitted on those days, through the arXiv API. */
	past?: { from: string; to: string };
	announce: AnnounceType[];
	offline: boolean;
	json: boolean;
	/** Make the vault folder when it does not exist. */
	create: boolean;
}

/** `feed <cat>[+<cat>...] --vault <folder> [--rss-file <file>] [--announce new,cross] [--offline] [--json]`. */
export function feedArgs(
	inputs: string[],
	values: { vault?: string; "rss-file"?: string; announce?: string; offline?: boolean; json?: boolean; create?: boolean; date?: string; to?: string },
): FeedArgs {
	const categories = inputs.flatMap((i) => i.split("+")).filter((c) => c.trim() !== "");
	try {
		listingUrl(categories);
	} catch (error) {
		throw new UsageError(errorMessage(error));
	}
	if (!values.vault) throw new UsageError("--vault <folder> is required: the folder the notes are written into.");
	let announce: AnnounceType[] = ["new", "cross"];
	if (values.announce !== undefined) {
		const asked = values.announce.split(",").map((a) => a.trim()).filter((a) => a !== "");
		const unknown = asked.filter((a) => !ANNOUNCE_TYPES.some((t) => t === a));
		if (asked.length === 0 || unknown.length > 0) throw new UsageError(`--announce takes a comma-separated list of ${ANNOUNCE_TYPES.join(", ")} (got "${values.announce}").`);
		announce = ANNOUNCE_TYPES.filter((t) => asked.includes(t));
	}
	let past: { from: string; to: string } | undefined;
	if (values.to !== undefined && values.date === undefined) throw new UsageError("--to needs --date: a past listing runs from --date to --to.");
	if (values.date !== undefined) {
		if (values["rss-file"] !== undefined) throw new UsageError("--date and --rss-file do not go together: a past listing comes from the arXiv API.");
		if (values.offline) throw new UsageError("--date and --offline do not go together: a past listing comes from the arXiv API.");
		try {
			past = pastDays(values.date, values.to, new Date());
		} catch (error) {
			throw new UsageError(errorMessage(error));
		}
	}
	if (values.offline && !values["rss-file"]) throw new UsageError("--offline needs --rss-file <saved feed>: the listing itself comes from the network.");
	return {
		...(past ? { past } : {}),
		// As the taxonomy spells them (cs.lg -> cs.LG): a past listing tells new from cross-listed by name.
		categories: categories.map((c) => canonicalCategory(c) ?? c),
		vault: values.vault,
		rssFile: values["rss-file"],
		announce,
		offline: values.offline ?? false,
		json: values.json ?? false,
		create: values.create ?? false,
	};
}

/** Imports the listing (the network's, or a saved feed) the way the plugin's command does; returns the exit code. */
export async function runFeed(args: FeedArgs, loadSettings: (vault: string) => Promise<AtlasSettings>): Promise<number> {
	await checkVaultFolder(args.vault, args.create);
	const settings = await loadSettings(args.vault);
	settings.feed = { ...settings.feed, announceTypes: args.announce, listingDay: "announced" };
	const http = new FetchHttpClient();
	const limiter = new RateLimiter(systemClock);
	const arxiv = cliArxivClient(http, limiter);
	const log = (text: string): void => {
		if (!args.json) process.stderr.write(`${text}\n`);
	};
	let listing: Listing;
	if (args.past) listing = await fetchPastListing(arxiv, args.categories, args.past);
	else if (args.rssFile) listing = parseListingFeed(await readInputFile("--rss-file", args.rssFile));
	else listing = await fetchListing(http, limiter, args.categories);
	// A saved feed of other categories than the command names: its papers are imported all the same.
	const other = args.rssFile === undefined ? [] : args.categories.filter((c) => !listing.categories.some((l) => l.toLowerCase() === c.toLowerCase()));
	const mismatch =
		other.length > 0 && listing.categories.length > 0
			? `${args.rssFile ?? ""} is a listing of ${listing.categories.join("+")}, not of ${other.join("+")}: its papers are imported as they are, and Papers.base gets views for ${args.categories.join(", ")}.`
			: undefined;
	if (mismatch) process.stderr.write(`arxiv-atlas: warning: ${mismatch}\n`);

	const skipped = listing.skipped.map((s) => ({ id: s.id ?? "", reason: s.reason }));
	const quiet = quietDay(listing, systemClock.now());
	if (quiet) {
		process.stdout.write(args.json ? `${JSON.stringify({ announced: listing.announced ?? null, created: [], updated: [], failed: [], skipped, message: quiet.message })}\n` : `${quiet.message}\n`);
		return 0;
	}
	const items = filterListing(listing.items, {
		announceTypes: new Set(args.announce),
		include: parseFilterTerms(settings.feed.include),
		exclude: parseFilterTerms(settings.feed.exclude),
	});
	log(`Listing ${listing.announced ?? ""}: ${listing.items.length} papers, ${items.length} kept (${args.announce.join(", ")}).`);
	await makeVaultFolder(args.vault);
	const vault = new FolderVault(nodePath.resolve(args.vault));
	const importer = new Importer({ vault, snapshots: new FolderSnapshots(vault.root, vault), links: wikiLinks, arxiv, clock: systemClock, formatDate: (date, format) => moment(date).format(format) });
	const papers = items.map((i) => i.paper);
	const result = await runImport(
		{
			kind: "listing",
			queue: createQueue(`listing-${listing.announced ?? "today"}`, papers.map((p) => p.id), systemClock.now().toISOString()),
			papers,
			...(listing.announced === undefined ? {} : { announced: listing.announced }),
		},
		{
			importer,
			source: args.offline ? undefined : arxiv,
			settings,
			save: () => Promise.resolve(),
			onProgress: (p) => log(p.message),
		},
	);
	if (papers.length > 0) await writePapersBase(vault, settings.papersFolder, args.categories);
	const { summary } = result;
	// What the parser left out of the notes (a category that is not arXiv's) is said too.
	if (listing.warnings && listing.warnings.length > 0) summary.warnings = [...listing.warnings, ...(summary.warnings ?? [])];
	if (mismatch) summary.warnings = [mismatch, ...(summary.warnings ?? [])];
	if (args.json) {
		process.stdout.write(
			`${JSON.stringify({
				announced: listing.announced ?? null,
				created: summary.created,
				updated: summary.updated,
				failed: summary.failed,
				skipped,
				dates_completed: result.datesCompleted,
				...(result.datesError === undefined ? {} : { dates_missing: result.datesError }),
				...(summary.warnings && summary.warnings.length > 0 ? { warnings: summary.warnings } : {}),
			})}\n`,
		);
	} else {
		const lines = [
			`Created ${summary.created.length}, updated ${summary.updated.length}, failed ${summary.failed.length}, skipped ${skipped.length}.`,
			...summary.created.map((p) => `  created  ${p}`),
			...summary.updated.map((p) => `  updated  ${p}`),
			...summary.failed.map((f) => `  failed   ${f.input}: ${f.reason}`),
			...skipped.map((s) => `  skipped  ${s.id || "(no ID)"}: ${s.reason}`),
			...(result.datesError === undefined ? [] : [`Published and updated dates left out (${result.datesError}).`]),
			...(summary.warnings ?? []).map((w) => `  warning  ${w}`),
		];
		process.stdout.write(`${lines.join("\n")}\n`);
	}
	return summary.failed.length === 0 ? 0 : 1;
}
