import * as fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ALL_FIELDS, csvHeader, fieldById, visibleFields } from "../fields/field-lookup";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { namesOf } from "../catalog/names";
import { hasStatusColumn, statusHeader } from "./csv-status";
import { toCsv } from "../csv/csv-writer";
import { entriesToCsv, exportColumns, exportFileName } from "./csv";

const entries = loadRealCatalog().entries;
const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("CSV export", () => {
  it("writes the visible columns in order, numbers raw under their labels, unknown empty", () => {
    const columns = visibleFields(["year", "cells", "params", "task"]);
    const [scgpt, geneformer, kronos, enformer] = ["scgpt", "geneformer", "kronos", "enformer"].map((id) =>
      entries.find((entry) => entry.id === id)!,
    );
    const [header, first, second, third, fourth] = parse(
      entriesToCsv([scgpt!, geneformer!, kronos!, enformer!], columns),
    );
    expect(header).toEqual([
      "Name",
      "Year",
      "Pretraining cells",
      "Pretraining cells status",
      "Parameters",
      "Parameters status",
      "Tasks",
    ]);
    // scGPT's cells are a range across its variants, which the status column keeps beside the top figure.
    expect(first!.slice(0, 6)).toEqual([
      "scGPT",
      "2023",
      "33000000",
      "variants range from 814000 to 33000000",
      "53000000",
      "",
    ]);
    expect(first![6]).toContain("Cell type annotation; ");
    // Geneformer's parameter count is an estimate: the status column keeps it one.
    expect(second!.slice(0, 6)).toEqual(["Geneformer", "2023", "30000000", "", "10000000", "estimated"]);
    // A figure in another unit is not a cell count: the cell is empty, not 47000000, and the status says why.
    expect(third!.slice(2, 4)).toEqual(["", "single-marker image patches, not cells"]);
    // Nor is a count that does not apply.
    expect(fourth!.slice(2, 4)).toEqual([
      "",
      "Enformer is trained on DNA sequence windows and their genomic tracks, not on cells",
    ]);
  });

  it("names source lists by their titles and related entries by their names, never by id", () => {
    const catalog = loadRealCatalog();
    const names = namesOf(catalog);
    const pick = (id: string) => catalog.entries.find((entry) => entry.id === id)!;
    const columns = [fieldById("name"), fieldById("source"), fieldById("relations")];
    const [, geneformer, scgpt] = parse(entriesToCsv([pick("geneformer"), pick("scgpt")], columns, {}, names));
    expect(geneformer![1]).toContain("single-cell-transformer-papers: single-cell transformers");
    expect(geneformer![1]).not.toContain("theislab-transformers");
    expect(scgpt![2]).toBe("Successor of scFormer");
  });

  it("offers every field of the registry", () => {
    const header = parse(entriesToCsv(entries.slice(0, 1), exportColumns(visibleFields(null), true)))[0]!;
    expect(header).toEqual(
      ALL_FIELDS.flatMap((f) => (hasStatusColumn(f) ? [csvHeader(f), statusHeader(f)] : [csvHeader(f)])),
    );
    expect(header).toContain("DOI");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says, with CRLF line ends and an optional BOM", () => {
    const text = toCsv([["a,b", 'say "hi"', "two\nlines"]], ["x", "y", "z"], { bom: true });
    expect(text).toBe('\uFEFFx,y,z\r\n"a,b","say ""hi""","two\nlines"\r\n');
  });

  it("neutralises every cell a spreadsheet would run as a formula, names included", () => {
    const nasty = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", '=HYPERLINK(\n"x")', "＝1+1"];
    const [header, row] = parse(toCsv([nasty], nasty));
    for (const cell of [...header!, ...row!]) expect(cell.startsWith("'")).toBe(true);
    // Papaparse's own escapeFormulae misses a formula broken over lines; ours does not.
    expect(Papa.unparse([["=HYPERLINK(\n1)"]], { escapeFormulae: true })).toBe('"=HYPERLINK(\n1)"');
    const evil = { ...entries[0]!, name: "=cmd|' /C calc'!A0" };
    expect(parse(entriesToCsv([evil], [fieldById("name")]))[1]![0]).toBe("'=cmd|' /C calc'!A0");
  });

  it("round-trips any text through a parser, apart from the neutralising apostrophe", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "binary" }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(rows, ["a", "b"]), { newline: "\r\n" }).data.slice(
            1,
            rows.length + 1,
          );
          const expected = rows.map((row) =>
            row.map((cell) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell)),
          );
          expect(parsed).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    // 300 runs take about 4 s on a busy two-core machine, close to the default 5 s.
  }, 20_000);

  it("names the file after the date and the number of models", () => {
    expect(exportFileName("2026-11-21", 12, "csv")).toBe("scfm-atlas-2026-11-21-12-models.csv");
    expect(exportFileName("2026-11-21", 1, "bib")).toBe("scfm-atlas-2026-11-21-1-model.bib");
  });
});
