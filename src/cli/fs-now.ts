import sync from "node:fs";

/**
 * The few file calls the folder vault and the lock make, done synchronously behind the promise API
 * of `fs.promises`. The CLI does one thing at a time, and a note is a few kilobytes: a synchronous
 * call takes microseconds, while each asynchronous one waits for a round trip through Node's thread
 * pool (measured: 60% of an import of 100 papers was spent idle in those waits).
 */
function now<T>(call: () => T): Promise<T> {
	try {
		return Promise.resolve(call());
	} catch (error) {
		return Promise.reject(error instanceof Error ? error : new Error(String(error)));
	}
}

export const fsNow = {
	readFile: (path: string, encoding: "utf8"): Promise<string> => now(() => sync.readFileSync(path, encoding)),
	writeFile: (path: string, data: string, options: "utf8" | { encoding?: "utf8"; flag?: string } = "utf8"): Promise<void> => now(() => sync.writeFileSync(path, data, options)),
	appendFile: (path: string, data: string): Promise<void> => now(() => sync.appendFileSync(path, data, "utf8")),
	readdirTyped: (path: string): Promise<sync.Dirent[]> => now(() => sync.readdirSync(path, { withFileTypes: true })),
	mkdir: (path: string, options: { recursive: true }): Promise<void> => now(() => void sync.mkdirSync(path, options)),
	link: (from: string, to: string): Promise<void> => now(() => sync.linkSync(from, to)),
	rename: (from: string, to: string): Promise<void> => now(() => sync.renameSync(from, to)),
	rm: (path: string, options: { force: true; recursive?: boolean }): Promise<void> => now(() => sync.rmSync(path, options)),
	access: (path: string): Promise<void> => now(() => sync.accessSync(path)),
	stat: (path: string): Promise<sync.Stats> => now(() => sync.statSync(path)),
	utimes: (path: string, atime: Date, mtime: Date): Promise<void> => now(() => sync.utimesSync(path, atime, mtime)),
	/** The file's text and its stat, from one open file (so the stat is that text's). */
	readWithStat: (path: string): Promise<{ text: string; stat: sync.Stats }> =>
		now(() => {
			const fd = sync.openSync(path, "r");
			try {
				return { stat: sync.fstatSync(fd), text: sync.readFileSync(fd, "utf8") };
			} finally {
				sync.closeSync(fd);
			}
		}),
};
