import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { activeFilters } from "./active-filters";
import { indexEntries } from "./entry-values";
import { facetPanel, rangeBounds } from "./facet-options";
import { setFacetUnknown, setRange, toggleFacetValue } from "./query-actions";
import { filterEntries } from "./run-query";
import { EMPTY_QUERY } from "./view-state";

const document = loadRealCatalog();
const entries = indexEntries(document.entries);

describe("a facet panel", () => {
  it("labels values and counts them among entries passing the other filters", () => {
    const models = toggleFacetValue(EMPTY_QUERY, "kind", "model");
    const panel = facetPanel(entries, models, "family");
    expect(panel.label).toBe("Architecture family");
    const decoder = panel.options.find((option) => option.value === "decoder-transformer")!;
    expect(decoder.label).toBe("Decoder (GPT-style)");
    const expected = filterEntries(entries, toggleFacetValue(models, "family", "decoder-transformer")).length;
    expect(decoder.count).toBe(expected);
    expect(panel.unknownShown).toBe(true);
  });

  it("keeps the same order whatever else is filtered", () => {
    const order = facetPanel(entries, EMPTY_QUERY, "task").options.map((option) => option.value);
    const narrowed = toggleFacetValue(EMPTY_QUERY, "kind", "benchmark");
    expect(facetPanel(entries, narrowed, "task").options.map((option) => option.value)).toEqual(order);
  });

  it("names source lists by title and still lists a ticked value the catalog lacks", () => {
    const sources = facetPanel(entries, EMPTY_QUERY, "source", document.sources);
    expect(sources.options.map((option) => option.label)).toContain("awesome-single-cell-foundation");
    const odd = facetPanel(entries, toggleFacetValue(EMPTY_QUERY, "venue", "Nowhere Journal"), "venue");
    expect(odd.options.at(-1)).toMatchObject({ value: "Nowhere Journal", count: 0, selected: true });
  });

  it("reports whether entries with no value are shown", () => {
    const ticked = toggleFacetValue(EMPTY_QUERY, "family", "performer");
    expect(facetPanel(entries, ticked, "family").unknownShown).toBe(false);
    expect(facetPanel(entries, setFacetUnknown(ticked, "family", true), "family").unknownShown).toBe(true);
  });
});

describe("ranges and chips", () => {
  it("finds each range's bounds among known values", () => {
    const years = rangeBounds(entries, "year")!;
    expect(years.min).toBeGreaterThanOrEqual(2018);
    expect(years.max).toBeLessThanOrEqual(2026);
    expect(rangeBounds(entries, "cells")!.max).toBe(Math.max(...entries.map((row) => row.numbers.cells ?? 0)));
  });

  it("lists every active filter in words, each with the state without it", () => {
    const state = setRange(
      setFacetUnknown(toggleFacetValue({ ...EMPTY_QUERY, search: "gpt" }, "family", "performer"), "family", true),
      "cells",
      { min: 1_000_000, max: null },
    );
    const chips = activeFilters(state);
    expect(chips.map((chip) => chip.text)).toEqual([
      "Search: “gpt”",
      "Architecture family: Performer / linear attention",
      "Architecture family: unknown included",
      "Pretraining cells: ≥ 1M",
    ]);
    expect(chips[0]!.without.search).toBe("");
    // Without its only value, "unknown included" is what the facet does anyway: the facet is cleared.
    expect(chips[1]!.without.facets.family).toBeUndefined();
    expect(chips[3]!.without.ranges).toEqual({});
  });
});
