import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { zip } from "../../scripts/zip.mjs";

/** Reads a ZIP archive back through its central directory: name -> content. */
function unzip(bytes: Buffer): Record<string, string> {
	const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const count = bytes.readUInt16LE(end + 10);
	let at = bytes.readUInt32LE(end + 16);
	const out: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
		const size = bytes.readUInt32LE(at + 20);
		const nameLength = bytes.readUInt16LE(at + 28);
		const local = bytes.readUInt32LE(at + 42);
		const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
		const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
		out[name] = inflateRawSync(bytes.subarray(dataAt, dataAt + size)).toString("utf8");
		at += 46 + nameLength;
	}
	return out;
}

describe("the release zip", () => {
	it("holds the plugin's three files, whole", () => {
		const files = { "main.js": "module.exports = 1;\n".repeat(500), "manifest.json": '{"id":"arxiv-atlas"}\n', "styles.css": ".a { color: red; }\n" };
		const bytes = zip(files);
		expect(unzip(bytes)).toEqual(files);
	});
});
