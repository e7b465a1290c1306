import type { ImportEvent } from "./model";
import { plural } from "./words";


/** The one-line text of an event for a notice or the CLI's log; undefined for events that show nothing. */
export function eventMessage(event: ImportEvent): string | undefined {
	switch (event.type) {
		case "fetching":
			return `Fetching ${plural(event.count, "paper")} from arXiv…`;
		case "writing":
			return `Writing ${event.index} of ${event.total}…`;
		case "enriching":
			return event.done === 0 ? `Asking the language model about ${plural(event.total, "paper")}…` : `Enriched ${event.done} of ${event.total}…`;
		default:
			return undefined;
	}
}
