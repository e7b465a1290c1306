/**
 * What "Clean up keywords" offers, from the keyword notes of a vault: notes that are one concept
 * (the same name written another way, or a concept plus a generic extension such as "Accuracy" or
 * "for Networks") to merge, and generic words that one paper links to remove. Nothing here writes:
 * the user reviews the list first.
 */
import { extendedConcept } from "./candidates";
import { isAcronym, isNamedForm, keywordKey } from "./normalize";
import { isGenericWord, isPlainWord, isVagueWord } from "./stopwords";
import { isAdjectiveLike } from "./word-class";

export interface KeywordNoteInfo {
	path: string;
	/** The note's name (its file name). */
	name: string;
	aliases: readonly string[];
	/** How many papers link it. */
	papers: number;
}

export interface MergeSuggestion {
	/** The note that goes (its papers and name move to `into`). */
	from: KeywordNoteInfo;
	into: KeywordNoteInfo;
	why: string;
}

export interface RemoveSuggestion {
	note: KeywordNoteInfo;
	why: string;
}

/** A single ordinary word (Science, Events, Contemporary): a researcher's map gains nothing from it. */
function isGenericName(name: string): boolean {
	const words = name.trim().split(/\s+/);
	if (words.length !== 1) return false;
	const word = words[0] ?? "";
	if (isAcronym(word) || isNamedForm(word)) return false;
	const lower = word.toLowerCase();
	const forms = [lower, `${lower}s`, lower.replace(/s$/, "")];
	return forms.some((w) => isGenericWord(w) || isPlainWord(w) || isVagueWord(w)) || isAdjectiveLike(lower);
}

/** The note to keep of two that are one concept: more papers, then the shorter name, then the path. */
function keeper(a: KeywordNoteInfo, b: KeywordNoteInfo): KeywordNoteInfo {
	if (a.papers !== b.papers) return a.papers > b.papers ? a : b;
	if (a.name.length !== b.name.length) return a.name.length < b.name.length ? a : b;
	return a.path < b.path ? a : b;
}

export function cleanupSuggestions(notes: readonly KeywordNoteInfo[]): { merges: MergeSuggestion[]; removals: RemoveSuggestion[] } {
	const byKey = new Map<string, KeywordNoteInfo>();
	const merges: MergeSuggestion[] = [];
	// A note takes part in one change at most: a merge reads notes the one before it has just written.
	const busy = new Set<string>();
	const add = (from: KeywordNoteInfo, into: KeywordNoteInfo, why: string): void => {
		if (from.path === into.path || busy.has(from.path) || busy.has(into.path)) return;
		busy.add(from.path);
		busy.add(into.path);
		merges.push({ from, into, why });
	};

	for (const note of [...notes].sort((a, b) => b.papers - a.papers || a.path.localeCompare(b.path))) {
		for (const form of [note.name, ...note.aliases]) {
			const key = keywordKey(form);
			if (key === "") continue;
			const other = byKey.get(key);
			if (other && other.path !== note.path) {
				const keep = keeper(other, note);
				add(keep === other ? note : other, keep, `the same concept as "${keep.name}", written another way`);
				break;
			}
			if (!other) byKey.set(key, note);
		}
	}
	for (const note of notes) {
		const base = extendedConcept(keywordKey(note.name));
		const into = base === undefined ? undefined : byKey.get(base);
		if (into) add(note, into, `"${into.name}" with a generic extension`);
	}

	const removals = notes
		.filter((n) => n.papers <= 1 && !busy.has(n.path) && isGenericName(n.name))
		.map((note) => ({ note, why: note.papers === 0 ? "a generic word no paper links" : "a generic word only one paper links" }));
	return { merges, removals };
}
