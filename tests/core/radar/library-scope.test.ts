import { describe, expect, it } from "vitest";
import { inScope, LibraryScopeError, parseLibraries, parseLibraryScope } from "../../../src/core/radar/library-scope";

const paper = (tags: string[], keywords: string[]): Record<string, unknown> => ({ arxiv_id: "2401.00001", tags, keywords });

describe("the radar's library", () => {
	it("is every paper, or one folder's, one tag's (with its nested tags) or one keyword's papers", () => {
		const props = paper(["arxiv", "#ML/graphs"], ["[[keywords/specific/Graph Neural Networks|Graph Neural Networks]]", "[[keywords/broad/Healthcare]]"]);
		expect(inScope(parseLibraryScope(""), "anywhere/x.md", props)).toBe(true);
		expect(inScope(parseLibraryScope("folder: papers/graphs/"), "papers/graphs/x.md", props)).toBe(true);
		expect(inScope(parseLibraryScope("folder:papers/graphs"), "papers/graphs-old/x.md", props)).toBe(false);
		expect(inScope(parseLibraryScope("tag:#ml"), "x.md", props)).toBe(true);
		expect(inScope(parseLibraryScope("tag:m"), "x.md", props)).toBe(false);
		// Matched as concepts are: case, plurals and hyphens do not matter.
		expect(inScope(parseLibraryScope("keyword:graph neural network"), "x.md", props)).toBe(true);
		expect(inScope(parseLibraryScope("Keyword:Healthcare"), "x.md", props)).toBe(true);
		expect(inScope(parseLibraryScope("keyword:Robotics"), "x.md", props)).toBe(false);
		expect(inScope(parseLibraryScope("tag:ml"), "x.md", null)).toBe(false);
	});

	it("written wrongly, says what it takes", () => {
		for (const text of ["papers", "folder:", "tag:#", "colour:red", "keyword: -"]) {
			expect(() => parseLibraryScope(text)).toThrow(LibraryScopeError);
		}
		expect(() => parseLibraryScope("papers")).toThrow(/write all for every paper, or folder:<path>, tag:<tag> or keyword:<name>/);
	});

	it("can be several, one a line, each once; empty or all is every paper note", () => {
		expect(parseLibraries("")).toEqual([{ line: "all", scope: { kind: "all" } }]);
		expect(parseLibraries("folder:papers/ml\r\n\n  tag:to-read \nfolder:papers/ml\nAll").map((l) => [l.line, l.scope.kind])).toEqual([
			["folder:papers/ml", "folder"],
			["tag:to-read", "tag"],
			["All", "all"],
		]);
		expect(() => parseLibraries("tag:ok\npapers")).toThrow(/"papers" names no library/);
	});
});
