import { describe, expect, it } from "vitest";
import { sanitizeKeyPoints, sanitizeKeywords, sanitizeText } from "../../../src/core/enrich/sanitize";
import { escapeInline } from "../../../src/core/notes/markdown";

describe("sanitizeText keeps ordinary text as it is", () => {
	it.each([
		["Korean", "대규모 언어 모델(LLM)의 신뢰성을 조사합니다."],
		["Japanese", "本論文では、医療における大規模言語モデルの信頼性を調査する。"],
		["German with quotes", "Wir untersuchen „Vertrauenswürdigkeit“ von LLMs – ein Überblick."],
		["comparisons and maths", "Accuracy improves when n < 100 and p > 0.5, with O(n log n) cost and 95% recall."],
		["citations in brackets", "As shown in [12] and [3, 4], the bound is tight."],
		["code-like names", "We release Graph-RAG++ and the snake_case tool_name for C# users."],
		["an en dash and a double hyphen", "Results -- as expected -- hold for 2020–2024."],
		["emoji with a zero-width joiner", "Researchers 👩‍🔬 agree."],
		["Hindi with a zero-width joiner", "क्‍ष अक्षर"],
	])("%s", (_name, text) => {
		expect(sanitizeText(text)).toBe(text);
	});
});

describe("sanitizeText removes markup", () => {
	it.each([
		["an image embed, whole", "Before ![alt](https://x.org/a.png) after", "Before after"],
		["a note embed, whole", "Before ![[Note]] after", "Before after"],
		["a wikilink, keeping what it shows", "See [[Folder/Note|this note]] and [[Other#Part]]", "See this note and Other Part"],
		["a Markdown link, keeping its text", "Read [the paper](https://x.org/p) now", "Read the paper now"],
		["bare URLs", "Code at https://github.com/x/y and www.example.org.", "Code at and"],
		["HTML tags, keeping their text", "<p>One <em>two</em></p><br/>three", "One two three"],
		["heading, quote and list markers", "## Title\n> quoted\n- item\n1) first", "Title quoted item first"],
		["emphasis, highlights and code", "**bold** __strong__ ~~gone~~ ==marked== `code`", "bold strong gone marked code"],
		["frontmatter delimiters", "---\nkey: value\n---", "key: value"],
		["a run of hyphens inside a line", "a --- b", "a — b"],
		["tags", "About #graphs and #ml", "About graphs and ml"],
	])("%s", (_name, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	it("gives one line, and nothing when only markup was there", () => {
		expect(sanitizeText("first\n\nsecond\r\nthird")).toBe("first second third");
		expect(sanitizeText("![](https://x.org/a.png) <br> ---")).toBe("");
	});

	it("cuts very long text at a word, with an ellipsis", () => {
		const out = sanitizeText("word ".repeat(100), 50);
		expect(Array.from(out).length).toBeLessThanOrEqual(50);
		expect(out).toMatch(/word…$/);
	});

	it("leaves nothing escapeInline would have to rescue: the escaped text has no live markup", () => {
		const out = escapeInline(sanitizeText("<<script>>![[x]]<img src=x>[a](b)https://e.org"));
		expect(out.replace(/\\[\s\S]/g, "")).not.toMatch(/!\[|\[\[|\]\(|<[a-z]|:\/\//i);
	});
});

describe("key points and keywords", () => {
	it("key points lose their own list markers, task boxes and empty items, at most 7", () => {
		expect(sanitizeKeyPoints(["- one", "* two", "3. three", "[ ] four", "", "<br>", "five", "six", "seven", "eight", "nine"])).toEqual(["one", "two", "three", "four", "five", "six", "seven"]);
	});

	it("keywords become safe note names, each concept once, at most 5 per category", () => {
		expect(
			sanitizeKeywords({
				evolved: ["Large Language Models", "LLMs", "large language model"],
				broad: ["[[Machine Learning]]", "Machine learning", "a/b:c*d"],
				specific: ["`GNN`", "x", "y", "z", "w", "v", "u"],
				unique: ["https://evil.example", "<b>"],
			}),
		).toEqual({
			evolved: ["Large Language Models", "LLMs"],
			broad: ["Machine Learning", "a b c d"],
			specific: ["GNN", "x", "y", "z", "w"],
			unique: [],
		});
	});
});
