import { setIcon, type App } from "obsidian";
import { categoryLabel, categoryName } from "../../core/arxiv/taxonomy";
import { RECOMMEND_COUNTS, type FeedSettings, type ListingDay } from "../../core/feed/feed-settings";
import { canonicalCategory } from "../../core/feed/feed-url";
import { DEFAULT_SCHEDULE_DAYS, scheduleMinutes } from "../../core/feed/schedule";
import { ANNOUNCE_TYPES, type AnnounceType } from "../../core/feed/rss";
import type { SettingsStore } from "../settings-store";
import { CategoryPickerModal } from "./category-picker";
import { parseLibraries } from "../../core/radar/library-scope";
import { errorMessage } from "../../core/words";
import { addCheckedField } from "../setting-problem";
import type { SettingsRows } from "../settings-rows";

const ANNOUNCE_LABELS: Record<AnnounceType, [string, string]> = {
	new: ["New papers", "Papers announced for the first time in a followed category."],
	cross: ["Cross-listed papers", "New papers of other categories that also list a followed one."],
	replace: ["Replacements", "New versions of papers announced before. Off by default: a v2 is not a new paper."],
	"replace-cross": ["Cross-listed replacements", "New versions of cross-listed papers."],
};

/** The "Listings" section of the settings tab. `redraw` re-renders the tab (the category list changes). */
export function renderFeedSettings(rows: SettingsRows, app: App, store: SettingsStore, redraw: () => void): void {
	const feed = (): FeedSettings => store.get().feed;
	const update = (change: Partial<FeedSettings>): Promise<void> => store.update({ feed: { ...store.get().feed, ...change } });

	rows.heading("Listings");
	const follow = async (value: string): Promise<void> => {
		const code = canonicalCategory(value);
		if (code === undefined || store.get().feed.categories.includes(code)) return;
		await update({ categories: [...store.get().feed.categories, code] });
		redraw();
	};
	rows.add("Followed categories", "Import today's arXiv listing fetches the new papers of every followed category in one request.", (followed) => {
		followed
			.setClass("arxiv-atlas-setting-wide")
			.addButton((b) => b.setButtonText("Add a category").onClick(() => new CategoryPickerModal(app, store.get().feed.categories, (code) => void follow(code)).open()));
		// The followed categories as pills in one row, each with its name and a button to stop following it.
		const pills = followed.infoEl.createDiv({ cls: "arxiv-atlas-category-pills" });
		if (feed().categories.length === 0) pills.createSpan({ cls: "setting-item-description", text: "No category followed yet." });
		for (const code of feed().categories) {
			const pill = pills.createDiv({ cls: "arxiv-atlas-category-pill", attr: { title: categoryLabel(code), "data-code": code } });
			pill.createSpan({ cls: "arxiv-atlas-category-code", text: code });
			pill.createSpan({ cls: "arxiv-atlas-category-name", text: categoryName(code) ?? "whole archive" });
			const remove = pill.createEl("button", { cls: "clickable-icon", attr: { "aria-label": `Stop following ${code}` } });
			setIcon(remove, "x");
			remove.addEventListener("click", () => {
				void update({ categories: store.get().feed.categories.filter((c) => c !== code) }).then(redraw);
			});
		}
	});
	for (const type of ANNOUNCE_TYPES) {
		const [name, desc] = ANNOUNCE_LABELS[type];
		rows.add(name, desc, (setting) =>
			setting.addToggle((t) =>
				t.setValue(feed().announceTypes.includes(type)).onChange(async (on) => {
					const current = new Set(store.get().feed.announceTypes);
					if (on) current.add(type);
					else current.delete(type);
					await update({ announceTypes: ANNOUNCE_TYPES.filter((a) => current.has(a)) });
				}),
			),
		);
	}
	rows.add("Include terms", 'Only papers whose title or abstract has one of these words or phrases, separated by commas or lines ("large language model", graph*). Empty: every paper.', (setting) =>
		setting.addTextArea((t) => t.setValue(feed().include).onChange(async (value) => update({ include: value }))),
	);
	rows.add("Exclude terms", "Papers whose title or abstract has one of these are left out, even when an include term matches.", (setting) =>
		setting.addTextArea((t) => t.setValue(feed().exclude).onChange(async (value) => update({ exclude: value }))),
	);
	rows.add("Sort the listing by your papers", "With 3 paper notes or more, the preview shows first the papers most like yours, with why.", (setting) =>
		setting.addToggle((t) => t.setValue(feed().rankByLibrary).onChange(async (value) => update({ rankByLibrary: value }))),
	);
	const libraryHelp =
		"One a line; the first ranks the preview, which has a menu for the others. Empty or all: every paper note. Or one topic's papers: folder:papers/graphs, tag:to-read or keyword:Graph Neural Networks.";
	rows.add("Libraries to rank by", libraryHelp, (library) =>
		addCheckedField(library, libraryHelp, {
			area: true,
			placeholder: "Every paper note",
			value: feed().radarLibrary,
			problem: (value) => {
				try {
					parseLibraries(value);
					return undefined;
				} catch (error) {
					return errorMessage(error);
				}
			},
			save: (value) => update({ radarLibrary: value.trim() }),
		}),
	);
	rows.add("Papers ticked in the preview", "Every new paper, or only those at least half way from the day's lowest score to its best (when sorted by your papers).", (setting) =>
		setting.addDropdown((d) =>
			d
				.addOptions({ all: "Every new paper", liked: "Those most like your papers" })
				.setValue(feed().preselect)
				.onChange(async (value) => update({ preselect: value === "liked" ? "liked" : "all" })),
		),
	);
	rows.add(
		"Recommended papers in the daily note",
		"After you import from a sorted listing, the daily note lists the day's papers most like yours that you did not import, with why. Needs daily notes on.",
		(setting) =>
			setting.addDropdown((d) =>
				d
					.addOptions(Object.fromEntries(RECOMMEND_COUNTS.map((n) => [String(n), n === 0 ? "None" : `The best ${n}`])))
					.setValue(String(feed().recommend))
					.onChange(async (value) => update({ recommend: Number(value) })),
			),
	);
	const scheduleHelp =
		"A time of day (24 hours, like 08:30): when Obsidian is open past it on the days below, today's listing is taken once. New listings come out at 20:00 US Eastern time (02:00 in Berlin, 10:00 in Seoul): pick a time after that. Empty: only the command takes it.";
	rows.add("Take today's listing at", scheduleHelp, (schedule) =>
		addCheckedField(schedule, scheduleHelp, {
			placeholder: "08:30",
			value: feed().scheduleTime,
			problem: (value) =>
				value.trim() === "" || scheduleMinutes(value) !== undefined ? undefined : `"${value.trim()}" is no time: write it as HH:MM, like 08:30, or leave it empty.`,
			save: (value) => update({ scheduleTime: value.trim() }),
		}),
	);
	rows.add("On these days", "New papers are announced for the five working days; weekends have no listing.", (setting) =>
		setting.addDropdown((d) =>
			d
				.addOptions({ weekdays: "Monday to Friday", every: "Every day" })
				.setValue(feed().scheduleDays.length === 7 ? "every" : "weekdays")
				.onChange(async (value) => update({ scheduleDays: value === "every" ? [0, 1, 2, 3, 4, 5, 6] : [...DEFAULT_SCHEDULE_DAYS] })),
		),
	);
	rows.add("Then", "Show the preview to choose from, or import at once the papers the preview would tick.", (setting) =>
		setting.addDropdown((d) =>
			d
				.addOptions({ preview: "Show the preview", import: "Import the papers it would tick" })
				.setValue(feed().scheduleMode)
				.onChange(async (value) => update({ scheduleMode: value === "import" ? "import" : "preview" })),
		),
	);
	rows.add("Daily note of a listing", "Which day's daily note lists the papers of a listing.", (setting) =>
		setting.addDropdown((d) =>
			d
				.addOptions({ announced: "The listing's announce date", today: "The day of the import" })
				.setValue(feed().listingDay)
				.onChange(async (value) => update({ listingDay: (value === "today" ? "today" : "announced") satisfies ListingDay })),
		),
	);
}
