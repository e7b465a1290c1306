/**
 * arXiv metadata is typed by authors in TeX: `Landauer-B\"uttiker`, `Schr{\"o}dinger`, `G\'{e}rard`.
 * Accent commands become the accented letter (NFC) so names read, search and link as words.
 * Everything else, math included, is left as it is.
 */
const ACCENTS: Record<string, string> = {
	'"': "\u0308", // diaeresis
	"'": "\u0301", // acute
	"`": "\u0300", // grave
	"^": "\u0302", // circumflex
	"~": "\u0303", // tilde
	"=": "\u0304", // macron
	".": "\u0307", // dot above
	u: "\u0306", // breve
	v: "\u030C", // caron
	H: "\u030B", // double acute
	c: "\u0327", // cedilla
	k: "\u0328", // ogonek
	r: "\u030A", // ring
};

const LETTERS: Record<string, string> = { ss: "ß", o: "ø", O: "Ø", aa: "å", AA: "Å", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", l: "ł", L: "Ł", i: "ı" };

// {\"u}, \"{u}, \"u, \c{c}, \c c ; the letter may be \i (dotless i).
const ACCENT_RE = /\{?\\(["'`^~=.]|[uvHckr](?=[\s{]))\s*(?:\{\s*(\\i|[A-Za-z])\s*\}|(\\i|[A-Za-z]))\}?/g;
const LETTER_RE = /\{\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L)\}|\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L)(?:\{\}|\s+|(?![A-Za-z]))/g;

export function decodeLatexAccents(text: string): string {
	if (!text.includes("\\")) return text;
	return text
		.replace(ACCENT_RE, (match: string, accent: string, braced?: string, bare?: string) => {
			const mark = ACCENTS[accent];
			const letter = (braced ?? bare ?? "") === "\\i" ? "i" : (braced ?? bare ?? "");
			return mark && letter ? (letter + mark).normalize("NFC") : match;
		})
		.replace(LETTER_RE, (match: string, braced?: string, bare?: string) => LETTERS[braced ?? bare ?? ""] ?? match);
}

/** `\emph{word}`, `\textit{…}`, `\textbf{…}` and the like: the words, without the command. */
const TEXT_COMMAND_RE = /\\(?:emph|textit|textbf|textsc|textrm|textsf|texttt|mathrm|text)\{([^{}\\$]*)\}/g;
/** `\[arXiv:0808.0620\]`: brackets escaped in prose (not display math: nothing math-like inside). */
const ESCAPED_BRACKETS_RE = /\\\[([^\\\]$^_=]*)\\\]/g;

/**
 * Symbols authors write as TeX commands in prose, outside `$…$` ("0.30 \pm 0.04", "\sim 10 GeV",
 * "\alpha-particles"): the character each stands for. Inside math they stay, as math.
 */
const SYMBOLS: Record<string, string> = {
	pm: "±", mp: "∓", times: "×", cdot: "·", sim: "∼", approx: "≈", simeq: "≃", propto: "∝",
	leq: "≤", le: "≤", geq: "≥", ge: "≥", neq: "≠", ll: "≪", gg: "≫", infty: "∞", deg: "°",
	rightarrow: "→", to: "→", leftarrow: "←", leftrightarrow: "↔", Rightarrow: "⇒",
	alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ", eta: "η", theta: "θ",
	iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", rho: "ρ", sigma: "σ", tau: "τ",
	upsilon: "υ", phi: "φ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω",
	Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π", Sigma: "Σ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
};
const SYMBOL_RE = new RegExp(`\\\\(${Object.keys(SYMBOLS).join("|")})(?![A-Za-z])(?:\\{\\})?`, "g");
/** `$$…$$` and `$…$` spans: math, left as written. */
const MATH_RE = /(\$\$[\s\S]*?\$\$|\$[^$]*\$)/;

function symbolsOutsideMath(text: string): string {
	return text
		.split(MATH_RE)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(SYMBOL_RE, (_m: string, name: string) => SYMBOLS[name] ?? _m)))
		.join("");
}

/**
 * TeX written in titles and abstracts, read as the text it stands for: ``quotes'' become “quotes”,
 * `\[…\]` around a reference becomes […], `\%`, `\&`, `\#`, `\_` their characters, `\emph{…}`
 * and similar font commands their words, and symbol commands in prose (`\pm`, `\sim`, `\alpha`)
 * their characters. Math (`$…$`) and anything else are left as written.
 */
export function decodeTexText(text: string): string {
	let out = decodeLatexAccents(text);
	if (!out.includes("`") && !out.includes("''") && !out.includes("\\")) return out;
	out = out.replace(/``(?=\S)/g, "\u201c").replace(/(\S)''/g, "$1\u201d");
	if (!out.includes("\\")) return out;
	return symbolsOutsideMath(
		out
			.replace(TEXT_COMMAND_RE, "$1")
			.replace(ESCAPED_BRACKETS_RE, "[$1]")
			.replace(/\\([%&#_])/g, "$1"),
	);
}
