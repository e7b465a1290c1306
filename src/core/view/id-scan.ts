/** An arXiv ID or arXiv link found in text. */
export interface FoundId {
	/** Offsets of the whole match (link or ID) in the scanned text, plus the offset given. */
	from: number;
	to: number;
	/** Canonical ID without version: `2502.15871`, `hep-th/9901001`. */
	id: string;
}

// One pass, no lookbehind (iOS < 16.4): an arxiv.org abs/pdf/html link, an `arXiv:` prefix, or a bare ID.
const PATTERN =
	/(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/([a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?|(?:arxiv:)?\b(\d{4}\.\d{4,5}|(?:astro-ph|cond-mat|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|nlin|nucl-ex|nucl-th|physics|quant-ph|math|cs|q-bio|q-fin|stat|eess|econ|chao-dyn|solv-int|alg-geom|dg-ga|funct-an|q-alg|patt-sol|adap-org|cmp-lg|comp-gas|chem-ph|atom-ph|bayes-an|plasm-ph|ao-sci|acc-phys|mtrl-th|supr-con)(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?\b/gi;

function plausible(id: string): boolean {
	const slash = id.indexOf("/");
	const digits = slash === -1 ? id : id.slice(slash + 1);
	const month = Number(digits.slice(2, 4));
	if (month < 1 || month > 12) return false;
	if (slash !== -1) return true;
	const yy = Number(digits.slice(0, 2));
	const number = digits.slice(5);
	if (yy < 7 || (yy === 7 && month < 4)) return false;
	return yy < 15 ? number.length === 4 : number.length === 5;
}

/** Old-style IDs lose their subject class (`math.GT/0309136` -> `math/0309136`), as arXiv names them. */
function canonical(raw: string): string {
	const slash = raw.indexOf("/");
	if (slash === -1) return raw;
	const archive = raw.slice(0, slash).toLowerCase();
	const dot = archive.indexOf(".");
	return (dot === -1 ? archive : archive.slice(0, dot)) + raw.slice(slash);
}

/**
 * Every arXiv ID and arXiv link in `text`, in order. Fast enough to run on each editor viewport:
 * a single regular expression, no parsing of the rest of the text. `offset` is added to positions.
 */
export function scanArxivIds(text: string, offset = 0): FoundId[] {
	const out: FoundId[] = [];
	PATTERN.lastIndex = 0;
	for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
		const raw = m[1] ?? m[2];
		if (raw === undefined) continue;
		// A bare ID glued to a letter or a dot before it (`v2502.15871`, `1.2502.15871`) is not an ID.
		if (m[1] === undefined && m.index > 0 && !/^arxiv:/i.test(m[0])) {
			const before = text.charAt(m.index - 1);
			if (/[\w./-]/.test(before)) continue;
		}
		if (!plausible(raw)) continue;
		out.push({ from: offset + m.index, to: offset + m.index + m[0].length, id: canonical(raw) });
	}
	return out;
}

/** The distinct IDs of a text, in order of first appearance. */
export function distinctIds(text: string): string[] {
	return [...new Set(scanArxivIds(text).map((f) => f.id))];
}
