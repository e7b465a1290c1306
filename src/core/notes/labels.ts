import type { KeywordCategory } from "../model";
import type { NoteLanguage } from "../settings";

/** Headings and labels of the generated notes, per note language. The Korean set is the example note's. */
export interface NoteLabels {
	/**
	 * "example": the note that started the project, section by section (Korean). "compact": one title,
	 * the metadata in a callout under it, the abstract next (English).
	 */
	layout: "example" | "compact";
	translatedTitle: string;
	metadata: string;
	categorisedKeywords: string;
	categories: Record<KeywordCategory, string>;
	extractedKeywords: string;
	authorsSection: string;
	authors: string;
	abstract: string;
	abstractTranslated: string;
	summary: string;
	keyPoints: string;
	generatedOn: string;
	papersSection: string;
	dailySection: string;
	/** The daily note's part of papers the radar recommends, and what comes before each one's why. */
	recommendedSection: string;
	recommendedLike: string;
	/** A paper note's citations part: its heading, its three lists, and the words for an empty one and a count. */
	citationsSection: string;
	citesInVault: string;
	citedByInVault: string;
	missingReferences: string;
	noneYet: string;
	citations: string;
}

/** The Korean note keeps the example note's title case; English notes and the interface use sentence case. */
const EXAMPLE_CATEGORY_LABELS: Record<KeywordCategory, string> = {
	evolved: "🚀 Evolved Concepts",
	broad: "🔬 Broad Technical",
	specific: "🔗 Specific Connectable",
	unique: "⭐ Unique Technical",
};

/** The four keyword categories by name, in English notes and in the interface (the keyword view). */
export const CATEGORY_LABELS: Record<KeywordCategory, string> = {
	evolved: "🚀 Evolved concepts",
	broad: "🔬 Broad technical",
	specific: "🔗 Specific connectable",
	unique: "⭐ Unique technical",
};

const LABELS: Record<NoteLanguage, NoteLabels> = {
	en: {
		layout: "compact",
		translatedTitle: "Translated title",
		metadata: "📋 Metadata",
		categorisedKeywords: "🏷️ Categorised keywords",
		categories: CATEGORY_LABELS,
		extractedKeywords: "🏷️ Extracted keywords",
		authorsSection: "📋 Authors",
		authors: "Authors",
		abstract: "📄 Abstract",
		abstractTranslated: "🔍 Abstract (translated)",
		summary: "📝 Summary",
		keyPoints: "🎯 Key points",
		generatedOn: "Generated on",
		papersSection: "Papers",
		dailySection: "arXiv papers",
		recommendedSection: "Recommended",
		recommendedLike: "like your papers on",
		citationsSection: "🔗 Citations",
		citesInVault: "Cites in your vault",
		citedByInVault: "Cited by in your vault",
		missingReferences: "Most-cited references not in your vault",
		noneYet: "None yet.",
		citations: "citations",
	},
	ko: {
		layout: "example",
		translatedTitle: "Korean Title",
		metadata: "📋 메타데이터",
		categorisedKeywords: "🏷️ 카테고리화된 키워드",
		categories: EXAMPLE_CATEGORY_LABELS,
		extractedKeywords: "🏷️ 추출된 키워드",
		authorsSection: "📋 저자 정보",
		authors: "Authors",
		abstract: "📄 Abstract (원문)",
		abstractTranslated: "🔍 Abstract (한글 번역)",
		summary: "📝 요약",
		keyPoints: "🎯 주요 포인트",
		generatedOn: "Generated on",
		papersSection: "논문",
		dailySection: "arXiv 논문",
		recommendedSection: "추천 논문",
		recommendedLike: "내 논문과 공통:",
		citationsSection: "🔗 인용",
		citesInVault: "볼트에서 이 논문이 인용한 논문",
		citedByInVault: "볼트에서 이 논문을 인용한 논문",
		missingReferences: "볼트에 없는, 가장 많이 인용된 참고문헌",
		noneYet: "아직 없음.",
		citations: "회 인용",
	},
};

export function labelsFor(language: NoteLanguage): NoteLabels {
	return LABELS[language];
}
