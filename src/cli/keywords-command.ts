import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { extractKeywords } from "../core/keywords/extract";
import { errorMessage } from "../core/words";

export interface KeywordsArgs {
	/** A JSONL file (one `{"id", "title", "abstract"}` per line), or `-` for standard input. */
	input: string;
	/** Keywords per document. */
	top: number;
}

interface InputDoc {
	id: string | number;
	title: string;
	abstract: string;
}

/** The document on one line, or why it is not one. */
function parseLine(line: string): InputDoc | string {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (error) {
		return `not JSON (${errorMessage(error)})`;
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
	const doc = value as Record<string, unknown>;
	if (typeof doc.id !== "string" && typeof doc.id !== "number") return `"id" must be a string or a number`;
	if (doc.title !== undefined && typeof doc.title !== "string") return `"title" must be a string`;
	if (typeof doc.abstract !== "string") return `"abstract" must be a string`;
	return { id: doc.id, title: doc.title ?? "", abstract: doc.abstract };
}

/**
 * `arxiv-atlas keywords --input <docs.jsonl> [--top N]`: one line `{"id", "keywords": [best first]}`
 * per document, in input order. Blank lines are skipped; a line that is not a document is reported
 * on `err` with its line number and skipped. Returns the exit code: 1 when some line was bad or the
 * input could not be read, 0 otherwise.
 */
export async function runKeywords(
	args: KeywordsArgs,
	out: (line: string) => void,
	err: (line: string) => void = (line): void => void process.stderr.write(`${line}\n`),
	stdin: Readable = process.stdin,
): Promise<number> {
	const stream = args.input === "-" ? stdin : createReadStream(args.input, { encoding: "utf8" });
	const lines = createInterface({ input: stream, crlfDelay: Infinity });
	let bad = 0;
	let lineNumber = 0;
	try {
		for await (const line of lines) {
			lineNumber++;
			if (line.trim() === "") continue;
			const doc = parseLine(line);
			if (typeof doc === "string") {
				bad++;
				err(`${args.input}:${lineNumber}: skipped: ${doc}`);
				continue;
			}
			const keywords = extractKeywords({ title: doc.title, abstract: doc.abstract }, { max: args.top }).map((k) => k.name);
			out(JSON.stringify({ id: doc.id, keywords }));
		}
	} catch (error) {
		// As for every file an option names: a usage-level failure, code 2.
		err(`arxiv-atlas: --input ${args.input}: cannot read the file (${errorMessage(error)}).`);
		return 2;
	}
	return bad === 0 ? 0 : 1;
}
