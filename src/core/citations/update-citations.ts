import type { FailedInput } from "../model";
import type { LinkPort, VaultPort } from "../ports";
import type { NoteLabels } from "../notes/labels";
import { hasProperty, propertyLines, propertyText, setProperties } from "../notes/frontmatter-edit";
import { errorMessage, plural } from "../words";
import { BrokenBlockError } from "../notes/marked-block";
import { citationGraph } from "./citation-graph";
import { citationLines, citationProperties, citationValues, withCitations } from "./citation-note";
import type { CitationStore, WrittenCitations } from "./citation-store";
import { BATCH_SIZE, type SemanticScholar } from "./s2-client";
import type { CitationRecord } from "./s2-records";

export interface UpdateCitationsDeps {
	vault: VaultPort;
	links: LinkPort;
	source: Pick<SemanticScholar, "papers" | "citedBy">;
	/** Asked about the papers the source does not know (OpenAlex): a count and a venue, no references. */
	fallback?: (ids: readonly string[], signal?: AbortSignal) => Promise<Map<string, CitationRecord>>;
	store: CitationStore;
	labels: NoteLabels;
}

export interface UpdateCitationsOptions {
	/** Also ask for the papers citing each one (one paged request each: for a few papers, not the whole vault). */
	citedBy?: boolean;
	/** Papers asked so far, of all. */
	onProgress?: (done: number, total: number) => void;
	signal?: AbortSignal;
	/** An "all papers" run: when the last one stopped before its end, it goes on with the papers left. */
	resume?: boolean;
	/** Papers whose notes were renamed since: the notes that link them are written with the new links. */
	moved?: ReadonlySet<string>;
}

export interface CitationsResult {
	/** Papers Semantic Scholar answered for. */
	found: string[];
	/** Papers it does not know (yet: a new preprint), nor the fallback. */
	notFound: string[];
	/** Papers only the fallback knew. */
	fallback: string[];
	/** The run went on with the papers a stopped "all papers" run had left. */
	resumed?: boolean;
	/** Paper notes written. */
	written: string[];
	failed: FailedInput[];
}

const same = (a: WrittenCitations, b: WrittenCitations): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Updates the citations of some of the vault's papers: asks Semantic Scholar for them (a batch per
 * 500), keeps the answers, and writes every note whose citations now read otherwise than when it was
 * last written (kept with the answers): the papers asked for, and every paper that gains or loses a
 * citing or cited paper of the vault (one imported, deleted or asked again since), so `cites` and
 * `cited_by` agree across the vault after every run. `papers`: every paper of the vault, arXiv ID -> note path.
 */
