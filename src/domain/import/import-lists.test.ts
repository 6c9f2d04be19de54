import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { importLists } from "./import-lists";
import { formatImportSummary } from "./import-report";

const FIXTURES = join(import.meta.dirname, "fixtures");
const files = readdirSync(FIXTURES)
  .toSorted()
  .map((name) => ({ path: name, text: readFileSync(join(FIXTURES, name), "utf8") }));
const { report } = importLists(files, loadRealCatalog());
const entry = (name: string) => report.entries.find((candidate) => candidate.name === name)!;

describe("importLists on the fixtures", () => {
  it("reports exactly entries and skipped, each with exactly the keys tools read", () => {
    expect(Object.keys(report)).toEqual(["entries", "skipped"]);
    for (const item of report.entries)
      expect(Object.keys(item)).toEqual(["name", "status", "id", "fields", "conflicts"]);
    for (const line of report.skipped) expect(Object.keys(line)).toEqual(["line", "text", "reason", "file"]);
    // The report is plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("matches known models however they are spelled, and reports a conflict with the catalog", () => {
    expect(entry("SC-GPT")).toMatchObject({ status: "matched", id: "scgpt", conflicts: [] });
    expect(entry("Universal Cell Embeddings")).toMatchObject({ status: "matched", id: "uce" });
    expect(entry("geneformer")).toEqual({
      name: "geneformer",
      status: "conflict",
      id: "geneformer",
      fields: expect.objectContaining({
        "pretraining.cells": { state: "known", value: 95_000_000, bound: "exact", text: "95M" },
      }),
      conflicts: [{ field: "pretraining.cells", catalog: "30 million", imported: "95M", at: "known-models.md:6" }],
    });
  });

  it("proposes new entries, with the values read from every number format", () => {
    expect(entry("scNewToy")).toMatchObject({ status: "new", id: "scnewtoy" });
    const cells = (name: string) => entry(name).fields["pretraining.cells"];
    const parameters = (name: string) => entry(name).fields.parameters;
    expect(parameters("ToyBillion")).toMatchObject({ value: 1_200_000_000, bound: "exact" });
    expect(parameters("ToyFraction")).toMatchObject({ value: 650_000_000, bound: "exact" });
    expect(cells("ToyFraction")).toMatchObject({ value: 30_000_000, bound: "approximate" });
    expect(cells("ToyLowerBound")).toMatchObject({ value: 536_000, bound: "at-least" });
    expect(cells("ToyPlus")).toMatchObject({ value: 50_000_000, bound: "at-least" });
    expect(cells("ToyRange")).toMatchObject({ state: "unreadable" });
    // "-", "n/a" and blanks are not values: the fields are absent, not zero or the text "n/a".
    expect(entry("ToyFraction").fields).not.toHaveProperty("pretraining.datasets");
    expect(entry("ToyPlus").fields).not.toHaveProperty("parameters");
    expect(entry("ToyLowerBound").fields).not.toHaveProperty("parameters");
  });

  it("merges duplicates within and across files into one candidate, keeping the disagreement", () => {
    expect(report.entries.filter((item) => item.id.startsWith("toytwin"))).toHaveLength(1);
    expect(entry("ToyTwin")).toMatchObject({
      status: "new",
      fields: { "pretraining.cells": { value: 1_000_000 } },
      conflicts: [
        {
          field: "pretraining.cells",
          catalog: null,
          imported: "2M",
          at: "duplicates-b.md:7",
          note: 'duplicates-a.md:5 says "1M", which is kept',
        },
      ],
    });
  });

  it("repairs mangled emoji, so names carry none", () => {
    expect(report.entries.map((item) => item.name)).toEqual(expect.arrayContaining(["scToyMangled", "Žiga-Net"]));
  });

  it("skips template rows and paper-only items with file-relative lines and reasons", () => {
    expect(
      report.skipped.map(({ file, line, reason }) => `${file}:${line} ${reason.split(/[:(]/)[0]!.trim()}`),
    ).toEqual([
      "bullet-list.md:7 names only a paper",
      "number-formats.md:10 template row",
      "number-formats.md:11 template row",
      "number-formats.md:12 template row",
      "numbered-list.md:5 names only a paper",
    ]);
  });

  it("skips a row whose name has nothing to match on, whatever else it gives", () => {
    const odd = importLists(
      [{ path: "odd.md", text: "- **???!**: A paper title [paper](https://example.org/p)" }],
      loadRealCatalog(),
    );
    expect(odd.report).toEqual({
      entries: [],
      skipped: [
        {
          line: 1,
          text: "- **???!**: A paper title [paper](https://example.org/p)",
          reason: "the name has no letters or digits to match on",
          file: "odd.md",
        },
      ],
    });
  });

  it("counts each status in the summary and lists each conflict and skipped line", () => {
    const summary = formatImportSummary(report, null);
    expect(summary.split("\n")[0]).toBe("20 candidate(s): 2 matched, 1 conflict, 17 new; 5 line(s) skipped");
    expect(summary).toContain(
      '  geneformer [geneformer] pretraining.cells: catalog "30 million", imported "95M" at known-models.md:6',
    );
    expect(summary).toContain("  number-formats.md:10: template row: every cell is a placeholder: | x | x | x | x |");
    expect(summary).toContain("  scNewToy -> scnewtoy");
    expect(summary.split("\n").at(-1)).toBe(
      "Dry run: nothing written. --write adds the new entries and records the conflicts.",
    );
  });
});
