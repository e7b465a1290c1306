/**
 * A mistake in the command line: main prints it on one line, with the help to look at, and exits
 * with code 2. `command` names the command whose help says more.
 */
export class UsageError extends Error {
	command?: string;

	constructor(message: string, command?: string) {
		super(message);
		this.name = "UsageError";
		if (command !== undefined) this.command = command;
	}
}
