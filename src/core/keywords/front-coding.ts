/**
 * Front coding of a sorted word list (lower-case letters only): each word is the number of
 * letters it shares with the one before (a digit, at most 9), then the letters that follow.
 * `abate abbreviate abet` -> `0abate2breviate2et`.
 */
export function encodeFrontCoded(words: readonly string[]): string {
	let previous = "";
	let out = "";
	for (const word of words) {
		let shared = 0;
		while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
		out += `${shared}${word.slice(shared)}`;
		previous = word;
	}
	return out;
}

export function decodeFrontCoded(coded: string): string[] {
	const out: string[] = [];
	let previous = "";
	for (let i = 0; i < coded.length; ) {
		const shared = coded.charCodeAt(i) - 48;
		let end = i + 1;
		while (end < coded.length && !/\d/.test(coded.charAt(end))) end++;
		previous = previous.slice(0, shared) + coded.slice(i + 1, end);
		out.push(previous);
		i = end;
	}
	return out;
}
