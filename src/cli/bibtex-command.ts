import { parseInputs } from "../core/arxiv/identifiers";
import { bibtexEntry } from "../core/cite/bibtex";
import { citeKey, DEFAULT_CITE_KEY_TEMPLATE } from "../core/cite/cite-key";
import { UsageError } from "./usage-error";
import { paperSourceFor } from "./atom-file-source";

export interface BibtexArgs {
	inputs: string[];
	atomFile?: string;
}

export function bibtexArgs(inputs: string[], values: { "atom-file"?: string }): BibtexArgs {
	if (inputs.length === 0 && !values["atom-file"]) throw new UsageError("Give at least one arXiv ID or URL, e.g. arxiv-atlas bibtex 2502.15871 hep-th/9901001");
	return { inputs, atomFile: values["atom-file"] };
}

/**
 * Prints one BibTeX entry per paper, in arXiv's style, with citation keys unique among the entries
 * printed. With `--atom-file` and no IDs, every paper of the saved response. Every argument must be
 * an ID, link or DOI. Returns the exit code: 1 when some input was not read, not found or failed
 * (the others are still printed).
 */
export async function runBibtex(args: BibtexArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
	const { source, inputs, unreadable } = await paperSourceFor(args.atomFile, args.inputs);
	const { ids, rejected } = parseInputs(inputs, new Date());
	for (const r of rejected) err(`skipped ${r.input}: ${r.reason}`);
	for (const u of unreadable) err(`skipped ${u.input}: ${u.reason}`);
	const answer = ids.length === 0 ? { papers: [], notFound: [], failed: [], warnings: [] } : await source.fetchByIds(ids.map((i) => i.id));
	const { papers, notFound, failed } = answer;
	for (const id of notFound) err(`not found on arXiv: ${id}`);
	for (const f of failed) err(`failed ${f.input}: ${f.reason}`);
	for (const w of answer.warnings) err(`warning: ${w}`);
	const taken = new Set<string>();
	const entries = papers.map((paper) => {
		const key = citeKey(paper, DEFAULT_CITE_KEY_TEMPLATE, taken);
		taken.add(key);
		return bibtexEntry(paper, key);
	});
	if (entries.length > 0) out(entries.join("\n\n"));
	const problems = rejected.length + unreadable.length + notFound.length + failed.length;
	return problems === 0 && entries.length > 0 ? 0 : 1;
}
