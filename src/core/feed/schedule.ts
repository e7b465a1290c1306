/**
 * The scheduled listing: on the chosen weekdays, once Obsidian is open past the chosen time, today's
 * listing is taken once (a preview, or imported at once). arXiv announces Sunday to Thursday
 * evenings (US Eastern), so a listing is there Monday to Friday; a holiday's empty listing is said
 * by the listing itself.
 */
import { localDay } from "../dates";

export type ScheduleMode = "preview" | "import";

/** Weekdays the listing is taken on by default: Monday to Friday (0 is Sunday). */
export const DEFAULT_SCHEDULE_DAYS: readonly number[] = [1, 2, 3, 4, 5];

/** `HH:MM` (24 hours) -> minutes after midnight, or undefined when it is no time. */
export function scheduleMinutes(time: string): number | undefined {
	const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
	return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}


/**
 * Whether the scheduled listing is due now: a time is set, today is one of the days, it is that time
 * or later, and it has not run today (`lastDay`, the local day of the last scheduled run).
 */
export function scheduledListingDue(now: Date, time: string, days: readonly number[], lastDay: string | undefined): boolean {
	const at = scheduleMinutes(time);
	if (at === undefined || !days.includes(now.getDay())) return false;
	if (now.getHours() * 60 + now.getMinutes() < at) return false;
	return lastDay !== localDay(now);
}
