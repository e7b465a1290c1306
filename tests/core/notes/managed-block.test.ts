import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, managedContent, replaceManaged, wrapManaged } from "../../../src/core/notes/managed-block";

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

describe("managedContent", () => {
	it("is the text between the markers, without the user's text around them", () => {
		const note = `---\ntitle: x\n---\n## Summary\n\nmine\n${wrapManaged("## Summary\n\ngenerated")}\n\n## Summary\n\nmine too\n`;
		expect(managedContent(note)).toBe("## Summary\n\ngenerated\n");
	});

	it("is undefined when a marker is missing", () => {
		expect(managedContent(`${BLOCK_START}\nhalf`)).toBeUndefined();
		expect(managedContent(`half\n${BLOCK_END}`)).toBeUndefined();
		expect(managedContent("no markers")).toBeUndefined();
	});
});
