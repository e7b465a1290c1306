import { parseAtomFeed, type AtomEntryError } from "../core/arxiv/atom";
import { checkPapers, errorReason, feedWarnings } from "../core/arxiv/entry-check";
import type { FailedInput, Paper } from "../core/model";
import { arxivPaperKey, type FetchResult } from "../core/arxiv/client";
import { cliArxivClient } from "./arxiv-api";
import { readInputFile } from "./input-error";

/** Where the CLI's papers come from: the arXiv API or a saved answer, both saying why an ID failed. */
export interface CliPaperSource {
	fetchByIds(ids: string[]): Promise<FetchResult>;
}

/**
 * Serves papers from a saved arXiv API response instead of the network (`--atom-file`). Entries the
 * file holds but that cannot become notes (an Error entry, no ID, no title or date) are failures
 * with the reason; impossible dates are left out with a warning, as from the API.
 */
export class AtomFileSource implements CliPaperSource {
	private constructor(
		private readonly file: string,
		private readonly papers: Paper[],
		private readonly errors: AtomEntryError[],
		private readonly warnings: Map<string, string[]>,
		/** The parser's warnings about the file, said with the first answer. */
		private fileWarnings: string[],
	) {}

	static async load(file: string): Promise<AtomFileSource> {
		const feed = parseAtomFeed(await readInputFile("--atom-file", file));
		const checked = checkPapers(feed.papers);
		return new AtomFileSource(file, checked.papers, [...feed.errors, ...checked.errors], checked.warnings, feedWarnings(feed));
	}

	/** Every paper of the file, in its order (what `import --atom-file` takes when given no IDs). */
	ids(): string[] {
		return this.papers.map((p) => p.id);
	}

	/** The file's entries that cannot become notes, each with its reason: with no IDs given, these are failures too. */
	unreadable(): FailedInput[] {
		return this.errors.map((e) => ({ input: e.id ?? `an entry of ${this.file}`, reason: errorReason(e) }));
	}

	fetchByIds(ids: string[]): Promise<FetchResult> {
		const byId = new Map(this.papers.map((p) => [p.id, p]));
		const errorFor = new Map<string, AtomEntryError>();
		for (const e of this.errors) if (e.id !== undefined && !errorFor.has(arxivPaperKey(e.id))) errorFor.set(arxivPaperKey(e.id), e);
		const result: FetchResult = { papers: [], notFound: [], failed: [], warnings: this.fileWarnings };
		this.fileWarnings = [];
		const asked = new Set(ids.map(arxivPaperKey));
		// A saved error-only answer (no paper at all): its words stand in for any ID it does not name.
		const others = this.papers.length > 0 ? [] : this.errors.filter((e) => e.id === undefined || !asked.has(arxivPaperKey(e.id))).map(errorReason);
		for (const id of ids) {
			const paper = byId.get(arxivPaperKey(id));
			const error = errorFor.get(arxivPaperKey(id));
			if (paper) {
				result.papers.push(paper);
				result.warnings.push(...(this.warnings.get(paper.id) ?? []));
			} else if (error) result.failed.push({ input: id, reason: errorReason(error) });
			else if (others.length > 0) result.failed.push({ input: id, reason: `${others.join("; ")} (instead of an entry for ${id})` });
			else result.notFound.push(id);
		}
		return Promise.resolve(result);
	}
}

/**
 * Where the CLI's papers come from: a saved arXiv answer (`--atom-file`; with no inputs, all its
 * papers, and its unreadable entries as failures) or the arXiv API.
 */
export async function paperSourceFor(
	atomFile: string | undefined,
	inputs: string[],
): Promise<{ source: CliPaperSource; inputs: string[]; unreadable: FailedInput[] }> {
	if (!atomFile) return { source: cliArxivClient(), inputs, unreadable: [] };
	const file = await AtomFileSource.load(atomFile);
	if (inputs.length > 0) return { source: file, inputs, unreadable: [] };
	return { source: file, inputs: file.ids(), unreadable: file.unreadable() };
}
