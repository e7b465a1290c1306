import { spawn } from "node:child_process";

export interface CliRun {
	code: number | null;
	stdout: string;
	stderr: string;
	/** Wall time from start to exit. */
	ms: number;
}

/** Runs a built CLI (`cli`, a cli.cjs) in a child `node` without blocking this process, so a server in it can answer. */
export function runCli(cli: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
		child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
		child.on("error", reject);
		child.on("close", (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
	});
}
