import type { Plugin } from "obsidian";
import { FeedService, type FeedDeps } from "./feed-service";

/** The daily listing and batch import commands, the ribbon entry, and the offer to continue a stopped run. */
export function registerFeed(plugin: Plugin, deps: FeedDeps): FeedService {
	const feed = new FeedService(deps);
	plugin.addCommand({ id: "import-listing", name: "Import today's arXiv listing", callback: () => void feed.importListing() });
	plugin.addRibbonIcon("rss", "Import today's arXiv listing", () => void feed.importListing());
	plugin.addCommand({ id: "import-id-list", name: "Import arXiv IDs from a list", callback: () => feed.openIdList() });
	plugin.addCommand({ id: "refresh-metadata", name: "Refresh paper metadata", callback: () => void feed.refreshMetadata() });
	deps.app.workspace.onLayoutReady(() => void feed.offerResume());
	return feed;
}
