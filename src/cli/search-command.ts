import { parseAtomFeed } from "../core/arxiv/atom";
import { allWarnings, checkPapers, errorReason, feedWarnings } from "../core/arxiv/entry-check";
import type { Paper } from "../core/model";
import { absUrl } from "../core/notes/urls";
import { paperYear } from "../core/paper-year";
import { searchQuery } from "../core/search/query";
import { firstAuthors } from "../core/words";
import { UsageError } from "./usage-error";
import { cliArxivClient } from "./arxiv-api";
import { readInputFile } from "./input-error";

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
	const authors = firstAuthors(paper.authors);
	return `${n}. ${paper.title}\n   ${[authors, paperYear(paper), paper.primaryCategory, `arXiv:${paper.id}`].filter((s) => s !== "").join(" · ")}`;
}

/** The papers of a saved API response, checked like the API's; its unreadable entries as warnings. */
async function savedResults(file: string): Promise<{ papers: Paper[]; warnings: string[] }> {
	const feed = parseAtomFeed(await readInputFile("--atom-file", file));
	const checked = checkPapers(feed.papers);
	return { papers: checked.papers, warnings: [...[...feed.errors, ...checked.errors].map(errorReason), ...feedWarnings(feed), ...allWarnings(checked.warnings)] };
}

/**
 * Prints the papers arXiv finds for the query (best first), or those of a saved API response with
 * `--atom-file`; what was dropped or left out (an entry without a title, an impossible date) goes to
 * `err`. Returns the exit code: 0 with results, 1 with none or when arXiv failed.
 */
export async function runSearch(args: SearchArgs, out: (text: string) => void, err: (text: string) => void = (): void => undefined): Promise<number> {
	const found = args.atomFile ? await savedResults(args.atomFile) : await cliArxivClient().searchPapers(args.query, args.max);
	// A saved response is listed as it is: the query is not applied to it.
	if (args.atomFile) err(`Listing the papers of ${args.atomFile} (a saved answer: the query "${args.query}" is not sent or applied).`);
	const papers = found.papers.slice(0, args.max);
	for (const warning of found.warnings) err(`warning: ${warning}`);
	if (args.json) out(JSON.stringify(papers.map(row), null, 2));
	else out(papers.length === 0 ? `No papers found for ${args.query} (arXiv query: ${searchQuery(args.query)}).` : papers.map((p, i) => line(p, i + 1)).join("\n"));
	return papers.length === 0 ? 1 : 0;
}
