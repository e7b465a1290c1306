/** Types of zip.mjs (the release zip writer). */
export function zip(files: Record<string, string | Uint8Array>, date?: Date): Buffer;
