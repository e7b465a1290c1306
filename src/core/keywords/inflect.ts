/**
 * Singular forms for matching keys, from the `pluralize` library with a few rules of our own
 * for scientific writing (fields that end in -ics, Latin plurals, words that end in -is/-us/-ss).
 */
// pluralize 8.0.0: 6.1 KB minified (2.4 KB gzip) in main.js (esbuild, one-line entry, as in TOOLCHAIN.md §3).
import pluralize from "pluralize";

/** Fields and other words that end in s but are singular (pluralize would cut `physics` to `physic`). */
const INVARIANT = `
physics mathematics economics statistics robotics ethics optics semantics linguistics electronics analytics logistics
acoustics graphics politics aesthetics informatics kinetics cybernetics ergonomics athletics photonics mechanics
arithmetics econometrics dynamics thermodynamics hydrodynamics aerodynamics electrodynamics cryptanalysis
series species news lens gas bias alias atlas canvas chaos cosmos kudos ethos pathos diabetes herpes rabies measles mumps
data media
`;

/** Latin and Greek plurals pluralize does not know. */
const IRREGULAR: readonly [singular: string, plural: string][] = [
	["spectrum", "spectra"],
	["quantum", "quanta"],
	["maximum", "maxima"],
	["minimum", "minima"],
	["optimum", "optima"],
	["formula", "formulae"],
	["antenna", "antennae"],
	["corpus", "corpora"],
	["simplex", "simplices"],
	["apex", "apices"],
	["cache", "caches"],
	["niche", "niches"],
	["avalanche", "avalanches"],
	["psyche", "psyches"],
	["cliche", "cliches"],
];

let configured = false;

function configure(): void {
	if (configured) return;
	configured = true;
	for (const word of INVARIANT.split(/\s+/)) if (word !== "") pluralize.addUncountableRule(word);
	// Fields of study: genomics, proteomics, photonics, informatics, biomechanics...
	pluralize.addUncountableRule(/(?:omics|onics|matics|dynamics|mechanics)$/i);
	for (const [singular, plural] of IRREGULAR) pluralize.addIrregularRule(singular, plural);
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * The singular of one lower-case word, for matching keys (consistent, not always a dictionary
 * word). Words of three letters or fewer, words with no final Latin letter, and words that end in
 * -ss, -us, -is or -ous (class, corpus, basis, previous) are left alone; the rest go through
 * `pluralize.singular` with the rules above: `models` → `model`, `studies` → `study`,
 * `analyses` → `analysis`, `matrices` → `matrix`, `LLMs` → `llm`, `physics` → `physics`.
 */
export function singularize(word: string): string {
	if (word.length <= 3 || !/[a-z]$/.test(word) || /(?:ss|us|is)$/.test(word)) return word;
	let singular = cache.get(word);
	if (singular === undefined) {
		configure();
		singular = pluralize.singular(word);
		if (cache.size >= CACHE_LIMIT) cache.clear();
		cache.set(word, singular);
	}
	return singular;
}
