import { readFileSync } from "node:fs";
import type { Enrichment, Keyword, Paper } from "../../../src/core/model";
import { labelsFor } from "../../../src/core/notes/labels";
import type { PaperNoteInput } from "../../../src/core/notes/paper-note";
import { wikiLinks } from "../../../src/cli/links";

// The paper of the note that started the project (tests/fixtures/example-note/). Title, abstract,
// translation, summary and key points are taken from that note; authors and dates are this
// paper's on arXiv (2502.15871v2), which the example note failed to fill in.
export const EXAMPLE_NOTE = readFileSync(new URL("../../fixtures/example-note/000_7ff655e751ab64c6.md", import.meta.url), "utf8");

function section(heading: string): string {
	const start = EXAMPLE_NOTE.indexOf(`## ${heading}`);
	const rest = EXAMPLE_NOTE.slice(EXAMPLE_NOTE.indexOf("\n", start) + 1);
	const end = rest.search(/^## |^---$/m);
	return (end === -1 ? rest : rest.slice(0, end)).trim();
}

const stripAnnounce = (text: string): string => text.replace(/^arXiv:\S+ .*\n(Abstract|요약): /, "");

export const examplePaper: Paper = {
	id: "2502.15871",
	version: 2,
	title: "A Comprehensive Survey on the Trustworthiness of Large Language Models in Healthcare",
	abstract: stripAnnounce(section("📄 Abstract (원문)")),
	authors: ["Manar Aljohani", "Jun Hou", "Sindhu Kommu", "Xuan Wang"],
	published: "2025-02-21T18:43:06Z",
	updated: "2025-09-16T20:02:11Z",
	primaryCategory: "cs.AI",
	categories: ["cs.AI", "cs.CL"],
	announced: "2025-09-18",
};

export const exampleEnrichment: Enrichment = {
	titleTranslated: /\*\*Korean Title:\*\* (.*)/.exec(EXAMPLE_NOTE)?.[1]?.trim(),
	abstractTranslated: stripAnnounce(section("🔍 Abstract (한글 번역)")),
	summary: section("📝 요약"),
	keyPoints: section("🎯 주요 포인트")
		.split("\n")
		.map((l) => l.replace(/^- \d+\.\s*/, "").trim())
		.filter((l) => l !== ""),
};

/** The example's keyword set, one per category the example shows. */
export const exampleKeywords: Keyword[] = [
	{ name: "Multi-agent Collaboration", category: "evolved", aliases: [] },
	{ name: "Large Language Models", category: "broad", aliases: ["LLMs"] },
	{ name: "Healthcare", category: "broad", aliases: [] },
	{ name: "Trustworthiness", category: "specific", aliases: [] },
	{ name: "Ethical Deployment", category: "specific", aliases: [] },
];

/** What the importer would hand the renderer for the example paper (the golden note's input). */
export const exampleNoteInput: PaperNoteInput = {
	paper: examplePaper,
	notePath: "papers/A Comprehensive Survey on the Trustworthiness of Large Language Models in Healthcare.md",
	keywords: exampleKeywords.map((keyword) => ({ keyword, path: `keywords/${keyword.category}/${keyword.name}.md` })),
	categoryPaths: [
		{ code: "cs.AI", path: "categories/cs.AI.md" },
		{ code: "cs.CL", path: "categories/cs.CL.md" },
	],
	daily: { path: "daily/2025-09-18.md", display: "2025-09-18" },
	enrichment: exampleEnrichment,
	labels: labelsFor("ko"),
	links: wikiLinks,
	generatedAt: "2025-09-18 16:31:17",
};
