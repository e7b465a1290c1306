import type { LinkPort } from "../core/ports";

/**
 * Links as a new Obsidian vault writes them when the target is named by its full path:
 * `[[folder/Note|Display]]`. They resolve the same whatever the user's "shortest path" setting.
 */
export const wikiLinks: LinkPort = {
	markdownLink(targetPath, _sourcePath, display) {
		const target = targetPath.replace(/\.md$/, "");
		return display && display !== target ? `[[${target}|${display}]]` : `[[${target}]]`;
	},
	linktext(targetPath) {
		return targetPath.replace(/\.md$/, "");
	},
};
