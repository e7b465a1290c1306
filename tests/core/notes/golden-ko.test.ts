import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { labelsFor } from "../../../src/core/notes/labels";
import { renderPaperNote } from "../../../src/core/notes/paper-note";
import { EXAMPLE_NOTE, exampleKeywords as keywords, exampleNoteInput as input } from "./example-paper";

const GOLDEN = new URL("../../expected/ko-2502.15871.md", import.meta.url);

const note = renderPaperNote(input, "2025-09-18T16:31:17");
const headings = (text: string): string[] => text.split("\n").filter((l) => /^#{1,2} /.test(l));

describe("the Korean paper note", () => {
	it("matches the golden file (regenerate with UPDATE_GOLDEN=1 after a deliberate change)", () => {
		if (process.env["UPDATE_GOLDEN"]) writeFileSync(GOLDEN, note);
		expect(note).toBe(readFileSync(GOLDEN, "utf8"));
	});

	it("keeps the example's sections in the example's order", () => {
		expect(headings(note)).toEqual(headings(EXAMPLE_NOTE));
	});

	it("has the example's Links line, keyword block, ID/PDF block, keyword list and footer", () => {
		expect(note).toMatch(/^\*\*Links\*\*: \[\[daily\/2025-09-18\|2025-09-18\]\] \[\[keywords\//m);
		for (const label of ["**🚀 Evolved Concepts**: ", "**🔬 Broad Technical**: ", "**🔗 Specific Connectable**: ", "**⭐ Unique Technical**: "]) {
			expect(note).toContain(label);
		}
		expect(note).toContain("**ArXiv ID**: [2502.15871](https://arxiv.org/abs/2502.15871)");
		expect(note).toContain("**PDF**: [Download](https://arxiv.org/pdf/2502.15871)");
		expect(note).toContain("`Multi-agent Collaboration` • `Large Language Models` • `Healthcare`");
		expect(note.trimEnd()).toMatch(/---\n\n\*Generated on 2025-09-18 16:31:17\*\n%% arxiv-atlas: end managed section %%$/);
		expect(note).toContain("**Korean Title:** 건강 분야에서 대형 언어 모델의 신뢰성에 대한 포괄적인 조사");
	});

	it("fixes the example's bugs", () => {
		// Authors are filled in.
		expect(note).toContain("**Authors:** Manar Aljohani, Jun Hou, Sindhu Kommu, Xuan Wang");
		// Published is the v1 date; the latest version and the listing date are kept apart.
		expect(note).toContain("**Published**: 2025-02-21");
		expect(note).toContain("**Updated**: 2025-09-16 (v2)");
		expect(note).toMatch(/^published: 2025-02-21$/m);
		expect(note).toMatch(/^updated: 2025-09-16$/m);
		expect(note).toMatch(/^announced: 2025-09-18$/m);
		// One keyword set: the Links line, the categorised block and the list name the same keywords, each linked once.
		const linksLine = /^\*\*Links\*\*: (.*)$/m.exec(note)?.[1] ?? "";
		for (const k of keywords) {
			expect(linksLine.split(`[[keywords/${k.category}/${k.name}|${k.name}]]`)).toHaveLength(2);
			expect(note.split(`\`${k.name}\``)).toHaveLength(2);
		}
		expect(note).not.toContain("LLaVA");
		expect(note).not.toContain("[[keywords/unique/LLMs");
		// The listing's "Announce Type" prefix is not part of the abstract.
		expect(note).not.toContain("Announce Type");
		// Key points are a plain numbered list, not "- 1." items.
		expect(note).toMatch(/^1\. 대형 언어 모델/m);
		expect(note).not.toMatch(/^- 1\./m);
	});

	it("writes English headings for the English note language", () => {
		const en = renderPaperNote({ ...input, labels: labelsFor("en") }, "2025-09-18T16:31:17");
		expect(headings(en)).toContain("## 📄 Abstract");
		expect(headings(en)).toContain("## 🎯 Key points");
		expect(headings(en).filter((h) => /[가-힣]/.test(h))).toEqual([]);
	});
});
