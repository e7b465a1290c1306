/** Types of scale-fixtures.mjs (generated inputs for `npm run bench:scale`). */
export function vaultFiles(papers: number): Record<string, string>;
export function writeVault(dir: string, papers: number): void;
export function atomWith(count: number): string;
export function listingWith(count: number): string;
