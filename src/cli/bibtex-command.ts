import { parseIdentifiers } from "../core/arxiv/identifiers";
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
 * printed. With `--atom-file` and no IDs, every paper of the saved response. Returns the exit code:
 * 1 when some input was not read or not found (the others are still printed).
 */
export async function runBibtex(args: BibtexArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
	const { source, inputs } = await paperSourceFor(args.atomFile, args.inputs);
	const { ids, rejected } = parseIdentifiers(inputs.join("\n"), new Date());
	for (const r of rejected) err(`skipped ${r.input}: ${r.reason}`);
	const { papers, notFound } = ids.length === 0 ? { papers: [], notFound: [] } : await source.fetchByIds(ids.map((i) => i.id));
	for (const id of notFound) err(`not found on arXiv: ${id}`);
	const taken = new Set<string>();
	const entries = papers.map((paper) => {
		const key = citeKey(paper, DEFAULT_CITE_KEY_TEMPLATE, taken);
		taken.add(key);
		return bibtexEntry(paper, key);
	});
	if (entries.length > 0) out(entries.join("\n\n"));
	return rejected.length === 0 && notFound.length === 0 && entries.length > 0 ? 0 : 1;
}
