import { resolveLink } from "./note-links";
import { isInsideOnly } from "./paths";
import type { VaultSnapshot } from "./vault-snapshot";

/**
 * The daily notes among the links of a paper note's managed section: links that resolve to a note in
 * the daily folder and in none of the plugin's other folders (a daily folder may hold them). One
 * definition for "which daily note lists this paper", read before a re-import and after it.
 */
export function dailyNotesLinked(links: readonly string[], notePath: string, snapshot: VaultSnapshot, dailyFolder: string, otherFolders: readonly string[]): string[] {
	return links
		.map((l) => resolveLink(l, notePath, snapshot))
		.filter((path): path is string => path !== undefined && path !== notePath && isInsideOnly(path, dailyFolder, otherFolders));
}
