/**
 * HTML in text that should be plain: a listing description that a feed (or a proxy in between) sent
 * as HTML, `<p>We study <a href="…">graphs</a>…</p>`. Tags go, their text stays, so no `href`,
 * `img src` or `span class` becomes a keyword or reaches a note.
 *
 * Abstracts also hold `<` as mathematics (`n<m and m>k`, `$<$`), so text is read as HTML only when
 * it shows HTML for sure: a closing tag, a tag with an attribute (`<a href=`), a void tag (`<br>`,
 * `<img …>`), `<p>` or a comment. Only the tags of HTML's own names are removed.
 */

// Inline elements: removed without a trace (`H<sub>2</sub>O` -> `H2O`). Every other tag ends a word.
const INLINE = "a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr";
const BLOCK =
	"address|area|article|aside|audio|base|blockquote|body|br|button|canvas|caption|center|col|colgroup|dd|details|dialog|div|dl|dt|embed|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|img|input|label|legend|li|link|main|map|math|menu|meta|mfrac|mi|mn|mo|mrow|msqrt|msub|msubsup|msup|mtext|nav|noscript|object|ol|optgroup|option|p|param|picture|pre|section|select|source|summary|svg|table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul|video";
const NAME = `(?:${INLINE}|${BLOCK}|script|style)`;

// A tag: its name, then attributes (quoted values may hold `>`), then `>` or `/>`.
const ATTRIBUTES = String.raw`(?:\s+[^\s"'>/=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*\s*\/?`;
const TAG = new RegExp(String.raw`<\/?(${NAME})(?=[\s/>])${ATTRIBUTES}>`, "gi");
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
const SURE_HTML = new RegExp(
	String.raw`<\/${NAME}\s*>|<${NAME}\s+[^\s"'>/=]+\s*=|<(?:br|hr|img|wbr|p)\s*\/?>|<img\s|<!--`,
	"i",
);
const INLINE_TAG = new RegExp(`^(?:${INLINE})$`, "i");

const NAMED: Readonly<Record<string, string>> = {
	amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
	ndash: "–", mdash: "—", hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»",
	middot: "·", bull: "•", deg: "°", plusmn: "±", times: "×", divide: "÷", minus: "−", le: "≤", ge: "≥", ne: "≠",
	asymp: "≈", infin: "∞", micro: "µ", copy: "©", reg: "®", trade: "™", sect: "§", para: "¶", shy: "",
	alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", lambda: "λ", mu: "μ", pi: "π", sigma: "σ", tau: "τ", phi: "φ", omega: "ω",
};

/** HTML's character references: numeric ones and the common named ones; unknown names stay as written. */
export function decodeHtmlReferences(text: string): string {
	return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));/g, (whole: string, dec?: string, hex?: string, name?: string) => {
		if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
		const cp = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? "", 16);
		const ok = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && !(cp < 0x20 && cp !== 0x9 && cp !== 0xa && cp !== 0xd);
		return ok ? String.fromCodePoint(cp) : "\uFFFD";
	});
}

/** True when `text` surely holds HTML markup (see above), not mathematics with `<` and `>`. */
export function looksLikeHtml(text: string): boolean {
	return SURE_HTML.test(text);
}

/**
 * `text` without its HTML: when it looks like HTML, comments, scripts and styles go with their
 * content, tags go and keep their text, character references are decoded. Otherwise unchanged.
 */
export function htmlToText(text: string): string {
	if (!looksLikeHtml(text)) return text;
	const stripped = text
		.replace(CDATA, "$1")
		.replace(COMMENT, " ")
		.replace(SCRIPT_OR_STYLE, " ")
		.replace(TAG, (_tag: string, name: string) => (INLINE_TAG.test(name) ? "" : " "));
	return decodeHtmlReferences(stripped);
}
