import { describe, expect, it } from "vitest";
import { unlistPaper } from "../../../src/core/notes/unlist";
import { MemoryVault } from "../../support/memory-vault";

const KEYWORD_NOTE = "---\ncategory: broad\naliases: []\n---\n# Graphs\n\n## Papers\n\n- [[papers/P|P]] · arXiv:2401.00001\n";
const FORMS: [string, (text: string) => string][] = [
	["LF", (t) => t],
	["CRLF", (t) => t.replace(/\n/g, "\r\n")],
	["a byte order mark and CRLF", (t) => `\uFEFF${t.replace(/\n/g, "\r\n")}`],
];

describe("taking the last paper out of a keyword note", () => {
	it.each(FORMS)("trashes the note when nothing else is in it, and keeps one with a line of the user's (%s)", async (_form, save) => {
		const vault = new MemoryVault({ "keywords/broad/Graphs.md": save(KEYWORD_NOTE), "keywords/broad/Trees.md": save(`${KEYWORD_NOTE}\nMy note on graphs.\n`) });
		expect(await unlistPaper(vault, "keywords/broad/Graphs.md", "2401.00001", true)).toBe("trashed");
		expect(await unlistPaper(vault, "keywords/broad/Trees.md", "2401.00001", true)).toBe("removed");
		expect(vault.files.get("keywords/broad/Trees.md")).toBe(save("---\ncategory: broad\naliases: []\n---\n# Graphs\n\n## Papers\n\n\nMy note on graphs.\n"));
	});
});
