import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveLink } from "../../../src/core/notes/note-links";
import { basename, pathKey } from "../../../src/core/notes/paths";
import { addPath, removePath, snapshotOf } from "../../../src/core/notes/vault-snapshot";

const folder = fc.constantFrom("", "papers", "keywords/broad", "keywords/specific", "Notes");
const name = fc.constantFrom("Graphs", "graphs", "Large Language Models", "Retrieval-Augmented Generation", "GPT-4o", "Ada Lovelace");
const path = fc.tuple(folder, name).map(([f, n]) => (f === "" ? `${n}.md` : `${f}/${n}.md`));
type Op = { add: string } | { remove: string };
const op: fc.Arbitrary<Op> = fc.oneof(path.map((p) => ({ add: p })), path.map((p) => ({ remove: p })));

/**
 * What a link by name resolves to: the note at that path from the vault's root, else the first note
 * of that name in the order the snapshot knows them (the pass over every note that the index replaces).
 */
function firstByName(realPaths: Map<string, string>, target: string): string | undefined {
	const atRoot = realPaths.get(pathKey(`${target}.md`));
	if (atRoot !== undefined) return atRoot;
	for (const p of realPaths.values()) if (pathKey(basename(p)) === pathKey(target)) return p;
	return undefined;
}

describe("links by name (Obsidian's shortest links)", () => {
	it("resolve through the name index to the note a pass over every note finds, as notes come and go", () => {
		fc.assert(
			fc.property(fc.uniqueArray(path, { maxLength: 12, selector: pathKey }), fc.array(op, { maxLength: 12 }), (paths, ops) => {
				const snapshot = snapshotOf(paths.map((p) => [p, null] as const), "keywords");
				for (const o of ops) {
					if ("add" in o) addPath(snapshot, o.add);
					else if (snapshot.realPaths.has(pathKey(o.remove))) removePath(snapshot, o.remove);
				}
				for (const n of ["Graphs", "GPT-4o", "Large Language Models", "Nowhere"]) {
					expect(resolveLink(`[[${n}]]`, "papers/Some paper.md", snapshot)).toBe(firstByName(snapshot.realPaths, n));
				}
			}),
		);
	});

	it("a full path still wins over a name, and a URL is no note", () => {
		const snapshot = snapshotOf([["Graphs.md", null] as const, ["keywords/broad/Graphs.md", null] as const], "keywords");
		expect(resolveLink("[[keywords/broad/Graphs|Graphs]]", "papers/x.md", snapshot)).toBe("keywords/broad/Graphs.md");
		expect(resolveLink("[[Graphs]]", "papers/x.md", snapshot)).toBe("Graphs.md");
		expect(resolveLink("[Graphs](https://example.org/Graphs)", "papers/x.md", snapshot)).toBeUndefined();
	});
});
