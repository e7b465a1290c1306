/**
 * The embedded keyword extractor: offline, deterministic, well under a millisecond per abstract,
 * no model. One file per step:
 *
 * 1. `clean-text.ts`: drop the RSS prefix, LaTeX math and commands, URLs.
 * 2. `tokenize.ts`: words (keeping `multi-agent`, `GPT-4o`, `GPT-3.5`, `C++`) and punctuation.
 * 3. `acronyms.ts`: "large language models (LLMs)" → one concept, `LLMs` its alias and mentions.
 * 4. `candidates.ts` with `word-class.ts` (our small tagger): noun-phrase-like candidates.
 * 5. `rank.ts`: title, position, frequency and word co-occurrence combined into one score.
 * 6. `display.ts`: the name as the text writes it, in title case; `categorize.ts`: the category.
 */
import type { Keyword } from "../model";
import { scanAcronyms } from "./acronyms";
import { acceptable, collectOccurrences, foldExtensions, gather } from "./candidates";
import { categorize } from "./categorize";
import { cleanText } from "./clean-text";
import { keywordName } from "./display";
import { keywordKey, safeKeywordName } from "./normalize";
import { score } from "./rank";
import { SEPARATOR, tokenize } from "./tokenize";
import type { VaultKeywords } from "./vault-keywords";

export { cleanText };

export interface ExtractOptions {
	/** Most keywords to return. */
	max: number;
	/** What the vault already has (its keyword notes and how many papers link each), for the categories. */
	vault?: VaultKeywords;
}

export function extractKeywords(doc: { title: string; abstract: string }, options: ExtractOptions): Keyword[] {
	const max = Math.max(0, Math.floor(options.max));
	if (max === 0) return [];
	const title = cleanText(doc.title);
	const abstract = cleanText(doc.abstract);
	const abstractTokens = tokenize(abstract, false);
	const tokens = [...tokenize(title, true), SEPARATOR, ...abstractTokens];
	const occurrences = collectOccurrences(tokens, scanAcronyms(tokens));
	const candidates = foldExtensions(gather(occurrences), options.vault);
	score(candidates, occurrences, abstractTokens.filter((t) => t.word).length, options.vault);

	const ranked = [...candidates.values()]
		.filter(acceptable)
		.sort((a, b) => b.score - a.score || a.firstPos - b.firstPos || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

	const written = new Map<string, string>();
	for (const t of abstractTokens) if (t.word && !t.sentenceStart && !written.has(t.lower)) written.set(t.lower, t.text);
	const result: Keyword[] = [];
	const seen = new Set<string>();
	for (const c of ranked) {
		if (result.length >= max) break;
		const name = c.vaultName ?? keywordName(c, written);
		const key = keywordKey(name);
		if (name === "" || seen.has(key)) continue;
		seen.add(key);
		const aliases = c.aliases.map(safeKeywordName).filter((a, i, all) => a !== "" && a !== name && all.indexOf(a) === i);
		const category = categorize(name, { title, abstract, vault: options.vault });
		result.push({ name, category, aliases });
	}
	return result;
}
