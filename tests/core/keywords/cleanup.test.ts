import { describe, expect, it } from "vitest";
import { cleanupSuggestions, type KeywordNoteInfo } from "../../../src/core/keywords/cleanup";

const note = (name: string, papers: number, aliases: string[] = [], folder = "specific"): KeywordNoteInfo => ({ path: `keywords/${folder}/${name}.md`, name, aliases, papers });

describe("Clean up keywords: what it offers", () => {
	it.each([
		["Quantum Information Science", "Quantum Information"],
		["Outlier Detection for Networks", "Outlier Detection"],
		["Retrieval-augmented Generation Accuracy", "Retrieval-Augmented Generation"],
		["Pebble Game Algorithms", "Pebble Game"],
	])("merges %s into %s (a concept plus a generic extension)", (extended, concept) => {
		const { merges } = cleanupSuggestions([note(concept, 4), note(extended, 1)]);
		expect(merges.map((m) => [m.from.name, m.into.name])).toEqual([[extended, concept]]);
	});

	it("merges one concept written two ways into the note more papers link, and one named by an alias", () => {
		const { merges } = cleanupSuggestions([note("Adjacency Matrix", 1), note("adjacency matrices", 3, [], "broad"), note("Large Language Models", 5), note("LLM", 1), note("Foundation Models", 2, ["LLM"])]);
		expect(merges.map((m) => [m.from.name, m.into.name]).sort()).toEqual([
			["Adjacency Matrix", "adjacency matrices"],
			["LLM", "Foundation Models"],
		]);
	});

	it("offers to remove a generic word that one paper links, never a concept, an acronym or a name", () => {
		const { removals } = cleanupSuggestions([note("Science", 1), note("Events", 0), note("Contemporary", 1), note("RAG", 1), note("Datanature", 1), note("Graph Neural Networks", 1)]);
		expect(removals.map((r) => `${r.note.path}`)).toEqual(["keywords/specific/Science.md", "keywords/specific/Events.md", "keywords/specific/Contemporary.md"]);
	});

	it("never puts a note in two changes (a merge reads what the one before wrote)", () => {
		const { merges, removals } = cleanupSuggestions([note("Quantum Information", 5), note("Quantum Information Science", 2), note("quantum information", 1)]);
		const paths = [...merges.flatMap((m) => [m.from.path, m.into.path]), ...removals.map((r) => r.note.path)];
		expect(new Set(paths).size).toBe(paths.length);
		expect(merges).toHaveLength(1);
	});
});
