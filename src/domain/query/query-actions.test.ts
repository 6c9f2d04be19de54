import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { indexEntries } from "./entry-values";
import { clearFilters, hasFilters, setFacetUnknown, setFacetValues, setRange, toggleFacetValue } from "./query-actions";
import { filterEntries } from "./run-query";
import { EMPTY_QUERY } from "./view-state";

const entries = indexEntries(loadRealCatalog().entries);

describe("changing the query", () => {
  it("ticks and unticks facet values, and forgets a facet once nothing is ticked", () => {
    const one = toggleFacetValue(EMPTY_QUERY, "family", "performer");
    const two = toggleFacetValue(one, "family", "decoder-transformer");
    expect(two.facets.family).toEqual({ values: ["performer", "decoder-transformer"] });
    expect(toggleFacetValue(toggleFacetValue(two, "family", "performer"), "family", "decoder-transformer")).toEqual(
      EMPTY_QUERY,
    );
  });

  it("sets a facet's whole selection at once, as a chart click does", () => {
    const two = toggleFacetValue(toggleFacetValue(EMPTY_QUERY, "family", "performer"), "family", "perceiver");
    expect(setFacetValues(two, "family", ["decoder-transformer"]).facets.family).toEqual({
      values: ["decoder-transformer"],
    });
    expect(setFacetValues(two, "family", [])).toEqual(EMPTY_QUERY);
  });

  it("records an unknown choice only where it differs from the default", () => {
    const hidden = setFacetUnknown(EMPTY_QUERY, "family", false);
    expect(hidden.facets.family).toEqual({ values: [], unknown: "exclude" });
    expect(setFacetUnknown(hidden, "family", true)).toEqual(EMPTY_QUERY);
    const decoders = toggleFacetValue(EMPTY_QUERY, "family", "decoder-transformer");
    const withUnknown = setFacetUnknown(decoders, "family", true);
    expect(withUnknown.facets.family).toEqual({ values: ["decoder-transformer"], unknown: "include" });
    expect(filterEntries(entries, withUnknown).length).toBeGreaterThan(filterEntries(entries, decoders).length);
  });

  it("drops a range side that sits at the catalog's bound", () => {
    const bounds = { min: 2018, max: 2025 };
    expect(setRange(EMPTY_QUERY, "year", { min: 2018, max: 2022 }, bounds).ranges.year).toEqual({
      min: null,
      max: 2022,
    });
    expect(setRange(EMPTY_QUERY, "year", { min: 2018, max: 2025 }, bounds)).toEqual(EMPTY_QUERY);
    expect(setRange(EMPTY_QUERY, "year", { min: 2024, max: 2021 }, bounds).ranges.year).toEqual({
      min: 2021,
      max: 2024,
    });
  });

  it("clears every filter but keeps the sort", () => {
    const busy = {
      ...toggleFacetValue(setRange(EMPTY_QUERY, "year", { min: 2022, max: null }), "task", "cell-type-annotation"),
      search: "gpt",
      sort: [{ key: "year" as const, desc: true }],
    };
    expect(hasFilters(busy)).toBe(true);
    expect(clearFilters(busy)).toEqual({ ...EMPTY_QUERY, sort: busy.sort });
    expect(hasFilters(clearFilters(busy))).toBe(false);
  });
});
