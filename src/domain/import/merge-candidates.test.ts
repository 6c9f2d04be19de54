import { describe, expect, it } from "vitest";
import { parseMarkdownList } from "./markdown-list";
import { candidateKey, distinctValues, mergeCandidates, type ImportedRow } from "./merge-candidates";

function rowsOf(files: Record<string, string>): ImportedRow[] {
  return Object.entries(files).flatMap(([file, markdown]) =>
    parseMarkdownList(markdown).candidates.map((candidate) => ({ file, source: file.replace(/\.md$/, ""), candidate })),
  );
}

const TABLE = "| Model | Paper | Cells |\n|---|---|---|\n";

describe("candidateKey", () => {
  it("keys a row by its name without case, spacing or punctuation, and a nameless row by its title", () => {
    expect(candidateKey({ name: "SC-GPT", title: null })).toBe("scgpt");
    expect(candidateKey({ name: " sc gpt ", title: "Anything" })).toBe("scgpt");
    expect(candidateKey({ name: null, title: "Transfer learning, in networks!" })).toBe(
      "title:transferlearninginnetworks",
    );
    expect(candidateKey({ name: "!!!", title: null })).toBeNull();
  });
});

describe("mergeCandidates", () => {
  it("merges rows of one model within a file and across files, keeping every claim with its file and line", () => {
    const merged = mergeCandidates(
      rowsOf({
        "a.md": `${TABLE}| ToyTwin | | 1M |\n| Toy-Twin | | 1M |`,
        "b.md": `${TABLE}| TOYTWIN | [ToyTwin paper](https://example.org/t) | 2M |\n| Other | | 5M |`,
      }),
    );
    expect(merged.map((candidate) => candidate.key)).toEqual(["toytwin", "other"]);
    const twin = merged[0]!;
    expect(twin).toMatchObject({
      name: "ToyTwin",
      otherSpellings: ["Toy-Twin"],
      title: "ToyTwin paper",
      sources: ["a", "b"],
      file: "a.md",
      line: 3,
    });
    expect(twin.claims.filter((claim) => claim.field === "pretraining.cells")).toEqual([
      expect.objectContaining({ value: "1M", file: "a.md", line: 3, source: "a" }),
      expect.objectContaining({ value: "1M", file: "a.md", line: 4, source: "a" }),
      expect.objectContaining({ value: "2M", file: "b.md", line: 3, source: "b" }),
    ]);
  });

  it("keeps both values where the rows disagree, and one where they say the same in other words", () => {
    const [twin] = mergeCandidates(rowsOf({ "a.md": `${TABLE}| Toy | | 1M |\n| toy | | 1,000,000 |\n| TOY | | 2M |` }));
    expect(distinctValues(twin!.claims, "pretraining.cells").map((claim) => claim.value)).toEqual(["1M", "2M"]);
  });

  it("merges nameless rows that cite the same title", () => {
    const merged = mergeCandidates(
      rowsOf({
        "a.md": "1. [2023 bioRxiv] **A toy paper** [[paper]](https://example.org/p)",
        "b.md": "1. [2024 Nature] **A Toy Paper** [[paper]](https://example.org/q)",
      }),
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ key: "title:atoypaper", name: null, sources: ["a", "b"] });
  });
});