export async function updateCitations(deps: UpdateCitationsDeps, papers: ReadonlyMap<string, string>, ids: readonly string[], options: UpdateCitationsOptions = {}): Promise<CitationsResult> {
	const result: CitationsResult = { found: [], notFound: [], fallback: [], written: [], failed: [] };
	const state = await deps.store.load();
	const fresh = state.records.size === 0;
	// Nothing kept and nothing to ask: no note can be written right (every paper would read as citing nothing).
	if (fresh && ids.length === 0) return result;
	const records = new Map([...state.records].filter(([id]) => papers.has(id)));
	const written = new Map([...state.written].filter(([id]) => papers.has(id)));
	// Nothing kept yet (a first run, a lost file): every paper is asked and every note checked, or
	// links written before could not be told apart from new ones and the two sides could disagree.
	const wanted = fresh && ids.length > 0 ? [...new Set([...ids, ...papers.keys()])] : [...ids];
	// An "all papers" run that stopped (cancelled, Obsidian closed) goes on with the papers it had not asked.
	const pending = (state.pending ?? []).filter((id) => papers.has(id));
	const asking = options.resume && pending.length > 0 ? pending : wanted;
	// Another run (one paper) leaves the stopped run's papers to it, less those it asks itself.
	const asked = new Set(asking);
	const left = options.resume ? [] : pending.filter((id) => !asked.has(id));
	result.resumed = options.resume === true && pending.length > 0;
	// A batch at a time, the answers kept after each: a run stopped half way keeps what it was told.
	for (let start = 0; start < asking.length; start += BATCH_SIZE) {
		const chunk = asking.slice(start, start + BATCH_SIZE);
		await deps.store.save({ records, written, pending: [...left, ...asking.slice(start)] });
		const fetched = await deps.source.papers(chunk, undefined, options.signal);
		const unknown = chunk.filter((id) => !fetched.has(id));
		if (deps.fallback && unknown.length > 0) {
			for (const [id, record] of await deps.fallback(unknown, options.signal)) {
				fetched.set(id, record);
				result.fallback.push(id);
			}
		}
		for (const id of chunk) {
			options.signal?.throwIfAborted();
			const record = fetched.get(id);
			if (!record) {
				result.notFound.push(id);
				continue;
			}
			const citedBy = options.citedBy && ids.includes(id) ? await deps.source.citedBy(id) : records.get(id)?.citedBy;
			records.set(id, citedBy === undefined ? record : { ...record, citedBy });
			result.found.push(id);
		}
		options.onProgress?.(Math.min(asking.length, start + BATCH_SIZE), asking.length);
	}
	await deps.store.save({ records, written, pending: left });

	const next = citationGraph(new Set(papers.keys()), records);
	const answered = new Set(result.found);
	const moved = options.moved ?? new Set<string>();
	for (const [id, path] of papers) {
		const citations = next.get(id);
		if (!citations) continue;
		const record: CitationRecord | undefined = records.get(id);
		const before = written.get(id);
		const now: WrittenCitations = { cites: citations.cites, citedBy: citations.citedBy, missing: citations.missing.flatMap((r) => r.id ?? []), values: citationValues(record) };
		// A paper moved (renamed, or its other note gone) is written at its path now, and so are the notes that link it.
		const linksMoved = moved.has(id) || [...citations.cites, ...citations.citedBy].some((other) => moved.has(other));
		// A note never written (or written before the answers were lost) is read once and put right.
		if (!fresh && before !== undefined && !answered.has(id) && !linksMoved && same(before, now)) continue;
		options.signal?.throwIfAborted();
		const link = (other: string): string | undefined => {
			const target = papers.get(other);
			return target === undefined ? undefined : `[[${deps.links.linktext(target, path)}]]`;
		};
		let problem: string | undefined;
		// The properties are always written (the map must agree across the vault); the part only where it can be.
		const edit = (text: string): string => {
			// A value is the plugin's while the note has none, or still has the one written last.
			const mine = (key: string): boolean => {
				const lines = propertyText(text, key);
				const last = before?.values?.[key];
				return lines === undefined || (last !== undefined && propertyLines(key, last).join("\n") === lines.join("\n"));
			};
			const withProperties = setProperties(text, citationProperties(record, citations, link, (key) => hasProperty(text, key), mine));
			if (!record) return withProperties;
			try {
				return withCitations(withProperties, citationLines(citations, link, deps.labels), path);
			} catch (error) {
				if (!(error instanceof BrokenBlockError)) throw error;
				problem = error.message;
				return withProperties;
			}
		};
		try {
			const text = await deps.vault.read(path);
			if (edit(text) !== text) {
				await deps.vault.process(path, edit);
				result.written.push(path);
			}
			written.set(id, now);
		} catch (error) {
			problem = errorMessage(error);
		}
		if (problem !== undefined) result.failed.push({ input: id, reason: problem });
	}
	await deps.store.save({ records, written, pending: left });
	return result;
}

/** The run in one sentence, for the CLI and the plugin's notice. */
export function citationsSummary(result: CitationsResult): string {
	const from = result.fallback.length > 0 ? ` (${result.fallback.length} from OpenAlex: a count and a venue)` : "";
	const resumed = result.resumed ? "Went on with the papers the stopped update had left. " : "";
	return `${resumed}Citations of ${plural(result.found.length, "paper")} found${from}, ${result.notFound.length} unknown; ${plural(result.written.length, "note")} written.`;
}
