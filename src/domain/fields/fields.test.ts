import { describe, expect, it } from "vitest";
import { FIELD_PATHS } from "../catalog/field-paths";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { VOCABULARIES } from "../catalog/vocabularies";
import { licenceOf } from "../catalog/licence-class";
import {
  ALL_FIELDS,
  csvHeader,
  FACET_IDS,
  facetOf,
  fieldById,
  fieldOfPath,
  FIELD_IDS,
  filterOfParam,
  RANGE_IDS,
  visibleFields,
} from "./field-lookup";
import { DEFAULT_COLUMNS, NAME_FIELD, type FieldId } from "./fields";

const entries = loadRealCatalog().entries;
const entry = (id: string) => entries.find((candidate) => candidate.id === id)!;
const text = (field: FieldId, id: string) => fieldById(field).text(entry(id));
const byLicence = (licence: string | null) =>
  fieldById("licence-class").text({
    ...entry("scgpt"),
    licences: { code: licenceOf(licence), weights: licenceOf(null) },
  });

describe("the field registry", () => {
  it("gives every field a URL-safe, unique id and every facet and range a unique URL parameter", () => {
    expect(new Set(FIELD_IDS).size).toBe(FIELD_IDS.length);
    expect(FIELD_IDS.every((id) => /^[a-z][a-z-]*$/.test(id))).toBe(true);
    const params = [...FACET_IDS.map((id) => facetOf(id).param), ...RANGE_IDS.map((id) => fieldById(id).range!.param)];
    expect(new Set(params).size).toBe(params.length);
    for (const param of params) expect(filterOfParam(param)).not.toBeNull();
  });

  it("lists every facet field exactly once in the filter panel's order", () => {
    const facetFields = ALL_FIELDS.filter((field) => field.facet).map((field) => field.id);
    expect([...FACET_IDS].toSorted()).toEqual(facetFields.toSorted());
    expect(RANGE_IDS).toEqual(["year", "cells", "params", "input-genes", "embedding-dim"]);
  });

  it("shows every sourced path through exactly one field", () => {
    for (const path of FIELD_PATHS) expect(fieldOfPath(path), path).toBeDefined();
    const paths = ALL_FIELDS.flatMap((field) => (field.path ? [field.path] : []));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("checks closed facets against their vocabularies", () => {
    expect(facetOf("family").vocabulary).toBe("architectureFamily");
    expect(VOCABULARIES[facetOf("task").vocabulary!].length).toBeGreaterThan(5);
    expect(facetOf("venue").vocabulary).toBeNull();
  });

  it("read real entries as a person would read them", () => {
    expect(text("name", "scgpt")).toBe("scGPT");
    expect(text("year", "scgpt")).toBe("2023");
    expect(text("published-year", "scgpt")).toBe("2024");
    // scGPT's seven variants were pretrained on 814K to 33M cells; its parameter count is reported.
    expect(text("cells", "scgpt")).toBe("814K–33M");
    expect(text("params", "scgpt")).toBe("53M");
    expect(text("cells", "geneformer")).toBe("30M");
    expect(text("params", "geneformer")).toBe("~10M (estimated)");
    expect(text("family", "scgpt")).toBe("Encoder transformer");
    expect(text("task", "scgpt")).toContain("Cell type annotation");
    expect(text("licence", "biomedlm")).toBe("No licence");
    expect(text("links", "scgpt")).toContain("Code: https://github.com/bowang-lab/scGPT");
    expect(text("code", "scgpt")).toContain("https://github.com/bowang-lab/scGPT");
    expect(
      facetOf("source").valueLabel!("scfm-atlas", [{ id: "scfm-atlas", title: "Curators", type: "curation" }]),
    ).toBe("Curators");
  });

  it("classes code licences by what they allow, and leaves a licence it does not know unclassed", () => {
    expect(byLicence("MIT")).toBe("Permissive");
    expect(byLicence("GPL-3.0")).toBe("Copyleft");
    expect(byLicence("CC-BY-NC-SA-4.0")).toBe("Non-commercial");
    expect(byLicence("none")).toBe("None stated");
    expect(byLicence("Some-Custom-Licence")).toBe("");
    expect(byLicence(null)).toBe("");
    expect(filterOfParam("licence-class")).toEqual({ facet: "licence-class" });
  });

  it("leaves unknown values empty and never shows another unit as cells", () => {
    const cells = fieldById("cells");
    const unknownCells = entries.find((candidate) => candidate.pretraining.cells.state === "unknown")!;
    expect(cells.text(unknownCells)).toBe("");
    expect(cells.sortValue!(unknownCells)).toBeNull();
    const otherUnit = entries.find((candidate) => candidate.pretraining.cells.state === "other-unit")!;
    expect(cells.text(otherUnit)).toMatch(/ \(not cells\)$/);
    expect(cells.sortValue!(otherUnit)).toBeNull();
    expect(cells.range!.value(otherUnit)).toBeNull();
    // Enformer is trained on DNA, not cells: no count applies.
    expect(text("cells", "enformer")).toBe("n/a");
    expect(cells.sortValue!(entry("enformer"))).toBeNull();
  });

  it("shows the name first, then the default or chosen columns in order", () => {
    expect(visibleFields(null).map((field) => field.id)).toEqual([NAME_FIELD, ...DEFAULT_COLUMNS]);
    expect(visibleFields(["task", "name", "year"]).map((field) => field.id)).toEqual(["name", "task", "year"]);
    expect(visibleFields([]).map((field) => field.id)).toEqual(["name"]);
  });

  it("heads CSV columns without repeating what the label says", () => {
    expect(csvHeader(fieldById("year"))).toBe("Year");
    expect(csvHeader(fieldById("cells"))).toBe("Pretraining cells");
    expect(csvHeader(fieldById("params"))).toBe("Parameters");
  });

  it("heads every field's CSV column uniquely, so a header names its field", () => {
    const headers = ALL_FIELDS.map(csvHeader);
    expect(new Set(headers).size).toBe(headers.length);
    for (const field of ALL_FIELDS) expect(ALL_FIELDS.find((f) => csvHeader(f) === csvHeader(field))).toBe(field);
  });
});

describe("Benchmarked in", () => {
  it("names the benchmarks with results for a model, from the results index", () => {
    expect(text("benchmarked", "scgpt")).toContain("Open Problems");
    expect(facetOf("benchmarked").values(entry("scgpt"))).toContain("open-problems");
    expect(facetOf("benchmarked").valueLabel?.("open-problems", [])).toBe("Open Problems");
    expect(facetOf("benchmarked").values(entry("enformer"))).toEqual([]);
  });
});
