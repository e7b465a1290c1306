import * as nodePath from "node:path";
import moment from "moment";
import type { EnrichConfig } from "../core/enrich/config";
import { Enricher } from "../core/enrich/enricher";
import { eventMessage } from "../core/import-events";
import { parseInputs } from "../core/arxiv/identifiers";
import { Importer } from "../core/importer";
import type { FailedInput, ImportEvent, ImportSummary } from "../core/model";
import type { AtlasSettings } from "../core/settings";
import { parseCli, UsageError, type ImportArgs } from "./args";
import { helpText } from "./help";
import { version as VERSION } from "../../package.json";
import { paperSourceFor } from "./atom-file-source";
import { FolderVault } from "./folder-vault";
import { FolderSnapshots } from "./folder-snapshots";
import { cliTemplate, TemplateNoteError } from "./template-option";
import { runKeywords } from "./keywords-command";
import { runFeed } from "./feed-command";
import { runBibtex } from "./bibtex-command";
import { runSearch } from "./search-command";
import { runRank, runRelated } from "./rank-command";
import { runCitations } from "./citations-command";
import { FetchHttpClient } from "./http";
import { wikiLinks } from "./links";
import { systemClock } from "./system-clock";
import { CliInputError } from "./input-error";
import { checkVaultFolder, makeVaultFolder, vaultSettings } from "./vault-folder";
import { errorMessage } from "../core/words";

function report(summary: ImportSummary, json: boolean): string {
	if (json) {
		const warnings = summary.warnings ?? [];
		return JSON.stringify({ created: summary.created, updated: summary.updated, failed: summary.failed, ...(warnings.length > 0 ? { warnings } : {}) });
	}
	const lines = [
		`Created ${summary.created.length}, updated ${summary.updated.length}, failed ${summary.failed.length}.`,
		...summary.created.map((p) => `  created  ${p}`),
		...summary.updated.map((p) => `  updated  ${p}`),
		...summary.failed.map((f) => `  failed   ${f.input}: ${f.reason}`),
		...(summary.warnings ?? []).map((w) => `  warning  ${w}`),
		...(summary.tokens ? [`Language model: ${summary.tokens}.`] : []),
	];
	return lines.join("\n");
}

/** The model named on the command line; its key comes from the environment, never from an argument. */
function enricherFor(llm: NonNullable<ImportArgs["llm"]>, settings: AtlasSettings): Enricher {
	const config: EnrichConfig = {
		...settings.enrich,
		provider: llm.provider,
		model: llm.model,
		baseUrl: llm.baseUrl,
		apiKey: process.env["ARXIV_ATLAS_API_KEY"] ?? "",
		targetLanguage: llm.translateTo ?? settings.enrich.targetLanguage,
	};
	return new Enricher(config, new FetchHttpClient(), systemClock);
}

async function runImport(args: ImportArgs): Promise<number> {
	await checkVaultFolder(args.vault, args.create);
	const settings = await vaultSettings(args.vault);
	if (args.lang) settings.noteLanguage = args.lang;
	if (args.keywords) settings.keywordsPerPaper = args.keywords;
	if (!args.daily) settings.dailyNote = false;
	const { source, inputs, unreadable } = await paperSourceFor(args.atomFile, args.inputs);
	// Every argument is an ID, a link or a DOI: any other word is a failure with its reason, never ignored.
	const { ids, rejected } = parseInputs(inputs, systemClock.now());
	const failed: FailedInput[] = [...rejected, ...unreadable];
	const vault = new FolderVault(nodePath.resolve(args.vault));
	const template = await cliTemplate(args.template, vault, settings.layout);
	// The importer passes on what the source says beyond "not found": failed entries with the reason, left-out dates.
	const importer = new Importer({
		vault,
		snapshots: new FolderSnapshots(vault.root, vault),
		links: wikiLinks,
		arxiv: source,
		clock: systemClock,
		formatDate: (date, format) => moment(date).format(format),
	});
	const options = {
		day: args.date,
		enricher: args.llm ? enricherFor(args.llm, settings) : undefined,
		onEvent: args.json
			? undefined
			: (event: ImportEvent): void => {
					const message = eventMessage(event);
					if (message !== undefined) process.stderr.write(`${message}\n`);
				},
		template,
	};
	let summary: ImportSummary = { created: [], updated: [], failed: [] };
	if (ids.length > 0) {
		await makeVaultFolder(args.vault);
		summary = await importer.importText(ids.map((i) => i.id).join("\n"), settings, options);
	}
	summary.failed = [...failed, ...summary.failed];
	process.stdout.write(report(summary, args.json) + "\n");
	return summary.failed.length === 0 ? 0 : 1;
}

export async function main(argv: string[]): Promise<number> {
	try {
		const command = parseCli(argv);
		if (command.kind === "help") {
			process.stdout.write(helpText(command.command) + "\n");
			return 0;
		}
		if (command.kind === "version") {
			process.stdout.write(`arxiv-atlas ${VERSION}\n`);
			return 0;
		}
		if (command.kind === "feed") return await runFeed(command.args, vaultSettings);
		if (command.kind === "keywords") return await runKeywords(command.args, (line) => void process.stdout.write(`${line}\n`));
		if (command.kind === "search")
			return await runSearch(
				command.args,
				(text) => void process.stdout.write(`${text}\n`),
				(text) => void process.stderr.write(`${text}\n`),
			);
		if (command.kind === "rank") return await runRank(command.args, (text) => void process.stdout.write(`${text}\n`), (text) => void process.stderr.write(`${text}\n`));
		if (command.kind === "citations") return await runCitations(command.args, (text) => void process.stdout.write(`${text}\n`), (text) => void process.stderr.write(`${text}\n`));
		if (command.kind === "related") return await runRelated(command.args, (text) => void process.stdout.write(`${text}\n`), (text) => void process.stderr.write(`${text}\n`));
		if (command.kind === "bibtex") return await runBibtex(command.args, (text) => void process.stdout.write(`${text}\n`), (text) => void process.stderr.write(`${text}\n`));
		return await runImport(command.args);
	} catch (error) {
		if (error instanceof TemplateNoteError || error instanceof CliInputError) {
			process.stderr.write(`arxiv-atlas: ${error.message}\n`);
			return 2;
		}
		if (error instanceof UsageError) {
			// One line: what was wrong, and where the options are explained.
			const sentence = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
			process.stderr.write(`arxiv-atlas: ${sentence} See arxiv-atlas ${error.command ? `${error.command} ` : ""}--help.\n`);
			return 2;
		}
		process.stderr.write(`arxiv-atlas: ${errorMessage(error)}\n`);
		return 1;
	}
}

void main(process.argv.slice(2)).then((code) => {
	process.exitCode = code;
});
