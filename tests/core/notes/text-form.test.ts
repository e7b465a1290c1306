import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withCitations } from "../../../src/core/citations/citation-note";
import { setProperties } from "../../../src/core/notes/frontmatter-edit";
import { keepingTextForm } from "../../../src/core/notes/text-form";
import { ensureListLine } from "../../../src/core/notes/list-section";
import { replaceManaged, wrapManaged } from "../../../src/core/notes/managed-block";
import { withRecommended } from "../../../src/core/radar/recommended";

/** Edits the plugin makes to notes it did not write alone: each generates text with LF. */
const EDITS: [string, (text: string) => string][] = [
	["the managed section written again", (t) => replaceManaged(t, "## Links\nnew body\n\n- a point") ?? t],
	["a paper listed", (t) => ensureListLine(t, "Papers", "- [[papers/P|P]] arXiv:2401.00001", "arXiv:2401.00001")],
	["the citations part", (t) => withCitations(t, ["### Cites in your vault", "- [[papers/Q|Q]]"], "p.md")],
	["the recommended part", (t) => withRecommended(t, "%% arxiv-atlas: begin recommended papers (x) %%\n- one\n%% arxiv-atlas: end recommended papers %%", "Recommended", "d.md")],
	["a property", (t) => setProperties(t, [["status", "read"]])],
];

// No CR in a line: a bare CR makes a note mixed (its own test below).
const line = fc.string({ unit: fc.constantFrom("a", "b", " ", "#", "-", "%", ":", "é", "\t"), maxLength: 12 });
/** An LF note: maybe properties, the user's lines, maybe a managed section and a list, more lines. */
const lfNote = fc
	.tuple(fc.boolean(), fc.array(line, { maxLength: 4 }), fc.boolean(), fc.boolean(), fc.array(line, { maxLength: 4 }), fc.boolean())
	.map(([props, before, managed, list, after, trailing]) =>
		[...(props ? ["---", "title: x", "---"] : []), ...before, ...(managed ? [wrapManaged("old body")] : []), ...(list ? ["## Papers", "", "- old arXiv:2301.00001"] : []), ...after].join("\n") + (trailing ? "\n" : ""),
	);

describe("keepingTextForm", () => {
	it("edits a CRLF note as its LF form and writes it back with CRLF, and an LF note as it is", () => {
		fc.assert(
			fc.property(lfNote, (lf) => {
				const crlf = lf.replace(/\n/g, "\r\n");
				for (const [, edit] of EDITS) {
					expect(keepingTextForm(lf, edit)).toBe(edit(lf));
					if (lf.includes("\n")) expect(keepingTextForm(crlf, edit)).toBe(edit(lf).replace(/\n/g, "\r\n"));
				}
			}),
		);
	});

	it("keeps a byte order mark before the first line, and reads the properties after it", () => {
		fc.assert(
			fc.property(lfNote, (lf) => {
				const crlf = lf.replace(/\n/g, "\r\n");
				for (const [, edit] of EDITS) {
					expect(keepingTextForm(`\uFEFF${lf}`, edit)).toBe(`\uFEFF${edit(lf)}`);
					if (lf.includes("\n")) expect(keepingTextForm(`\uFEFF${crlf}`, edit)).toBe(`\uFEFF${edit(lf).replace(/\n/g, "\r\n")}`);
				}
			}),
		);
	});

	it("edits a note that mixes the two as it is, also one with a CR before a CRLF (converted twice)", () => {
		for (const mixed of ["---\r\ntitle: x\r\n---\nbody\r\n", "---\r\ntitle: x\r\n---\r\nbody\r\r\nmore\r\n", "a\rb\r\n"]) {
			for (const [, edit] of EDITS) expect(keepingTextForm(mixed, edit)).toBe(edit(mixed));
			expect(keepingTextForm(mixed, (t) => t)).toBe(mixed);
		}
	});
});
