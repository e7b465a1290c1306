/** A mistake in the command line: main prints it with the usage and exits with code 2. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UsageError";
	}
}
