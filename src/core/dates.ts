/** The local day of a moment, YYYY-MM-DD (a daily note's day, the day a daily run last ran). */
export function localDay(date: Date): string {
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
