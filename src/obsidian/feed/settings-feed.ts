import { Setting, type App } from "obsidian";
import { categoryName } from "../../core/arxiv/taxonomy";
import { CATEGORY_NAMES } from "../../core/arxiv/taxonomy-data";
import type { FeedSettings, ListingDay } from "../../core/feed/feed-settings";
import { canonicalCategory } from "../../core/feed/feed-url";
import { ANNOUNCE_TYPES, type AnnounceType } from "../../core/feed/rss";
import type { SettingsStore } from "../settings-store";

const ANNOUNCE_LABELS: Record<AnnounceType, [string, string]> = {
	new: ["New papers", "Papers announced for the first time in a followed category."],
	cross: ["Cross-listed papers", "New papers of other categories that also list a followed one."],
	replace: ["Replacements", "New versions of papers announced before. Off by default: a v2 is not a new paper."],
	"replace-cross": ["Cross-listed replacements", "New versions of cross-listed papers."],
};

/** The "Daily listings" section of the settings tab. `redraw` re-renders the tab (the category list changes). */
export function renderFeedSettings(containerEl: HTMLElement, _app: App, store: SettingsStore, redraw: () => void): void {
	const feed = store.get().feed;
	const update = (change: Partial<FeedSettings>): Promise<void> => store.update({ feed: { ...store.get().feed, ...change } });

	new Setting(containerEl).setName("Daily listings").setHeading();
	new Setting(containerEl)
		.setName("Add a category to follow")
		.setDesc("Import today's arXiv listing fetches the new papers of every followed category in one request.")
		.addDropdown((d) => {
			d.addOption("", "Choose a category…");
			for (const [code, name] of Object.entries(CATEGORY_NAMES)) if (!feed.categories.includes(code)) d.addOption(code, `${code}: ${name}`);
			d.setValue("").onChange(async (value) => {
				const code = canonicalCategory(value);
				if (code === undefined || store.get().feed.categories.includes(code)) return;
				await update({ categories: [...store.get().feed.categories, code] });
				redraw();
			});
		});
	if (feed.categories.length === 0) {
		containerEl.createEl("p", { cls: "setting-item-description", text: "No category followed yet." });
	}
	for (const code of feed.categories) {
		new Setting(containerEl)
			.setName(code)
			.setDesc(categoryName(code) ?? "Whole archive")
			.addExtraButton((b) =>
				b
					.setIcon("x")
					.setTooltip(`Stop following ${code}`)
					.onClick(async () => {
						await update({ categories: store.get().feed.categories.filter((c) => c !== code) });
						redraw();
					}),
			);
	}
	for (const type of ANNOUNCE_TYPES) {
		const [name, desc] = ANNOUNCE_LABELS[type];
		new Setting(containerEl)
			.setName(name)
			.setDesc(desc)
			.addToggle((t) =>
				t.setValue(feed.announceTypes.includes(type)).onChange(async (on) => {
					const current = new Set(store.get().feed.announceTypes);
					if (on) current.add(type);
					else current.delete(type);
					await update({ announceTypes: ANNOUNCE_TYPES.filter((a) => current.has(a)) });
				}),
			);
	}
	new Setting(containerEl)
		.setName("Include terms")
		.setDesc('Only papers whose title or abstract has one of these words or phrases, separated by commas or lines ("large language model", graph*). Empty: every paper.')
		.addTextArea((t) => t.setValue(feed.include).onChange(async (value) => update({ include: value })));
	new Setting(containerEl)
		.setName("Exclude terms")
		.setDesc("Papers whose title or abstract has one of these are left out, even when an include term matches.")
		.addTextArea((t) => t.setValue(feed.exclude).onChange(async (value) => update({ exclude: value })));
	new Setting(containerEl)
		.setName("Daily note of a listing")
		.setDesc("Which day's daily note lists the papers of a listing.")
		.addDropdown((d) =>
			d
				.addOptions({ announced: "The listing's announce date", today: "The day of the import" })
				.setValue(feed.listingDay)
				.onChange(async (value) => update({ listingDay: (value === "today" ? "today" : "announced") satisfies ListingDay })),
		);
	new Setting(containerEl)
		.setName("Papers already in the vault")
		.setDesc("When importing a list of identifiers: skip the papers you have, or fetch them again and update their notes.")
		.addDropdown((d) =>
			d
				.addOptions({ skip: "Skip them", update: "Update them" })
				.setValue(feed.knownPapers)
				.onChange(async (value) => update({ knownPapers: value === "update" ? "update" : "skip" })),
		);
}
