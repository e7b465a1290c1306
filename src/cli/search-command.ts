import { promises as fs } from "node:fs";
import { ArxivClient } from "../core/arxiv/client";
import { parseAtomFeed } from "../core/arxiv/atom";
import { RateLimiter } from "../core/arxiv/rate-limiter";
import type { Paper } from "../core/model";
import { absUrl } from "../core/notes/urls";
import { paperYear } from "../core/paper-year";
import { searchQuery } from "../core/search/query";
import { UsageError } from "./usage-error";
import { FetchHttpClient } from "./http";
import { systemClock } from "./system-clock";

export interface SearchArgs {
	query: string;
	max: number;
	atomFile?: string;
	json: boolean;
}

/** `search "<query>" [--max N] [--atom-file <file>] [--json]` from the parsed command line. */
export function searchArgs(inputs: string[], values: { max?: string; "atom-file"?: string; json?: boolean }): SearchArgs {
	const query = inputs.join(" ");
	if (searchQuery(query) === "") throw new UsageError('Give something to search for, e.g. arxiv-atlas search "graph neural networks" or "au:hinton".');
	const max = values.max === undefined ? 10 : Number(values.max);
	if (!Number.isInteger(max) || max < 1 || max > 100) throw new UsageError(`--max takes a whole number from 1 to 100 (got "${values.max}").`);
	return { query, max, atomFile: values["atom-file"], json: values.json ?? false };
}

function row(paper: Paper): Record<string, unknown> {
	return {
		id: paper.id,
		title: paper.title,
		authors: paper.authors,
		year: paperYear(paper),
		primaryCategory: paper.primaryCategory,
		url: absUrl(paper.id),
	};
}

function line(paper: Paper, n: number): string {
	const authors = paper.authors.slice(0, 3).join(", ") + (paper.authors.length > 3 ? " et al." : "");
	return `${n}. ${paper.title}\n   ${[authors, paperYear(paper), paper.primaryCategory, `arXiv:${paper.id}`].filter((s) => s !== "").join(" · ")}`;
}

/**
 * Prints the papers arXiv finds for the query (best first), or those of a saved API response with
 * `--atom-file`. Returns the exit code: 0 with results, 1 with none or when arXiv failed.
 */
export async function runSearch(args: SearchArgs, out: (text: string) => void): Promise<number> {
	let papers: Paper[];
	if (args.atomFile) {
		papers = parseAtomFeed(await fs.readFile(args.atomFile, "utf8")).papers.slice(0, args.max);
	} else {
		const client = new ArxivClient(new FetchHttpClient(), new RateLimiter(systemClock), systemClock);
		papers = await client.search(args.query, args.max);
	}
	if (args.json) out(JSON.stringify(papers.map(row), null, 2));
	else out(papers.length === 0 ? `No papers found for ${args.query} (arXiv query: ${searchQuery(args.query)}).` : papers.map((p, i) => line(p, i + 1)).join("\n"));
	return papers.length === 0 ? 1 : 0;
}
