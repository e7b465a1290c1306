/** The closest known name to a mistyped one, for "did you mean {{title}}?". */

const fold = (name: string): string => name.toLowerCase().replace(/[_\s-]/g, "");

/** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
function distance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const above = rows[i - 1] ?? [];
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
			row.push(best);
		}
		rows.push(row);
	}
	return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

export function closestName(name: string, known: readonly string[]): string | undefined {
	const wanted = fold(name);
	if (wanted === "") return undefined;
	// `{{keywords}}` for the group `keywords.*`: its first member.
	const member = known.find((k) => fold(k).startsWith(`${wanted}.`));
	if (member) return member;
	const limit = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
	let best: { name: string; d: number } | undefined;
	for (const k of known) {
		const d = distance(wanted, fold(k));
		if (d <= limit && (best === undefined || d < best.d)) best = { name: k, d };
	}
	if (best) return best.name;
	// `{{firstAuthor}}` for `{{firstAuthorLastName}}`: a known name it begins.
	return wanted.length >= 4 ? known.find((k) => fold(k).startsWith(wanted)) : undefined;
}
