import { promises as fs } from "node:fs";
import { errorMessage } from "../core/words";

/**
 * A file or folder the command line names is missing or unreadable (the vault folder, the plugin's
 * saved settings): main prints the message, without the usage, and exits with code 2.
 */
export class CliInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "CliInputError";
	}
}

/** The text of a file an option names (`--atom-file`, `--rss-file`); a CliInputError naming the option and file when it cannot be read. */
export async function readInputFile(option: string, file: string): Promise<string> {
	try {
		return await fs.readFile(file, "utf8");
	} catch (error) {
		throw new CliInputError(`${option} ${file}: cannot read the file (${errorMessage(error)}).`);
	}
}
