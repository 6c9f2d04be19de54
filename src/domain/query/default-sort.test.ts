import { describe, expect, it } from "vitest";
import { firstYear } from "../catalog/accessors";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { DEFAULT_SORT, describeSort, effectiveSort } from "./default-sort";
import { indexEntries } from "./entry-values";
import { runQuery } from "./run-query";
import { EMPTY_QUERY } from "./view-state";

const all = indexEntries(loadRealCatalog().entries);

describe("the table's default order", () => {
  it("is newest first, then by name, and a chosen order replaces it", () => {
    expect(effectiveSort([])).toEqual(DEFAULT_SORT);
    expect(effectiveSort([{ key: "params", desc: true }])).toEqual([{ key: "params", desc: true }]);
    const rows = runQuery(all, { ...EMPTY_QUERY, sort: effectiveSort([]) }).map((row) => row.entry);
    const years = rows.map(firstYear);
    const known = years.filter((year) => year !== null);
    expect(known).toEqual(known.toSorted((a, b) => b - a));
    // Unknown years come last, and within a year names run A to Z.
    expect(years.slice(known.length).every((year) => year === null)).toBe(true);
    const newest = rows.filter((_, i) => years[i] === known[0]).map((entry) => entry.name);
    expect(newest).toEqual(newest.toSorted((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })));
  });

  it("says what it is in words", () => {
    expect(describeSort([])).toBe("Default order: newest first, then by name");
    expect(
      describeSort([
        { key: "params", desc: true },
        { key: "year", desc: false },
      ]),
    ).toBe("Sorted by Parameters (largest first), then Year (oldest first)");
    expect(describeSort([{ key: "name", desc: true }])).toBe("Sorted by Name (Z–A)");
  });
});
