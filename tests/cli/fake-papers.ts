/** Made-up arXiv papers for the tests of several importers on one vault, and a saved API answer that holds them. */

export interface FakePaper {
	id: string;
	title: string;
	abstract: string;
	categories: string[];
}

export const PHRASES = [
	"graph neural networks",
	"reinforcement learning",
	"convex optimization",
	"stochastic gradient descent",
	"variational inference",
	"transformer models",
	"contrastive learning",
	"Bayesian optimization",
	"federated learning",
	"diffusion models",
	"sparse regression",
	"causal inference",
	"language models",
	"kernel methods",
	"Monte Carlo sampling",
	"adversarial robustness",
];
const CATEGORIES = ["cs.LG", "cs.AI", "stat.ML", "math.OC", "cs.CL"];

/** A paper with a sentence of its own (`marker`) in its abstract, to tell which paper a note's body is. */
export function fakePaper(id: string, n: number, title: string): FakePaper {
	const pick = (k: number): string => PHRASES[(n * 7 + k * 5) % PHRASES.length] ?? "";
	const abstract =
		`We study ${pick(0)} together with ${pick(1)}. Our method improves ${pick(2)} and relates it to ${pick(3)}. ` +
		`Experiments on ${pick(4)} confirm the analysis. ${marker(id)}`;
	const primary = CATEGORIES[n % CATEGORIES.length] ?? "cs.LG";
	const cross = CATEGORIES[(n * 3 + 1) % CATEGORIES.length] ?? "cs.AI";
	return { id, title, abstract, categories: primary === cross ? [primary] : [primary, cross] };
}

/** Not a keyword the extractor picks, and in no other part of a note. */
export const marker = (id: string): string => `Paper ${id.replace(".", "")} of the set.`;

export function atomFeed(papers: FakePaper[]): string {
	const entries = papers.map(
		(p) => `  <entry>
    <id>http://arxiv.org/abs/${p.id}v1</id>
    <updated>2025-01-02T10:00:00Z</updated>
    <published>2025-01-02T10:00:00Z</published>
    <title>${p.title}</title>
    <summary>${p.abstract}</summary>
    <author><name>Ada Example</name></author>
    <link href="http://arxiv.org/abs/${p.id}v1" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${p.id}v1" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="${p.categories[0]}" scheme="http://arxiv.org/schemas/atom"/>
${p.categories.map((c) => `    <category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`).join("\n")}
  </entry>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query: test</title>
  <id>http://arxiv.org/api/test</id>
  <updated>2025-01-02T00:00:00-05:00</updated>
${entries.join("\n")}
</feed>
`;
}
