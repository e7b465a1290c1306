/** Tokens a provider reports having used, summed over the requests of a paper or a run. */
export interface TokenUsage {
	inputTokens: number;
	outputTokens: number;
}

export const NO_USAGE: Readonly<TokenUsage> = { inputTokens: 0, outputTokens: 0 };

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
	return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

/** A count from a provider's usage field: a non-negative finite number, or 0. */
export function tokenCount(value: unknown): number {
	return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}

const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/** For the final notice: `1,234 tokens (1,000 in, 234 out)`. */
export function describeUsage(usage: TokenUsage): string {
	const total = usage.inputTokens + usage.outputTokens;
	return `${group(total)} ${total === 1 ? "token" : "tokens"} (${group(usage.inputTokens)} in, ${group(usage.outputTokens)} out)`;
}
