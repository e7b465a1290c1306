/**
 * Which category codes arXiv can send. A category reaches notes as a link, a property, a tag-like
 * label and a category note's file name, so only the arXiv form gets through: an archive the
 * taxonomy knows (`cs`, `hep-th`, `astro-ph`, `q-bio`, `physics`), optionally with a subject class of
 * two capitals (`cs.AI`, `math.GT`, `astro-ph.CO`, `q-bio.BM`) or of lower-case words joined by
 * hyphens (`physics.soc-ph`, `cond-mat.mes-hall`). Classes arXiv adds later under a known archive
 * pass; anything else (markup, paths, MSC/ACM classes such as `68T05` or `I.2.7`) does not.
 */
import { ARCHIVES, CATEGORY_NAMES } from "./taxonomy-data";

const FORM = /^([a-z]+(?:-[a-z]+)*)(?:\.([A-Z]{2}|[a-z]+(?:-[a-z]+)*))?$/;
const archives = new Set<string>(ARCHIVES);
const style = (subjectClass: string): string => (/^[A-Z]/.test(subjectClass) ? "AB" : "ab");

/** How each archive writes its subject classes in the taxonomy: `cs.AI` (two capitals), `physics.soc-ph` (words). */
const classStyles = new Map<string, Set<string>>();
for (const code of Object.keys(CATEGORY_NAMES)) {
	const m = FORM.exec(code);
	if (m?.[1] === undefined || m[2] === undefined) continue;
	const styles = classStyles.get(m[1]) ?? new Set<string>();
	styles.add(style(m[2]));
	classStyles.set(m[1], styles);
}

/**
 * True for an arXiv category code (`cs.AI`, `hep-th`, `physics.soc-ph`) or archive (`cs`, `math`):
 * a code of the taxonomy, or a known archive with a subject class written the way that archive
 * writes its classes (`cs.XY` may be a new class, `cs.ai` and `hep-th.XY` are not).
 */
export function isCategoryCode(code: string): boolean {
	if (Object.prototype.hasOwnProperty.call(CATEGORY_NAMES, code)) return true;
	const m = FORM.exec(code);
	if (m?.[1] === undefined || !archives.has(m[1])) return false;
	return m[2] === undefined || (classStyles.get(m[1])?.has(style(m[2])) ?? false);
}

/**
 * A class of another scheme that arXiv's Atom answers list next to the categories (MSC `03B70,
 * 68Q99`, ACM `F.4.1; K.2`): dropped without a word, as it was never meant to be a category.
 */
export function isSubjectClass(term: string): boolean {
	return /^[0-9A-Z][0-9A-Za-z.,;:()\s-]*$/.test(term);
}

/** What a warning quotes of a value from outside: one line, at most 60 characters. */
export function quoted(value: string): string {
	const line = value.replace(/\s+/g, " ").trim();
	const chars = Array.from(line);
	return `"${chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : line}"`;
}

/**
 * The valid categories of a paper, each once, `primary` first when it is valid (else the first valid
 * one is primary), and a warning for each value that is neither a category nor a class of another
 * scheme: `2401.00001: arXiv gave it the category "<img src=x>", which is not an arXiv category; it is left out`.
 */
export function validCategories(id: string, primary: string, terms: readonly string[]): { primaryCategory: string; categories: string[]; warnings: string[] } {
	const warnings: string[] = [];
	const categories: string[] = [];
	const seenInvalid = new Set<string>();
	for (const term of [primary, ...terms]) {
		if (term === "" || categories.includes(term)) continue;
		if (isCategoryCode(term)) categories.push(term);
		else if (!isSubjectClass(term) && !seenInvalid.has(term)) {
			seenInvalid.add(term);
			warnings.push(`${id}: arXiv gave it the category ${quoted(term)}, which is not an arXiv category; it is left out of the note`);
		}
	}
	return { primaryCategory: categories[0] ?? "", categories, warnings };
}
