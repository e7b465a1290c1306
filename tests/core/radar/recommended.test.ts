import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ensureListLine } from "../../../src/core/notes/list-section";
import { BrokenBlockError } from "../../../src/core/notes/marked-block";
import { pickRecommendations, recommendedBlock, RECOMMENDED_END, RECOMMENDED_START, withRecommended, type Recommendation } from "../../../src/core/radar/recommended";

const LIKE = "like your papers on";
const paper = (id: string, title: string, why: string[] = []): Recommendation => ({ id, title, why });
/** What lies between the markers. */
const inside = (text: string): string => text.slice(text.indexOf(RECOMMENDED_START), text.indexOf(RECOMMENDED_END));

/** A line a user may write: anything but the markers themselves. */
const userLine = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("## arXiv papers", "## Recommended", "- [x](https://arxiv.org/abs/2401.00001)", "%% a comment %%", "")).filter((l) => !l.includes("arxiv-atlas:") && !l.includes("\n"));

describe("the daily note's recommended papers", () => {
	it("are the best of the ranking not imported, as many as asked", () => {
		const ranked = ["a", "b", "c", "d"].map((id) => paper(id, id));
		expect(pickRecommendations(ranked, new Set(["b"]), 2).map((r) => r.id)).toEqual(["a", "c"]);
		expect(pickRecommendations(ranked, new Set(), 0)).toEqual([]);
	});

	it("link each paper's arXiv page with its title as plain text, whatever the title and why hold", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }), (title, why) => {
				const block = recommendedBlock([paper("2401.00001", `${title}](javascript:alert(1)) [[Secret]] <img src=x> #tag\n- [ ] task`, why)], LIKE);
				const lines = block.split("\n");
				expect(lines).toHaveLength(3);
				const line = lines[1] ?? "";
				expect(line.startsWith("- [")).toBe(true);
				// The only link is the arXiv page: every bracket, angle and hash of the title is escaped.
				expect(line.match(/(?<!\\)\]\(/g)).toHaveLength(1);
				expect(line).toContain("](https://arxiv.org/abs/2401.00001)");
				expect(line).not.toMatch(/(?<!\\)\[\[|(?<!\\)<img|(?<!\\)#tag/);
			}),
		);
	});

	it("replace the earlier part and nothing else; the user's text around it stays byte for byte", () => {
		fc.assert(
			fc.property(fc.array(userLine, { maxLength: 6 }), fc.array(userLine, { maxLength: 6 }), (before, after) => {
				const first = withRecommended(before.join("\n"), recommendedBlock([paper("2401.00001", "One", ["graphs"])], LIKE), "Recommended", "daily/d.md");
				const edited = `${first}${after.join("\n")}`;
				const second = withRecommended(edited, recommendedBlock([paper("2401.00002", "Two")], LIKE), "Recommended", "daily/d.md");
				expect(second.slice(0, second.indexOf(RECOMMENDED_START))).toBe(edited.slice(0, edited.indexOf(RECOMMENDED_START)));
				const tail = (t: string): string => t.slice(t.indexOf(RECOMMENDED_END));
				expect(tail(second)).toBe(tail(edited));
				expect(inside(second)).toContain("2401.00002");
				expect(inside(second)).not.toContain("2401.00001");
			}),
		);
	});

	it("never take in a paper line the day's import adds, wherever the part is in the note", () => {
		fc.assert(
			fc.property(fc.array(userLine, { maxLength: 5 }), fc.boolean(), fc.array(fc.stringMatching(/^\d{4}\.\d{5}$/), { minLength: 1, maxLength: 4 }), (user, sectionFirst, ids) => {
				const start = sectionFirst ? `${user.join("\n")}\n\n## arXiv papers\n\n- [[P]] · arXiv:2401.09999\n` : user.join("\n");
				let text = withRecommended(start, recommendedBlock([paper("2401.00001", "One")], LIKE), "Recommended", "daily/d.md");
				const block = inside(text);
				for (const id of ids) text = ensureListLine(text, "arXiv papers", `- [[${id}]] · arXiv:${id}`, `arXiv:${id}`);
				expect(inside(text)).toBe(block);
				for (const id of ids) expect(text).toContain(`arXiv:${id}`);
			}),
		);
	});

	it("leave a part whose end marker is gone as it is, and say what to do", () => {
		const text = `# Day\n\n## Recommended\n\n${RECOMMENDED_START}\n- my own line\n`;
		expect(() => withRecommended(text, recommendedBlock([], LIKE), "Recommended", "daily/d.md")).toThrow(BrokenBlockError);
		expect(() => withRecommended(text, recommendedBlock([], LIKE), "Recommended", "daily/d.md")).toThrow(/recommended papers in daily\/d\.md have lost their end marker.*put it back/);
	});
});

describe("writing the recommended papers into the daily note", () => {
	it("makes the day's note when it is missing, replaces the part after, and leaves a note alone with nothing to say", async () => {
		const { Importer } = await import("../../../src/core/importer");
		const { MemoryVault } = await import("../../support/memory-vault");
		const { deps, FakeArxiv, settings } = await import("../../support/fakes");
		const vault = new MemoryVault({ "daily/2026-09-25.md": "# Mine\n" });
		const importer = new Importer(deps(vault, new FakeArxiv([])));
		const day = new Date(2026, 8, 24, 12);
		expect(await importer.writeRecommended([paper("2401.00001", "One", ["graphs"])], settings(), day)).toBe("daily/2026-09-24.md");
		expect(vault.files.get("daily/2026-09-24.md")).toBe(`# 2026-09-24\n\n## Recommended\n\n${RECOMMENDED_START}\n- [One](https://arxiv.org/abs/2401.00001) — like your papers on graphs\n${RECOMMENDED_END}\n`);
		await importer.writeRecommended([], settings(), day);
		expect(inside(vault.files.get("daily/2026-09-24.md") ?? "")).toBe(`${RECOMMENDED_START}\n`);
		const writes = vault.writes;
		expect(await importer.writeRecommended([], settings(), new Date(2026, 8, 25, 12))).toBeUndefined();
		expect(await importer.writeRecommended([], settings(), new Date(2026, 8, 26, 12))).toBeUndefined();
		expect(vault.writes).toBe(writes);
		expect(vault.files.has("daily/2026-09-26.md")).toBe(false);
		// Korean notes: the part under its Korean heading; with daily notes off, nothing.
		expect(await importer.writeRecommended([paper("2401.00002", "Two")], settings({ noteLanguage: "ko" }), new Date(2026, 8, 27, 12))).toBe("daily/2026-09-27.md");
		expect(vault.files.get("daily/2026-09-27.md")).toContain("## 추천 논문");
		expect(await importer.writeRecommended([paper("2401.00003", "Three")], settings({ dailyNote: false }), day)).toBeUndefined();
	});
});
