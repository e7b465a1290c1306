/** The commands, the options each one reads, and their help: one definition for parsing and for --help. */
import { S2_BASE_URL } from "../core/citations/s2-client";

export const COMMANDS = ["import", "keywords", "feed", "search", "bibtex", "rank", "related", "citations"] as const;
export type CommandName = (typeof COMMANDS)[number];

const COMMAND_HELP: Record<CommandName, { usage: string; about: string }> = {
	import: {
		usage: "arxiv-atlas import <ids or urls...> --vault <folder> [--create] [options]",
		about: "Imports arXiv papers into a folder vault: paper notes, keyword notes, category notes and a daily note line.\nEvery argument must be an arXiv ID, link or DOI: any other word is reported as failed.",
	},
	keywords: {
		usage: "arxiv-atlas keywords --input <docs.jsonl> [--top N]",
		about: 'Prints the offline extractor\'s keywords for one {"id", "title", "abstract"} document per line ("-" reads standard input), as one {"id", "keywords": [best first]} line each.',
	},
	feed: {
		usage: "arxiv-atlas feed <cat>[+<cat>...] --vault <folder> [--create] [--rss-file <saved feed> | --date YYYY-MM-DD [--to YYYY-MM-DD]] [--announce <types>] [--offline] [--json]",
		about: "Imports a day's listing of the categories (one request) into the vault, listed in the daily note of its announce date, as Import today's arXiv listing does. With --date (and --to), the papers submitted on those past days instead, through the arXiv API.",
	},
	search: {
		usage: 'arxiv-atlas search "<query>" [--max 10] [--atom-file <file>] [--json]',
		about: "Lists arXiv papers for a query, best first: bare words search titles and abstracts; ti:, au:, abs:, cat: search one field. With --atom-file it lists the papers of that saved response (the query is not sent anywhere).",
	},
	rank: {
		usage: "arxiv-atlas rank --vault <folder> (--rss-file <saved listing> | --atom-file <saved API response>) [--library <library>] [--top N] [--json]",
		about: "Ranks a listing's papers by the vault's own papers, best first, with why (the terms and keywords they share); papers the vault has are left out. Papers the plugin's previews showed and you did not import train the model, as in the plugin.",
	},
	related: {
		usage: "arxiv-atlas related <id> --vault <folder> [--top N] [--json]",
		about: "Lists the vault's papers most like one of them, with the terms they share.",
	},
	citations: {
		usage: "arxiv-atlas citations --vault <folder> [ids...] [--base-url <url>] [--json]",
		about: "Updates the citations of the vault's papers (all, or those named) from Semantic Scholar: cites and cited_by as links between the vault's papers, citation_count, venue, published_in, published_doi, and the note's citation part. Papers named are also asked who cites them. An API key, if you have one, goes in SEMANTIC_SCHOLAR_API_KEY.",
	},
	bibtex: {
		usage: "arxiv-atlas bibtex <ids...> [--atom-file <file>]",
		about: "Prints a BibTeX entry (arXiv's style) per paper, keys unique among those printed; with --atom-file and no IDs, every paper of the file.",
	},
};

/** Each option with its value and what it does. */
const OPTION_HELP: Record<string, [string, string]> = {
	vault: ["--vault <folder>", "the vault folder; it must exist (its plugin settings, if any, are used)"],
	create: ["--create", "make the vault folder when it does not exist yet"],
	"atom-file": ["--atom-file <file>", "read a saved arXiv API response instead of the network (import, bibtex: with no IDs, every paper in it)"],
	"rss-file": ["--rss-file <file>", "read a saved listing (RSS) instead of the network"],
	announce: ["--announce <types>", "announce types to import: new,cross,replace,replace-cross (default new,cross)"],
	offline: ["--offline", "ask the arXiv API for nothing (the notes come without published/updated dates); needs --rss-file"],
	lang: ["--lang en|ko", "note language (default: the vault's plugin setting, else en)"],
	date: ["--date YYYY-MM-DD", "the daily note's day (default: today)"],
	"no-daily": ["--no-daily", "do not add a line to the daily note"],
	keywords: ["--keywords <n>", "keywords per paper (default 8)"],
	template: ["--template <file>", "lay out paper notes with this template (default: the vault's template note setting, else built-in)"],
	llm: ["--llm <provider>", "ask a language model too: openai-compatible, openai, anthropic or gemini (the API key comes from ARXIV_ATLAS_API_KEY)"],
	model: ["--model <name>", "the model, e.g. llama3.1:8b"],
	"base-url": ["--base-url <url>", "where the model answers (default: the provider's; http://localhost:11434/v1 for openai-compatible)"],
	"translate-to": ["--translate-to <lang>", "language of the translated title and abstract, e.g. Korean (default: none)"],
	input: ["--input <file>", 'one {"id", "title", "abstract"} JSON document per line ("-" for standard input)'],
	top: ["--top <n>", "keywords per document (default 10)"],
	max: ["--max <n>", "how many papers to list (default 10)"],
	json: ["--json", "print the result as JSON"],
};

