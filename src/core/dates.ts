/** The local day of a moment, YYYY-MM-DD (a daily note's day, the day a daily run last ran). */
const pad = (n: number): string => String(n).padStart(2, "0");

export function localDay(date: Date): string {
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local time of a moment, HH:MM:SS. */
export function localTime(date: Date): string {
	return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * The local day a stamp names (`2026-09-24`, or `2026-09-24T10:00:00` as `imported` is written), at
 * noon, which no change of clocks moves to another day; undefined for anything else.
 */
export function dayOf(stamp: string | undefined): Date | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(stamp ?? "");
	return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
}
