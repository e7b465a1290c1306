import { parseArgs } from "node:util";
import { PROVIDER_KINDS, type ProviderKind } from "../core/enrich/config";
import { bibtexArgs, type BibtexArgs } from "./bibtex-command";
import { searchArgs, type SearchArgs } from "./search-command";
import { feedArgs, type FeedArgs } from "./feed-command";
import { UsageError } from "./usage-error";

// The commands' argument parsers throw UsageError too: it lives in its own module so that they need
// not import this one (which imports them).
export { UsageError };

export const USAGE = `Usage: arxiv-atlas import <ids or urls...> --vault <folder> [--create] [options]
       arxiv-atlas keywords --input <docs.jsonl> [--top N]
       arxiv-atlas feed <cat>[+<cat>...] --vault <folder> [--create] [--rss-file <saved feed>] [--announce new,cross,replace,replace-cross] [--offline] [--json]
       arxiv-atlas search "<query>" [--max 10] [--atom-file <file>] [--json]
       arxiv-atlas bibtex <ids...> [--atom-file <file>]

import: imports arXiv papers into a folder vault: paper notes, keyword notes, category notes and a daily note line.
keywords: prints the offline extractor's keywords for one {"id", "title", "abstract"} document per
line ("-" reads standard input), as one {"id", "keywords": [best first]} line each.
search: lists arXiv papers for a query, best first: bare words search titles and abstracts; ti:, au:,
abs:, cat: search one field (with --atom-file, the papers of a saved response).
bibtex: prints a BibTeX entry (arXiv's style) per paper, keys unique among those printed.
feed: imports a day's listing of the categories (one request; default announce types new,cross) into the vault,
the daily note of its announce date; --rss-file reads a saved feed, --offline asks no API for the dates.

Options:
  --vault <folder>      the vault folder; it must exist (its plugin settings, if any, are used)
  --create              make the vault folder when it does not exist yet
  --atom-file <file>    read a saved arXiv API response instead of the network
                        (with no IDs given, every paper in the file is imported)
  --lang en|ko          note language (default: the vault's plugin setting, else en)
  --date YYYY-MM-DD     the daily note's day (default: today)
  --no-daily            do not add a line to the daily note
  --keywords <n>        keywords per paper (default 8)
  --template <file>     lay out paper notes with this template (default: the vault's template note setting, else built-in)
  --llm <provider>      ask a language model too: openai-compatible, openai, anthropic or gemini
                        (the API key comes from the environment variable ARXIV_ATLAS_API_KEY)
  --model <name>        the model, e.g. llama3.1:8b
  --base-url <url>      where the model answers (default: the provider's, http://localhost:11434/v1 for openai-compatible)
  --translate-to <lang> language of the translated title and abstract, e.g. Korean (default: none)
  --json                print {created, updated, failed} as JSON (and warnings, when there are some)
  -h, --help            show this help

Every argument of import and bibtex must be an arXiv ID, link or DOI: any other word is reported as failed.

Exit code: 0 when every input was imported, 1 when some failed, 2 for usage errors, a missing vault
folder or unreadable plugin settings.`;

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
	/** A template file for the paper notes. */
	template?: string;
	/** Make the vault folder when it does not exist. */
	create: boolean;
}

export type CliCommand =
	| { kind: "help" }
	| { kind: "import"; args: ImportArgs }
	| { kind: "keywords"; args: { input: string; top: number } }
	| { kind: "search"; args: SearchArgs }
	| { kind: "bibtex"; args: BibtexArgs }
	| { kind: "feed"; args: FeedArgs };

function parseDay(value: string): Date {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
	if (!date || date.getMonth() !== Number(m?.[2]) - 1) throw new UsageError(`--date takes a day as YYYY-MM-DD, like 2025-09-18 (got "${value}").`);
	return date;
}

const COMMANDS = ["import", "keywords", "feed", "search", "bibtex"] as const;
type CommandName = (typeof COMMANDS)[number];

/** The options each command reads; any other is a mistake to name, not to ignore. */
const OPTIONS_OF: Record<CommandName, readonly string[]> = {
	import: ["vault", "create", "atom-file", "lang", "date", "no-daily", "keywords", "json", "llm", "model", "base-url", "translate-to", "template"],
	keywords: ["input", "top"],
	feed: ["vault", "create", "rss-file", "announce", "offline", "json"],
	search: ["max", "atom-file", "json"],
	bibtex: ["atom-file"],
};

/** Throws a UsageError naming an option given to a command that does not read it, and which commands do. */
function checkOptions(command: CommandName, given: readonly string[]): void {
	const allowed = new Set([...OPTIONS_OF[command], "help"]);
	const stray = given.find((name) => !allowed.has(name));
	if (stray === undefined) return;
	const owners = COMMANDS.filter((c) => OPTIONS_OF[c].includes(stray));
	const list = owners.length > 1 ? `${owners.slice(0, -1).join(", ")} and ${owners.at(-1) ?? ""}` : (owners[0] ?? "");
	throw new UsageError(`--${stray} does not go with ${command}${list === "" ? "" : ` (it is an option of ${list})`}: drop it.`);
}

/** Node's parseArgs error in the CLI's words: what was wrong, and where to look. */
function optionProblem(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
	const unknown = /^Unknown option '([^']+)'/.exec(text);
	if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) return `Unknown option ${unknown[1] ?? ""}: the options are listed below (a value starting with "-" goes after "--").`;
	const missing = /^Option '(--[^ ']+) <value>' argument missing/.exec(text);
	if (missing) return `${missing[1] ?? ""} needs a value: see below.`;
	return `${text.replace(/\.$/, "")}: see the options below.`;
}

export function parseCli(argv: string[]): CliCommand {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			tokens: true,
			options: {
				create: { type: "boolean", default: false },
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
				"rss-file": { type: "string" },
				announce: { type: "string" },
				offline: { type: "boolean", default: false },
				template: { type: "string" },
				max: { type: "string" },
				help: { type: "boolean", short: "h", default: false },
			},
		});
	} catch (error) {
		throw new UsageError(optionProblem(error));
	}
	const { values, positionals, tokens } = parsed;
	const [command, ...inputs] = positionals;
	if (values.help || command === undefined || command === "help") return { kind: "help" };
	const known = COMMANDS.find((c) => c === command);
	if (known === undefined) throw new UsageError(`Unknown command "${command}". The commands are ${COMMANDS.map((c) => `"${c}"`).join(", ")}.`);
	checkOptions(known, tokens.flatMap((t) => (t.kind === "option" ? [t.name] : [])));
	if (command === "search") return { kind: "search", args: searchArgs(inputs, values) };
	if (command === "feed") return { kind: "feed", args: { ...feedArgs(inputs, values), create: values.create } };
	if (command === "bibtex") return { kind: "bibtex", args: bibtexArgs(inputs, values) };
	if (command === "keywords") {
		if (!values.input) throw new UsageError('--input <docs.jsonl> is required (one {"id","title","abstract"} per line, - for standard input).');
		const top = values.top === undefined ? 10 : Number(values.top);
		if (!Number.isInteger(top) || top < 1 || top > 100) throw new UsageError(`--top takes a whole number from 1 to 100 (got "${values.top}").`);
		return { kind: "keywords", args: { input: values.input, top } };
	}
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
			template: values.template,
			create: values.create,
		},
	};
}
