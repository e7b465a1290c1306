/**
 * What the vault already knows about keywords, as input to the categories (`categorize.ts`):
 * each existing keyword note with its name, aliases, category and how many papers link it.
 * The importer builds it once per import from the keyword notes (`indexVaultKeywords`).
 */
import type { KeywordCategory } from "../model";
import { keywordKey } from "./normalize";

/** One existing keyword note. */
export interface VaultKeyword {
	/** The note's name (its display form), e.g. `Multi-agent Systems`. */
	name: string;
	/** Its aliases, e.g. `MAS`. */
	aliases?: readonly string[];
	/** The category it was filed under, when known. */
	category?: KeywordCategory;
	/** How many paper notes link it. */
	papers: number;
}

/** Existing keyword notes, looked up the way categorisation needs. */
export interface VaultKeywords {
	/** The note that holds this concept: same `keywordKey` as its name or one of its aliases. */
	find(name: string): VaultKeyword | undefined;
	/** Notes of two words or more whose last word has this key (`system` → Multi-agent Systems, Recommender Systems). */
	withHead(headKey: string): readonly VaultKeyword[];
	/** Notes of two words or more whose words before the last have this key (`multi agent` → Multi-agent Systems). */
	withModifier(modifierKey: string): readonly VaultKeyword[];
	/** How many papers the vault has (given, or estimated from the keyword links, see `indexVaultKeywords`). */
	papers?: number;
}

/** Keywords a paper links on average, for estimating the vault's papers from its keyword links (the default setting). */
const LINKS_PER_PAPER = 8;

/**
 * The first note added for a key wins, as in `KeywordIndex`; lists keep the order notes were added in.
 * `papers` is how many paper notes the vault has; without it, it is estimated as the keyword links
 * over `LINKS_PER_PAPER` (at least the most papers one note has).
 */
export function indexVaultKeywords(notes: Iterable<VaultKeyword>, papers?: number): VaultKeywords {
	const byKey = new Map<string, VaultKeyword>();
	const byHead = new Map<string, VaultKeyword[]>();
	const byModifier = new Map<string, VaultKeyword[]>();
	const push = (map: Map<string, VaultKeyword[]>, key: string, note: VaultKeyword): void => {
		const list = map.get(key);
		if (list === undefined) map.set(key, [note]);
		else list.push(note);
	};
	let links = 0;
	let most = 0;
	for (const note of notes) {
		links += note.papers;
		most = Math.max(most, note.papers);
		for (const form of [note.name, ...(note.aliases ?? [])]) {
			const key = keywordKey(form);
			if (key !== "" && !byKey.has(key)) byKey.set(key, note);
		}
		const words = keywordKey(note.name).split(" ");
		if (words.length >= 2) {
			push(byHead, words[words.length - 1] ?? "", note);
			push(byModifier, words.slice(0, -1).join(" "), note);
		}
	}
	return {
		find: (name) => byKey.get(keywordKey(name)),
		withHead: (headKey) => byHead.get(headKey) ?? [],
		withModifier: (modifierKey) => byModifier.get(modifierKey) ?? [],
		papers: papers ?? Math.max(most, Math.round(links / LINKS_PER_PAPER)),
	};
}

/** A vault with no keyword notes. */
export const EMPTY_VAULT: VaultKeywords = indexVaultKeywords([]);
