import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduledListingDue, scheduleMinutes } from "../../../src/core/feed/schedule";
import { localDay } from "../../../src/core/dates";

const WEEKDAYS = [1, 2, 3, 4, 5];
/** 2026-11-30 is a Monday. */
const at = (day: number, time: string): Date => new Date(`2026-11-${String(day).padStart(2, "0")}T${time}:00`);

describe("the scheduled listing", () => {
	it("is due on a chosen day once the time has come, once a day", () => {
		expect(scheduledListingDue(at(30, "08:29"), "08:30", WEEKDAYS, undefined)).toBe(false);
		expect(scheduledListingDue(at(30, "08:30"), "08:30", WEEKDAYS, undefined)).toBe(true);
		expect(scheduledListingDue(at(30, "23:59"), "08:30", WEEKDAYS, "2026-11-27")).toBe(true);
		expect(scheduledListingDue(at(30, "23:59"), "08:30", WEEKDAYS, "2026-11-30")).toBe(false);
		// Saturday and Sunday are not among the weekdays; every day takes them.
		expect(scheduledListingDue(at(28, "09:00"), "08:30", WEEKDAYS, undefined)).toBe(false);
		expect(scheduledListingDue(at(29, "09:00"), "08:30", [0, 1, 2, 3, 4, 5, 6], undefined)).toBe(true);
		// No time set: never.
		expect(scheduledListingDue(at(30, "09:00"), "", WEEKDAYS, undefined)).toBe(false);
	});

	it("runs at most once per local day, whatever the minutes it is asked at", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 7 * 24 * 60 }), { minLength: 1, maxLength: 200 }), (minutes) => {
				let last: string | undefined;
				const runs: string[] = [];
				for (const m of [...minutes].sort((a, b) => a - b)) {
					const now = new Date(at(30, "00:00").getTime() + m * 60_000);
					if (scheduledListingDue(now, "07:45", WEEKDAYS, last)) {
						last = localDay(now);
						runs.push(last);
						expect(now.getHours() * 60 + now.getMinutes()).toBeGreaterThanOrEqual(7 * 60 + 45);
						expect(WEEKDAYS).toContain(now.getDay());
					}
				}
				expect(new Set(runs).size).toBe(runs.length);
			}),
		);
	});

	it("reads a time as HH:MM only", () => {
		expect(["08:30", "8:05", "23:59", "00:00", "24:00", "8.30", "08:60", "", "noon"].map(scheduleMinutes)).toEqual([510, 485, 1439, 0, undefined, undefined, undefined, undefined, undefined]);
	});
});
