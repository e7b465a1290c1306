import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Importer } from "../../src/core/importer";
import { keywordKey } from "../../src/core/keywords/normalize";
import { MemoryVault } from "../support/memory-vault";
import { deps, FakeArxiv, paper, settings } from "../support/fakes";

// Two papers that name the same concepts in different surface forms: an acronym defined in one and
// used bare in the other, plural and singular, hyphen and space, different case.
const first = paper({
	id: "2401.00001",
	title: "Large Language Models for Clinical Decision Support",
	abstract:
		"Large language models (LLMs) are increasingly used for clinical decision support. We evaluate LLMs on multi-agent collaboration tasks in hospitals and study the trustworthiness of clinical decision support systems.",
});
const second = paper({
	id: "2401.00002",
	title: "Auditing an LLM for Clinical Decision-Support",
	abstract:
		"We audit a large language model used in clinical decision-support. The LLM is tested in multi agent collaboration with physicians, and its clinical decision support is compared with experts.",
});

function keywordNotes(vault: MemoryVault): Map<string, string> {
	return new Map([...vault.files].filter(([p]) => p.startsWith("keywords/")));
}

describe("one note per concept across papers", () => {
	it("links both papers to the same keyword notes whatever the surface form", async () => {
		const vault = new MemoryVault();
		const importer = new Importer(deps(vault, new FakeArxiv([first, second])));
		await importer.importText("2401.00001", settings());
		await importer.importText("2401.00002", settings());

		const notes = keywordNotes(vault);
		// No two keyword notes share a matching key (case, plural, hyphen, acronym aliases included).
		const keys = new Map<string, string>();
		for (const [path, text] of notes) {
			const fm = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as { aliases?: string[] };
			for (const name of [path.replace(/^.*\/|\.md$/g, ""), ...(fm.aliases ?? [])]) {
				const key = keywordKey(name);
				expect(keys.get(key) ?? path, `"${name}" of ${path} is also ${keys.get(key) ?? ""}`).toBe(path);
				keys.set(key, path);
			}
		}
		// The shared concepts are each one note that lists both papers.
		for (const concept of ["large language model", "clinical decision support"]) {
			const path = keys.get(concept);
			expect(path, `a note for ${concept}`).toBeDefined();
			const text = notes.get(path ?? "") ?? "";
			expect(text).toContain("arXiv:2401.00001");
			expect(text).toContain("arXiv:2401.00002");
		}
		// The acronym is remembered as an alias of the concept, not a note of its own.
		const llm = notes.get(keys.get("large language model") ?? "") ?? "";
		expect(llm).toMatch(/aliases:\n(\s+- "?LLMs?"?\n)+/);
		expect([...notes.keys()].some((p) => /\/LLMs?\.md$/.test(p))).toBe(false);
	});
});
