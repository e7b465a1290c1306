/**
 * What the user types in the search box, as an arXiv API `search_query`.
 *
 * - Field prefixes pass through: `ti:`, `au:`, `abs:`, `co:`, `jr:`, `cat:`, `rn:`, `id:`, `all:`
 *   (any case), with a word, a "quoted phrase" or a (group); so do `AND`, `OR`, `ANDNOT` (upper case)
 *   and parentheses.
 * - A bare word or "phrase" searches titles and abstracts: `graph` -> `(ti:graph OR abs:graph)`.
 * - Terms side by side must all match (each typed word narrows the results, as in a title search):
 *   arXiv itself would read a space as OR, so they are joined with AND. Inside a field's group,
 *   `au:(smith jones)`, the space keeps arXiv's meaning.
 * - A bare arXiv ID (`2502.15871`, `arXiv:2502.15871`, `hep-th/9901001v2`) searches by ID: `id:2502.15871`.
 * - Fixes for arXiv's parser: a hyphenated word becomes a phrase (`non-invasive` -> `"non invasive"`;
 *   arXiv reads the hyphen as NOT), punctuation around bare words is dropped (a `?` would be a
 *   wildcard), bare words are lower-cased (arXiv ignores case in text), and what the user is still
 *   typing is closed off: a dangling operator, an unclosed quote or parenthesis, a prefix with nothing
 *   after it.
 *
 * The result is stable: `searchQuery(searchQuery(x)) === searchQuery(x)`, so it doubles as the cache key.
 */

const FIELDS: ReadonlySet<string> = new Set(["ti", "au", "abs", "co", "jr", "cat", "rn", "id", "all"]);
/** Fields whose values keep their hyphens (`cat:hep-th`, report numbers, IDs). */
const CODE_FIELDS: ReadonlySet<string> = new Set(["cat", "rn", "id"]);
const OPERATORS: ReadonlySet<string> = new Set(["AND", "OR", "ANDNOT"]);

const NEW_ID = /^\d{4}\.\d{4,5}(v\d+)?$/;
const OLD_ID = /^[a-z-]+(\.[A-Za-z-]+)?\/\d{7}(v\d+)?$/;

type Token =
	| { t: "word"; text: string }
	| { t: "phrase"; text: string }
	| { t: "op"; op: string }
	| { t: "open"; field?: string }
	| { t: "close" }
	| { t: "field"; field: string; value: string; phrase: boolean };

