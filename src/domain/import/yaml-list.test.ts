import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseYamlList, readPaperLabel } from "./yaml-list";

const THEISLAB = join(import.meta.dirname, "..", "..", "..", "data", "seeds", "theislab");
const read = (name: string) => readFileSync(join(THEISLAB, name), "utf8");

describe("parseYamlList on theislab's lists at 7ab9c7d", () => {
  it("reads all 58 models, each with its line, paper, code and corpus figure", () => {
    const parsed = parseYamlList(read("single-cell-transformers.yml"));
    if ("error" in parsed) throw new Error(parsed.error);
    expect(parsed.candidates).toHaveLength(58);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.candidates.find((candidate) => candidate.name === "scCello")).toMatchObject({
      line: 48,
      title: null,
      paperUrl: "https://openreview.net/pdf?id=aeYNVtTo7o",
      codeUrls: ["https://github.com/DeepGraphLearning/scCello"],
      firstAuthor: "Xinyu Yuan",
      year: 2024,
      cells: "23M",
      architecture: "Encoder",
    });
  });

  it("keeps a paper's title given as the model's name as a title, and repairs the mis-decoded emoji", () => {
    const parsed = parseYamlList(read("single-cell-transformers.yml"));
    if ("error" in parsed) throw new Error(parsed.error);
    const first = parsed.candidates[0]!;
    expect(first).toMatchObject({ name: null, title: "The Complexity of Automated Cell Type Annotations with GPT-4" });
    expect(JSON.stringify(parsed.candidates)).not.toMatch(/ð|Ÿ/);
  });

  it("reads the 15 evaluation papers by their links and first authors", () => {
    const parsed = parseYamlList(read("transformer-evaluation.yml"));
    if ("error" in parsed) throw new Error(parsed.error);
    expect(parsed.candidates).toHaveLength(15);
    expect(parsed.candidates.at(-3)).toMatchObject({
      name: null,
      firstAuthor: "Boiarsky",
      paperUrl: expect.stringMatching(/^https:\/\/www\.biorxiv\.org\/content\/10\.1101\/2023\.10\.19/),
    });
  });
});

describe("parseYamlList on untrusted input", () => {
  it("refuses alias expansion past the cap instead of expanding it", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const next = String.fromCharCode(97 + level);
      bomb.push(`${next}: &${next} [${Array(10).fill(`*${previous}`).join(", ")}]`);
    }
    const result = parseYamlList(`- model: bomb\n  data:\n${bomb.map((line) => `    ${line}`).join("\n")}\n`);
    expect(result).toEqual({ error: expect.stringMatching(/^refused: .*alias/i) });
  });

  it("says what is wrong with YAML that does not parse, or is not a list", () => {
    expect(parseYamlList("- model: [unclosed\n")).toEqual({ error: expect.stringMatching(/^not a valid YAML list: /) });
    expect(parseYamlList("- model: a\n  model: b\n")).toEqual({
      error: expect.stringMatching(/^not a valid YAML list: .*unique/i),
    });
    expect(parseYamlList("model: scGPT\n")).toEqual({ error: "a YAML list must be a sequence of rows (- model: ...)" });
  });

  it("reports and skips a row that is not a mapping, or names nothing, and keeps the rest", () => {
    const parsed = parseYamlList(
      "- just text\n- model: scGPT\n- code: {url: 'https://github.com/x/y'}\n- model: '-'\n",
    );
    if ("error" in parsed) throw new Error(parsed.error);
    expect(parsed.candidates.map((candidate) => candidate.name)).toEqual(["scGPT"]);
    expect(parsed.skipped).toEqual([
      { line: 1, text: "just text", reason: "the row is not a mapping of fields" },
      { line: 3, text: "- ", reason: "row names neither a model nor a paper" },
      { line: 4, text: "- ", reason: "row names neither a model nor a paper" },
    ]);
  });

  it("never turns a non-web address into a link", () => {
    const parsed = parseYamlList(
      "- model: scX\n  paper: {url: 'javascript:alert(1)'}\n  code: {url: 'data:text/html,x'}\n",
    );
    if ("error" in parsed) throw new Error(parsed.error);
    expect(parsed.candidates[0]).toMatchObject({ paperUrl: null, codeUrls: [] });
  });
});

describe("readPaperLabel", () => {
  it.each([
    ["[Yuan, Xinyu, et al. 2024](u)", "Xinyu Yuan", 2024],
    ["[Soumya Luthra, et al. 2024](u)", "Soumya Luthra", 2024],
    ["[Belgadi and Li 2023](u)", null, 2023],
    ["[Belgadi and Li et al. 2023](u)", "Belgadi", 2023],
    ["[Theus et al. 2024](u)", "Theus", 2024],
  ])("%s", (label, firstAuthor, year) => {
    expect(readPaperLabel(label)).toEqual({ firstAuthor, year });
  });
});
