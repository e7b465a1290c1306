import { parseArgs } from "node:util";
import { PROVIDER_KINDS, type ProviderKind } from "../core/enrich/config";
import { bibtexArgs, type BibtexArgs } from "./bibtex-command";
import { searchArgs, type SearchArgs } from "./search-command";
import { feedArgs, type FeedArgs } from "./feed-command";
import { rankArgs, relatedArgs, type RankArgs, type RelatedArgs } from "./rank-command";
import { citationsArgs, type CitationsArgs } from "./citations-command";
import { UsageError } from "./usage-error";
import { COMMANDS, OPTIONS_OF, type CommandName } from "./help";
import { errorMessage } from "../core/words";
import { errorCode } from "./error-code";

// The commands' argument parsers throw UsageError too: it lives in its own module so that they need
// not import this one (which imports them).
export { UsageError };



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
	| { kind: "help"; command?: CommandName }
	| { kind: "version" }
	| { kind: "import"; args: ImportArgs }
	| { kind: "keywords"; args: { input: string; top: number } }
	| { kind: "search"; args: SearchArgs }
	| { kind: "bibtex"; args: BibtexArgs }
	| { kind: "feed"; args: FeedArgs }
	| { kind: "rank"; args: RankArgs }
	| { kind: "related"; args: RelatedArgs }
	| { kind: "citations"; args: CitationsArgs };

function parseDay(value: string): Date {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
	if (!date || date.getMonth() !== Number(m?.[2]) - 1) throw new UsageError(`--date takes a day as YYYY-MM-DD, like 2025-09-18 (got "${value}").`);
	return date;
}

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
	const text = errorMessage(error);
	const code = errorCode(error);
	const unknown = /^Unknown option '([^']+)'/.exec(text);
	if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) return `Unknown option ${unknown[1] ?? ""} (a value starting with "-" goes after "--").`;
	const missing = /^Option '(--[^ ']+) <value>' argument missing/.exec(text);
	if (missing) return `${missing[1] ?? ""} needs a value.`;
	return text.replace(/\.$/, "") + ".";
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
				library: { type: "string" },
				to: { type: "string" },
				help: { type: "boolean", short: "h", default: false },
				version: { type: "boolean", short: "v", default: false },
			},
		});
	} catch (error) {
		// The command, when one was named, so the message can point at its help.
		throw new UsageError(optionProblem(error), COMMANDS.find((c) => c === argv.find((a) => !a.startsWith("-"))));
	}
	const { values, positionals, tokens } = parsed;
	const [command, ...inputs] = positionals;
	if (values.version) return { kind: "version" };
	const known = COMMANDS.find((c) => c === command);
	if (values.help || command === undefined || command === "help") return known ? { kind: "help", command: known } : { kind: "help" };
	if (known === undefined) throw new UsageError(`Unknown command "${command}". The commands are ${COMMANDS.map((c) => `"${c}"`).join(", ")}.`);
	// A mistake below is about this command: its message points at the command's help.
	const withCommand = (error: unknown): never => {
		if (error instanceof UsageError && error.command === undefined) error.command = known;
		throw error;
	};
	try {
		checkOptions(known, tokens.flatMap((t) => (t.kind === "option" ? [t.name] : [])));
	if (command === "search") return { kind: "search", args: searchArgs(inputs, values) };
	if (command === "feed") return { kind: "feed", args: feedArgs(inputs, values) };
	if (command === "bibtex") return { kind: "bibtex", args: bibtexArgs(inputs, values) };
	if (command === "rank") {
		if (inputs.length > 0) throw new UsageError(`rank takes no arguments but its options (got "${inputs.join(" ")}").`);
		return { kind: "rank", args: rankArgs(values) };
	}
	if (command === "related") return { kind: "related", args: relatedArgs(inputs, values) };
	if (command === "citations") return { kind: "citations", args: citationsArgs(inputs, values) };
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
	} catch (error) {
		return withCommand(error);
	}
}
