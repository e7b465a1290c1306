import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, replaceManaged, wrapManaged } from "../../../src/core/notes/managed-block";

describe("replaceManaged", () => {
	it("replaces only the managed block, byte for byte around it", () => {
		const before = "---\ntitle: x\n---\nMy intro  \r\n\n";
		const after = "\n\n## My notes\n\n- keep *this*\n";
		const note = before + wrapManaged("old content") + after;
		expect(replaceManaged(note, "new content")).toBe(before + `${BLOCK_START}\nnew content\n${BLOCK_END}` + after);
	});

	it("returns null when a marker is missing, so nothing is replaced", () => {
		expect(replaceManaged(`${BLOCK_START}\nhalf`, "x")).toBeNull();
		expect(replaceManaged("no markers", "x")).toBeNull();
	});
});
