import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { isStrictlyValid, validateCatalog } from "../catalog/validate";
import { compareEntries } from "../compare/compare-table";
import { toCatalogJson } from "./catalog-json";
import { comparisonToCsv, provenanceToCsv } from "./comparison-csv";

const document = loadRealCatalog();
const pick = (...ids: string[]) => ids.map((id) => document.entries.find((entry) => entry.id === id)!);

describe("JSON export", () => {
  it("is a catalog document of the filtered entries that validates against the schema", () => {
    const subset = pick("scgpt", "geneformer", "zero-shot-limits");
    const json = JSON.parse(toCatalogJson(document, subset));
    expect(json.entries.map((entry: { id: string }) => entry.id)).toEqual(["scgpt", "geneformer", "zero-shot-limits"]);
    const validation = validateCatalog(json);
    expect(validation.ok ? validation.skipped : validation.issues).toEqual([]);
    expect(isStrictlyValid(validation)).toBe(true);
    // scGPT's relation to scFormer, left out, is dropped; the benchmark keeps the two it evaluates.
    expect(json.entries[0].relations).toEqual([]);
    expect(json.entries[2].relations).toHaveLength(2);
  });
});

describe("comparison and model page CSV", () => {
  it("writes one row per attribute and one column per model", () => {
    const entries = pick("scgpt", "kronos");
    const [header, ...rows] = Papa.parse<string[]>(comparisonToCsv(entries, compareEntries(entries)), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual(["Group", "Attribute", "scGPT", "KRONOS"]);
    // scGPT's variants span 814K to 33M cells; KRONOS's 47M are image patches, never written as cells.
    expect(rows.find((row) => row[1] === "Pretraining cells")).toEqual([
      "Scale",
      "Pretraining cells",
      "814K–33M cells",
      "47M (not cells)",
    ]);
    expect(rows.find((row) => row[1] === "Aliases")).toEqual(["Identity", "Aliases", "", ""]);
  });

  it("writes a model's fields with their sources", () => {
    const [header, ...rows] = Papa.parse<string[]>(provenanceToCsv(pick("cell2sentence")[0]!, document.sources), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual(["Field", "Value", "Source", "Status", "Locator", "Read", "Sources disagree"]);
    const venue = rows.find((row) => row[0] === "Venue")!;
    expect(venue.slice(0, 4)).toEqual(["Venue", "ICML", "https://openreview.net/forum?id=EWt5wsEdvc", "Reported"]);
    expect(venue[5]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(venue[6]).toBe("yes");
  });
});
