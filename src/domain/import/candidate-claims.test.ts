import { describe, expect, it } from "vitest";
import { valuedClaimsFromCandidate } from "./candidate-claims";
import { parseMarkdownList } from "./markdown-list";

const row = (markdown: string) => parseMarkdownList(markdown).candidates[0]!;

describe("valuedClaimsFromCandidate", () => {
  it("drops blanks and placeholders, so a field the list leaves empty stays unknown", () => {
    const candidate = row(
      "| Model | # Params | Cells | Datasets | Architecture |\n|---|---|---|---|---|\n| ToyA | n/a | - | TBD | |",
    );
    expect(valuedClaimsFromCandidate(candidate, "toy").map((claim) => claim.field)).toEqual(["name"]);
  });

  it("keeps each figure in the list's words, and the description column as a description", () => {
    const candidate = row(
      "| Model | Description | # Params | Cells |\n|---|---|---|---|\n| ToyB | A toy | 0.65B | ~30 million |",
    );
    expect(valuedClaimsFromCandidate(candidate, "toy")).toEqual([
      { field: "name", value: "ToyB", source: "toy", status: "reported" },
      { field: "pretraining.cells", value: "~30 million", source: "toy", status: "reported" },
      { field: "parameters", value: "0.65B", source: "toy", status: "reported" },
      { field: "description", value: "A toy", source: "toy", status: "reported" },
    ]);
  });
});