/** The options each command reads; any other is a mistake to name, not to ignore. */
export const OPTIONS_OF: Record<CommandName, readonly string[]> = {
	import: ["vault", "create", "atom-file", "lang", "date", "no-daily", "keywords", "json", "llm", "model", "base-url", "translate-to", "template"],
	keywords: ["input", "top"],
	feed: ["vault", "create", "rss-file", "date", "to", "announce", "offline", "json"],
	search: ["max", "atom-file", "json"],
	bibtex: ["atom-file"],
	rank: ["vault", "rss-file", "atom-file", "library", "top", "json"],
	related: ["vault", "top", "json"],
	citations: ["vault", "base-url", "json"],
};

const EXIT_CODES = "Exit codes: 0 when everything was done, 1 when some input failed, 2 for a usage error, a missing vault\nfolder or unreadable plugin settings.";

/** What --json prints, per command. */
const JSON_HELP: Partial<Record<CommandName, string>> = {
	import: "print {created, updated, failed} as JSON, and warnings when there are some",
	feed: "print {announced, created, updated, failed, skipped, dates_completed} as JSON, with dates_missing, warnings and (on a day with no listing) message when there are some",
	search: "print the papers as a JSON array of {id, title, authors, year, primaryCategory, url}",
	rank: "print the papers as a JSON array of {id, title, score, why}, best first",
	related: "print the papers as a JSON array of {id, title, score, why}, most alike first",
	citations: "print {found, from_openalex, not_found, written, failed} as JSON",
};

/** Options whose meaning differs by command. */
const COMMAND_OPTION_HELP: Partial<Record<CommandName, Record<string, [string, string]>>> = {
	rank: { top: ["--top <n>", "how many papers to print (default 20)"], "rss-file": ["--rss-file <file>", "a saved listing (rss.arxiv.org)"], "atom-file": ["--atom-file <file>", "a saved arXiv API response"], vault: ["--vault <folder>", "the vault whose papers the listing is ranked by"], library: ["--library <library>", "the papers to rank by: all, folder:<path>, tag:<tag> or keyword:<name> (default: the first of the plugin's Libraries to rank by)"] },
	related: { top: ["--top <n>", "how many papers to print (default 10)"], vault: ["--vault <folder>", "the vault to look in"] },
	feed: {
		date: ["--date YYYY-MM-DD", "a past listing instead of today's: the papers of the categories submitted that day (the arXiv API, 200 a request, 3 s apart)"],
		to: ["--to YYYY-MM-DD", "with --date: the last day of the range (at most 7 days)"],
	},
	citations: { "base-url": ["--base-url <url>", `a server that answers as the Semantic Scholar Graph API does (default ${S2_BASE_URL})`], vault: ["--vault <folder>", "the vault whose papers get their citations"] },
};

function options(command: CommandName): string {
	const names = OPTIONS_OF[command];
	const help = (n: string): [string, string] =>
		n === "json" && JSON_HELP[command] !== undefined ? ["--json", JSON_HELP[command]] : (COMMAND_OPTION_HELP[command]?.[n] ?? OPTION_HELP[n] ?? [`--${n}`, ""]);
	const rows: [string, string][] = [...names.map(help), ["-h, --help", "show this help"]];
	const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
	return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join("\n");
}

/** The help of one command, or of the whole CLI. */
export function helpText(command?: CommandName): string {
	if (command !== undefined) {
		const { usage, about } = COMMAND_HELP[command];
		return `Usage: ${usage}\n\n${about}\n\nOptions:\n${options(command)}\n\n${EXIT_CODES}`;
	}
	const usages = COMMANDS.map((c, i) => `${i === 0 ? "Usage: " : "       "}${COMMAND_HELP[c].usage}`).join("\n");
	const about = COMMANDS.map((c) => `  ${c.padEnd(10)}${COMMAND_HELP[c].about.split("\n")[0] ?? ""}`).join("\n");
	return `${usages}\n\nCommands:\n${about}\n\nRun arxiv-atlas <command> --help for a command's options; arxiv-atlas --version (or -v) for the version.\n\n${EXIT_CODES}`;
}
