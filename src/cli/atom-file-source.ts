import { promises as fs } from "node:fs";
import { parseAtomFeed } from "../core/arxiv/atom";
import type { Paper } from "../core/model";
import type { PaperSource } from "../core/importer";
import { ArxivClient } from "../core/arxiv/client";
import { RateLimiter } from "../core/arxiv/rate-limiter";
import { FetchHttpClient } from "./http";
import { systemClock } from "./system-clock";

/** Serves papers from a saved arXiv API response instead of the network (`--atom-file`). */
export class AtomFileSource implements PaperSource {
	private constructor(private readonly papers: Paper[]) {}

	static async load(file: string): Promise<AtomFileSource> {
		return new AtomFileSource(parseAtomFeed(await fs.readFile(file, "utf8")).papers);
	}

	ids(): string[] {
		return this.papers.map((p) => p.id);
	}

	fetchByIds(ids: string[]): Promise<{ papers: Paper[]; notFound: string[] }> {
		const byId = new Map(this.papers.map((p) => [p.id, p]));
		const papers: Paper[] = [];
		const notFound: string[] = [];
		for (const id of ids) {
			const paper = byId.get(id);
			if (paper) papers.push(paper);
			else notFound.push(id);
		}
		return Promise.resolve({ papers, notFound });
	}
}

/**
 * Where the CLI's papers come from: a saved arXiv answer (`--atom-file`; with no inputs, all its
 * papers) or the arXiv API.
 */
export async function paperSourceFor(atomFile: string | undefined, inputs: string[]): Promise<{ source: PaperSource; inputs: string[] }> {
	if (!atomFile) return { source: new ArxivClient(new FetchHttpClient(), new RateLimiter(systemClock), systemClock), inputs };
	const file = await AtomFileSource.load(atomFile);
	return { source: file, inputs: inputs.length === 0 ? file.ids() : inputs };
}
