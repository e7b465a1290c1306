import type { EnrichResult, EnrichRun } from "./enrich/enricher";
import { describeUsage } from "./enrich/usage";
import { keywordKey } from "./keywords/normalize";
import type { Enrichment, ImportEvent, Keyword, KeywordCategory, Paper } from "./model";
import { KEYWORD_CATEGORIES } from "./model";
import type { VaultPort } from "./ports";
import { applyPaperPlan, type ApplyResult } from "./notes/apply";
import { planPaper, type PaperPlan, type PlanContext } from "./notes/plan";
import { PAPER_PROPERTIES } from "./notes/paper-schema";
import { setProperties } from "./notes/frontmatter-edit";
import { errorMessage } from "./words";

/** What the importer needs from the enricher (src/core/enrich/enricher.ts). */
export interface PaperEnricher {
	enrichAll(papers: readonly Paper[], onResult?: (paper: Paper, result: EnrichResult, index: number) => void): Promise<EnrichRun>;
}

/**
 * The model's keywords first, in its categories (the model may override the local rules), then the
 * local ones it did not name. Both go through the same matching to existing notes when planned.
 */
export function mergeKeywords(local: Keyword[], fromModel: Record<KeywordCategory, string[]> | undefined, max: number): Keyword[] {
	if (!fromModel) return local;
	const merged: Keyword[] = [];
	const seen = new Set<string>();
	const add = (k: Keyword): void => {
		const key = keywordKey(k.name);
		if (key === "" || seen.has(key)) return;
		seen.add(key);
		merged.push(k);
	};
	for (const category of KEYWORD_CATEGORIES) for (const name of fromModel[category] ?? []) add({ name, category, aliases: [] });
	const fromModelCount = merged.length;
	for (const k of local) add(k);
	return merged.slice(0, Math.max(max, fromModelCount));
}

/**
 * After the notes are written from arXiv data, asks the model about every paper (N at a time) and
 * rewrites each paper's managed parts as its answer arrives. A paper the model fails on keeps its
 * local note and gets `enrichment: failed`.
 */
export async function enrichmentPass(args: {
	enricher: PaperEnricher;
	plans: PaperPlan[];
	ctx: PlanContext;
	vault: VaultPort;
	keywordsPerPaper: number;
	result: ApplyResult;
	onEvent: (event: ImportEvent) => void;
}): Promise<string> {
	const { plans, ctx, vault } = args;
	const byId = new Map(plans.map((p) => [p.paper.id, p]));
	let done = 0;
	let writes = Promise.resolve();
	args.onEvent({ type: "enriching", done: 0, total: plans.length });
	const run = await args.enricher.enrichAll(
		plans.map((p) => p.paper),
		(paper, answer) => {
			const plan = byId.get(paper.id);
			if (!plan) return;
			writes = writes.then(async () => {
				done += 1;
				args.onEvent({ type: "enriching", done, total: plans.length });
				try {
					if (answer.ok) {
						const enrichment: Enrichment = answer.enrichment;
						const local = ctx.extract(paper);
						const again = planPaper(paper, {
							...ctx,
							extract: () => mergeKeywords(local, answer.keywords, args.keywordsPerPaper),
							enrichment: () => enrichment,
						});
						// A note whose markers were removed cannot show the answer: it is not marked done.
						if (await applyPaperPlan(vault, again, ctx, args.result)) {
							await vault.process(plan.note.path, (text) => setProperties(text, [[PAPER_PROPERTIES.enrichment, "done"]]));
						}
					} else {
						await vault.process(plan.note.path, (text) => setProperties(text, [[PAPER_PROPERTIES.enrichment, "failed"]]));
						args.result.warnings.push(`${paper.id}: enrichment failed (${answer.reason}); the note has the arXiv data and local keywords.`);
					}
				} catch (error) {
					args.result.warnings.push(`${paper.id}: could not write the enrichment (${errorMessage(error)}).`);
				}
			});
		},
	);
	await writes;
	return describeUsage(run.usage);
}
