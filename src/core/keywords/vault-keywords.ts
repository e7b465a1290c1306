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
}

/** The first note added for a key wins, as in `KeywordIndex`; lists keep the order notes were added in. */
export function indexVaultKeywords(notes: Iterable<VaultKeyword>): VaultKeywords {
	const byKey = new Map<string, VaultKeyword>();
	const byHead = new Map<string, VaultKeyword[]>();
	const byModifier = new Map<string, VaultKeyword[]>();
	const push = (map: Map<string, VaultKeyword[]>, key: string, note: VaultKeyword): void => {
		const list = map.get(key);
		if (list === undefined) map.set(key, [note]);
		else list.push(note);
	};
	for (const note of notes) {
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
	};
}

/** A vault with no keyword notes. */
export const EMPTY_VAULT: VaultKeywords = indexVaultKeywords([]);
