/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const SPECIAL: Readonly<Record<string, string>> = {
	ß: "ss",
	ẞ: "SS",
	ø: "o",
	Ø: "O",
	ł: "l",
	Ł: "L",
	đ: "d",
	Đ: "D",
	ð: "d",
	Ð: "D",
	þ: "th",
	Þ: "Th",
	æ: "ae",
	Æ: "AE",
	œ: "oe",
	Œ: "OE",
	ı: "i",
	ħ: "h",
	Ħ: "H",
	ŋ: "ng",
	Ŋ: "NG",
};

/** Latin text to plain ASCII letters: `Jürgen Müller` -> `Jurgen Muller`, `Groß` -> `Gross`, `Łukasz` -> `Lukasz`. Other scripts are dropped. */
export function asciiFold(text: string): string {
	return text
		.replace(/[ßẞøØłŁđĐðÐþÞæÆœŒıħĦŋŊ]/g, (c) => SPECIAL[c] ?? c)
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.replace(/[^\x20-\x7e]/g, "");
}
