import type { Plugin } from "obsidian";
import { FeedService, type FeedDeps } from "./feed-service";
import { DayMark } from "../day-mark";
import { scheduledListingDue } from "../../core/feed/schedule";
import { localDay } from "../../core/dates";
import { PastListingModal } from "./feed-modals";

/** The daily listing and batch import commands, the ribbon entry, the offer to continue a stopped run, and the scheduled listing. */
const SCHEDULE_RETRY_MINUTES = 15;

export function registerFeed(plugin: Plugin, deps: FeedDeps, folder: string): FeedService {
	// Taken by the command or by the schedule: either counts as today's.
	const taken = new DayMark(deps.app.vault.adapter, folder, "listing-taken.txt");
	const feed = new FeedService({ ...deps, listingTaken: taken });
	plugin.addCommand({ id: "import-listing", name: "Import today's arXiv listing", callback: () => void feed.importListing() });
	plugin.addRibbonIcon("rss", "Import today's arXiv listing", () => void feed.importListing());
	plugin.addCommand({ id: "import-id-list", name: "Import arXiv IDs from a list", callback: () => feed.openIdList() });
	plugin.addCommand({
		id: "import-past-listing",
		name: "Import a past arXiv listing",
		callback: () => {
			const yesterday = new Date(deps.clock.now().getTime() - 86_400_000);
			new PastListingModal(deps.app, localDay(yesterday), (from, to) => void feed.importPastListing(from, to)).open();
		},
	});
	plugin.addCommand({ id: "refresh-metadata", name: "Refresh paper metadata", callback: () => void feed.refreshMetadata() });
	deps.app.workspace.onLayoutReady(() => void feed.offerResume());
	// The scheduled listing: looked at after layout ready and then every minute; once a day at most.
	let running = false;
	/** Offline, the schedule tries again this long after a failure, not every minute. */
	let retryAt = 0;
	const tick = async (): Promise<void> => {
		const feedSettings = deps.store.get().feed;
		if (running || feedSettings.scheduleTime === "" || feedSettings.categories.length === 0) return;
		running = true;
		try {
			const now = deps.clock.now();
			if (now.getTime() < retryAt || !scheduledListingDue(now, feedSettings.scheduleTime, feedSettings.scheduleDays, await taken.last())) return;
			// takeListing marks the day once arXiv has answered; when it could not ask, the schedule waits a while.
			if (!(await feed.takeListing(feedSettings.scheduleMode, `It is tried again in ${SCHEDULE_RETRY_MINUTES} minutes.`))) retryAt = now.getTime() + SCHEDULE_RETRY_MINUTES * 60_000;
		} finally {
			running = false;
		}
	};
	deps.app.workspace.onLayoutReady(() => {
		void tick();
		plugin.registerInterval(window.setInterval(() => void tick(), 60_000));
	});
	return feed;
}
