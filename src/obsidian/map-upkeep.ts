import type { Plugin, TFile } from "obsidian";
import { readArxivId } from "../core/notes/paper-schema";
import { cleanFolder, isInside } from "../core/notes/paths";
import { unlistPaper } from "../core/notes/unlist";
import type { VaultPort } from "../core/ports";
import type { AtlasSettings } from "../core/settings";
import type { NoteProperties } from "./note-properties";

export interface MapUpkeepDeps {
	vault: VaultPort;
	properties: NoteProperties;
	settings: () => AtlasSettings;
}

/** The folders whose notes list papers, and whether an emptied note there goes to the trash. */
function listFolders(settings: AtlasSettings): { folder: string; trashIfEmpty: boolean }[] {
	const folders: { folder: string; trashIfEmpty: boolean }[] = [];
	const add = (name: string, value: string, trashIfEmpty: boolean): void => {
		try {
			folders.push({ folder: cleanFolder(name, value), trashIfEmpty });
		} catch {
			// An unsafe folder setting is refused where it is used; nothing is listed there.
		}
	};
	add("keywords", settings.keywordsFolder, true);
	add("categories", settings.categoriesFolder, false);
	add("authors", settings.layout.authorsFolder, false);
	add("daily notes", settings.dailyFolder, false);
	return folders;
}

/**
 * When a paper note is deleted, the keyword, category, author and daily notes it linked stop
 * listing it (Obsidian hands the deleted note's last cached links to `deleted`); a keyword note left
 * with no paper and no text of the user's goes to the trash.
 */
export function registerMapUpkeep(plugin: Plugin, deps: MapUpkeepDeps): void {
	const { metadataCache } = plugin.app;
	plugin.registerEvent(
		metadataCache.on("deleted", (file: TFile, prevCache) => {
			const id = readArxivId(prevCache?.frontmatter);
			if (id === undefined || !prevCache) return;
			// Another note still holds the paper (a copy): the lists stay.
			if (deps.properties.pathOf(id) !== undefined) return;
			const links = [...(prevCache.links ?? []), ...(prevCache.frontmatterLinks ?? [])].map((l) => l.link.split("#")[0] ?? "");
			const folders = listFolders(deps.settings());
			const targets = new Map<string, boolean>();
			for (const link of links) {
				const target = metadataCache.getFirstLinkpathDest(link, file.path);
				if (!target || target.extension !== "md") continue;
				const home = folders.find((f) => isInside(f.folder, target.path));
				if (home) targets.set(target.path, home.trashIfEmpty);
			}
			void (async (): Promise<void> => {
				for (const [path, trashIfEmpty] of targets) {
					// One note that cannot be edited (deleted meanwhile) does not keep the others listing the paper.
					await unlistPaper(deps.vault, path, id, trashIfEmpty).catch(() => undefined);
				}
			})();
		}),
	);
}
