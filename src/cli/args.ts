import { parseArgs } from "node:util";
import { PROVIDER_KINDS, type ProviderKind } from "../core/enrich/config";

export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UsageError";
	}
}

export const USAGE = `Usage: arxiv-atlas import <ids or urls...> --vault <folder> [options]
       arxiv-atlas keywords --input <docs.jsonl> [--top N]

import: imports arXiv papers into a folder vault: paper notes, keyword notes, category notes and a daily note line.
keywords: prints the offline extractor's keywords for one {"id", "title", "abstract"} document per
line ("-" reads standard input), as one {"id", "keywords": [best first]} line each.

Options:
  --vault <folder>      the vault folder (created if missing)
  --atom-file <file>    read a saved arXiv API response instead of the network
                        (with no IDs given, every paper in the file is imported)
  --lang en|ko          note language (default: the vault's plugin setting, else en)
  --date YYYY-MM-DD     the daily note's day (default: today)
  --no-daily            do not add a line to the daily note
  --keywords <n>        keywords per paper (default 8)
  --llm <provider>      ask a language model too: openai-compatible, openai, anthropic or gemini
                        (the API key comes from the environment variable ARXIV_ATLAS_API_KEY)
  --model <name>        the model, e.g. llama3.1:8b
  --base-url <url>      where the model answers (default: the provider's, http://localhost:11434/v1 for openai-compatible)
  --translate-to <lang> language of the translated title and abstract, e.g. Korean (default: none)
  --json                print {created, updated, failed} as JSON
  -h, --help            show this help

Exit code: 0 when every input was imported, 1 when some failed, 2 for usage errors.`;

export interface ImportArgs {
	inputs: string[];
	vault: string;
	atomFile?: string;
	lang?: "en" | "ko";
	date?: Date;
	daily: boolean;
	keywords?: number;
	json: boolean;
	llm?: { provider: Exclude<ProviderKind, "none">; model: string; baseUrl: string; translateTo?: string };
}

export type CliCommand = { kind: "help" } | { kind: "import"; args: ImportArgs } | { kind: "keywords"; args: { input: string; top: number } };

function parseDay(value: string): Date {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
	if (!date || date.getMonth() !== Number(m?.[2]) - 1) throw new UsageError(`--date takes a day as YYYY-MM-DD, like 2025-09-18 (got "${value}").`);
	return date;
}

export function parseCli(argv: string[]): CliCommand {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				vault: { type: "string" },
				"atom-file": { type: "string" },
				lang: { type: "string" },
				date: { type: "string" },
				"no-daily": { type: "boolean", default: false },
				keywords: { type: "string" },
				json: { type: "boolean", default: false },
				input: { type: "string" },
				llm: { type: "string" },
				model: { type: "string" },
				"base-url": { type: "string" },
				"translate-to": { type: "string" },
				top: { type: "string" },
				help: { type: "boolean", short: "h", default: false },
			},
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
	const { values, positionals } = parsed;
	const [command, ...inputs] = positionals;
	if (values.help || command === undefined || command === "help") return { kind: "help" };
	if (command === "keywords") {
		if (!values.input) throw new UsageError('--input <docs.jsonl> is required (one {"id","title","abstract"} per line, - for standard input).');
		const top = values.top === undefined ? 10 : Number(values.top);
		if (!Number.isInteger(top) || top < 1 || top > 100) throw new UsageError(`--top takes a whole number from 1 to 100 (got "${values.top}").`);
		return { kind: "keywords", args: { input: values.input, top } };
	}
	if (command !== "import") throw new UsageError(`Unknown command "${command}". The commands are "import" and "keywords".`);
	if (!values.vault) throw new UsageError("--vault <folder> is required: the folder the notes are written into.");
	if (inputs.length === 0 && !values["atom-file"]) throw new UsageError("Give at least one arXiv ID or URL, e.g. arxiv-atlas import 2502.15871 --vault ./vault");
	if (values.lang !== undefined && values.lang !== "en" && values.lang !== "ko") throw new UsageError(`--lang is en or ko (got "${values.lang}").`);
	let keywords: number | undefined;
	if (values.keywords !== undefined) {
		keywords = Number(values.keywords);
		if (!Number.isInteger(keywords) || keywords < 1 || keywords > 50) throw new UsageError(`--keywords takes a whole number from 1 to 50 (got "${values.keywords}").`);
	}
	let llm: ImportArgs["llm"];
	if (values.llm !== undefined) {
		const provider = PROVIDER_KINDS.find((k) => k === values.llm && k !== "none");
		if (provider === undefined || provider === "none") throw new UsageError(`--llm is one of openai-compatible, openai, anthropic, gemini (got "${values.llm}").`);
		if (!values.model) throw new UsageError("--llm needs --model <name>, the model to ask (e.g. llama3.1:8b).");
		llm = { provider, model: values.model, baseUrl: values["base-url"] ?? "", translateTo: values["translate-to"] };
	} else if (values.model !== undefined || values["base-url"] !== undefined || values["translate-to"] !== undefined) {
		throw new UsageError("--model, --base-url and --translate-to go with --llm <provider>.");
	}
	return {
		kind: "import",
		args: {
			inputs,
			vault: values.vault,
			atomFile: values["atom-file"],
			lang: values.lang,
			date: values.date === undefined ? undefined : parseDay(values.date),
			daily: !values["no-daily"],
			keywords,
			json: values.json,
			llm,
		},
	};
}