function tokenize(input: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	const readPhrase = (): string => {
		const end = input.indexOf('"', i + 1);
		const text = input.slice(i + 1, end === -1 ? input.length : end);
		i = end === -1 ? input.length : end + 1;
		return text;
	};
	while (i < input.length) {
		const c = input.charAt(i);
		if (/\s/.test(c)) {
			i++;
		} else if (c === "(") {
			tokens.push({ t: "open" });
			i++;
		} else if (c === ")") {
			tokens.push({ t: "close" });
			i++;
		} else if (c === '"') {
			tokens.push({ t: "phrase", text: readPhrase() });
		} else {
			const field = /^([A-Za-z]+):/.exec(input.slice(i));
			const name = field?.[1]?.toLowerCase();
			if (field && name !== undefined && FIELDS.has(name)) {
				i += field[0].length;
				const next = input.charAt(i);
				if (next === '"') tokens.push({ t: "field", field: name, value: readPhrase(), phrase: true });
				else if (next === "(") {
					tokens.push({ t: "open", field: name });
					i++;
				} else {
					const value = /^[^\s()"]*/.exec(input.slice(i))?.[0] ?? "";
					i += value.length;
					tokens.push({ t: "field", field: name, value, phrase: false });
				}
				continue;
			}
			const word = /^[^\s()"]+/.exec(input.slice(i))?.[0] ?? c;
			i += word.length;
			tokens.push(OPERATORS.has(word) ? { t: "op", op: word } : { t: "word", text: word });
		}
	}
	return tokens;
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/** A phrase's words, lower-cased, without the punctuation arXiv's parser would act on. */
function phraseText(text: string): string {
	return collapse(text.toLowerCase().replace(/[^\p{L}\p{N}\s'*]+/gu, " "));
}

/** A value inside a field: hyphenated words become phrases, except for codes (categories, IDs). */
function fieldValue(field: string, value: string, phrase: boolean): string | undefined {
	if (phrase) {
		const text = collapse(value.replace(/"/g, ""));
		return text === "" ? undefined : `"${text}"`;
	}
	if (value === "") return undefined;
	if (CODE_FIELDS.has(field) || !/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(value)) return value;
	return `"${collapse(value.replace(/-/g, " "))}"`;
}

/** A bare word or phrase in titles or abstracts; undefined when nothing searchable is left. */
function bare(text: string, quoted: boolean, field: string | undefined): string | undefined {
	if (field !== undefined && CODE_FIELDS.has(field)) return fieldValue(field, text, quoted);
	const id = text.replace(/^arxiv:/i, "");
	if (field === undefined && !quoted && (NEW_ID.test(id) || OLD_ID.test(id))) return `id:${id.replace(/v\d+$/, "")}`;
	const words = phraseText(quoted ? text : text.replace(/\?/g, " "));
	if (words === "" || words === "*") return undefined;
	const term = words.includes(" ") ? `"${words}"` : words;
	if (field !== undefined) return term;
	return `(ti:${term} OR abs:${term})`;
}

interface Parser {
	tokens: Token[];
	pos: number;
}

/**
 * `expr := term ((op)? term)*`; inside a field's group (`field` set) a missing operator stays a space
 * (arXiv's OR), elsewhere it becomes AND. Dangling operators and empty groups are dropped.
 */
function expression(p: Parser, field: string | undefined, depth: number): string[] {
	const parts: string[] = [];
	let pending: string | undefined;
	while (p.pos < p.tokens.length) {
		const token = p.tokens[p.pos];
		if (token === undefined) break;
		if (token.t === "close") {
			p.pos++;
			if (depth > 0) break;
			continue;
		}
		if (token.t === "op") {
			p.pos++;
			if (parts.length > 0) pending = token.op;
			continue;
		}
		const term = termOf(p, token, field, depth);
		if (term === undefined) continue;
		if (parts.length > 0) parts.push(pending ?? (field === undefined ? "AND" : ""));
		parts.push(term);
		pending = undefined;
	}
	return parts;
}

function termOf(p: Parser, token: Token, field: string | undefined, depth: number): string | undefined {
	p.pos++;
	switch (token.t) {
		case "word":
			return bare(token.text, false, field);
		case "phrase":
			return bare(token.text, true, field);
		case "field":
			return field === undefined ? prefixed(token.field, fieldValue(token.field, token.value, token.phrase)) : fieldValue(field, token.value, token.phrase);
		case "open": {
			const inner = field ?? token.field;
			const parts = expression(p, inner, depth + 1);
			if (parts.length === 0) return undefined;
			const text = join(parts);
			if (token.field !== undefined && field === undefined) return `${token.field}:(${text})`;
			return parts.length === 1 ? text : `(${text})`;
		}
		default:
			return undefined;
	}
}

const prefixed = (field: string, value: string | undefined): string | undefined => (value === undefined ? undefined : `${field}:${value}`);

const join = (parts: string[]): string => parts.filter((part) => part !== "").join(" ");

export function searchQuery(userText: string): string {
	const parser: Parser = { tokens: tokenize(userText), pos: 0 };
	return join(expression(parser, undefined, 0));
}

/** arXiv's limit for one request. */
export const MAX_SEARCH_RESULTS = 2000;

/**
 * The API request for what the user typed (translated with `searchQuery`), best matches first.
 * Throws RangeError when there is nothing to search for or `max` is not 1 … 2000; check
 * `searchQuery(text) !== ""` before calling while the user is typing.
 */
export function searchUrl(userText: string, max: number, baseUrl = "https://export.arxiv.org/api/query"): string {
	const query = searchQuery(userText);
	if (query === "") throw new RangeError("nothing to search for: type a word of the title, or a field such as au:name");
	if (!Number.isInteger(max) || max < 1 || max > MAX_SEARCH_RESULTS) {
		throw new RangeError(`the number of results must be a whole number from 1 to ${MAX_SEARCH_RESULTS}`);
	}
	const encoded = encodeURIComponent(query).replace(/%20/g, "+").replace(/%3A/gi, ":").replace(/\(/g, "%28").replace(/\)/g, "%29");
	return `${baseUrl}?search_query=${encoded}&start=0&max_results=${max}&sortBy=relevance&sortOrder=descending`;
}
