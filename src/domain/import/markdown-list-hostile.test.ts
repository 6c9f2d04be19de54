/**
 * Lines an attacker or a careless upstream list could write. Each used to cost time quadratic in its length (a 1 MB
 * line of "[" never finished); they now parse in one pass, and a line past the limit is skipped with its reason.
 * These run at the limit's length, where a quadratic pattern would take minutes and the test would time out.
 */
import { describe, expect, it } from "vitest";
import { parseMarkdownList } from "./markdown-list";
import { MAX_LINE_CHARS } from "./read-list-text";

const atLimit = (unit: string, prefix = "") =>
  prefix + unit.repeat(Math.floor((MAX_LINE_CHARS - prefix.length) / unit.length));

describe("parseMarkdownList on hostile lines", () => {
  it("skips a line longer than the limit with its length, and keeps the rows around it", () => {
    const markdown = `- **scGPT**: a model\n- ${"[".repeat(1024 * 1024)}\n- **UCE**: another\n`;
    const { candidates, skipped } = parseMarkdownList(markdown);
    expect(candidates.map((candidate) => candidate.name)).toEqual(["scGPT", "UCE"]);
    expect(skipped).toEqual([
      expect.objectContaining({
        line: 2,
        reason: `the line has ${1024 * 1024 + 2} characters, more than the ${MAX_LINE_CHARS} a list line may have`,
      }),
    ]);
  });

  it.each([
    ["opening brackets", atLimit("[", "- ")],
    ["bracketed labels never followed by a link", atLimit("[a](", "- ")],
    ["double brackets", atLimit("[[", "1. [2023 x] ")],
    ["spaces before a missing 'et al'", atLimit(" ", "| a | Smith")],
    ["trailing commas and spaces before text", `${atLimit(", ", "- **m**: t")}x`],
  ])("reads a line of %s at the limit in one pass", (_case, line) => {
    const { candidates, skipped } = parseMarkdownList(`| Model | Paper |\n|---|---|\n${line}\n`);
    expect(candidates.length + skipped.length).toBeLessThanOrEqual(1);
  });

  it("still reads an author written before 'et al.' and none where the text is not a name", () => {
    const table = "| Model | Paper |\n|---|---|\n| A | Suyuan Zhao et al., 2023 |\n| B | _Nature_, Smith et al. |\n";
    expect(parseMarkdownList(table).candidates.map((candidate) => candidate.firstAuthor)).toEqual([
      "Suyuan Zhao",
      null,
    ]);
  });

  it("writes a table cell's links as their labels, so a description never shows link syntax", () => {
    const table =
      "| Model | Highlights |\n|---|---|\n| scX | Trained on [CELLxGENE](https://cellxgene.cziscience.com/) data |\n";
    expect(parseMarkdownList(table).candidates[0]!.highlights).toBe("Trained on CELLxGENE data");
  });
});
