import type { Clock } from "../core/ports";

export const systemClock: Clock = {
	now: () => new Date(),
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
