import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { foldForSearch, indexEntries, type IndexedEntry } from "./entry-values";
import { QueryIndexBuilder, queryIndexOf } from "./query-index";
import { countAll, filterEntries, filterIgnoring, matchIndex } from "./run-query";
import { FACET_IDS, RANGE_IDS, type FacetId, type QueryState, type RangeId } from "./view-state";

const all = indexEntries(loadRealCatalog().entries);

// The plain definition the columns must agree with, read straight from the entries' values.
function passes(row: IndexedEntry, state: QueryState, ignore?: FacetId | RangeId): boolean {
  const words = foldForSearch(state.search).split(/\s+/).filter(Boolean);
  if (!words.every((word) => row.searchText.includes(word))) return false;
  for (const facet of FACET_IDS) {
    const selection = state.facets[facet];
    if (facet === ignore || !selection) continue;
    const values = row.facets[facet];
    const pass =
      values.length === 0
        ? (selection.unknown ?? (selection.values.length === 0 ? "include" : "exclude")) === "include"
        : selection.values.length === 0 || values.some((value) => selection.values.includes(value));
    if (!pass) return false;
  }
  for (const range of RANGE_IDS) {
    const bounds = state.ranges[range];
    if (range === ignore || !bounds) continue;
    const value = row.numbers[range];
    if (bounds.min === null && bounds.max === null) continue;
    if (value === null || (bounds.min !== null && value < bounds.min) || (bounds.max !== null && value > bounds.max))
      return false;
  }
  return true;
}

function valuesOf(facet: FacetId): string[] {
  return [...new Set(all.flatMap((row) => row.facets[facet]))];
}

const facetSelection = (facet: FacetId) => {
  const values = [...valuesOf(facet), "no-such-value"];
  return fc.record(
    {
      values: fc.subarray(values, { maxLength: Math.min(3, values.length) }),
      unknown: fc.constantFrom("include" as const, "exclude" as const),
    },
    { requiredKeys: ["values"] },
  );
};
const bound = fc.option(fc.constantFrom(0, 2019, 2022, 2024, 100_000, 5_000_000, 1e8, 1e9));
// A few filters at a time, as people set them: with all ten facets at once, nearly every state would match nothing.
function some<K extends string, V>(keys: readonly K[], value: (key: K) => fc.Arbitrary<V>): fc.Arbitrary<Record<K, V>> {
  return fc
    .uniqueArray(fc.constantFrom(...keys), { maxLength: 2 })
    .chain((picked) => fc.tuple(...picked.map((key) => value(key).map((v) => [key, v] as const))))
    .map((pairs) => Object.fromEntries(pairs) as Record<K, V>);
}
const SEARCHES = ["", "sc", "gpt", "cell former", "zzz", "ÉNFORMER", "perturbation"];
const stateArbitrary: fc.Arbitrary<QueryState> = fc.record({
  search: fc.constantFrom(...SEARCHES),
  facets: some(FACET_IDS, facetSelection),
  ranges: some(RANGE_IDS, () => fc.record({ min: bound, max: bound })),
  sort: fc.constant([]),
});

function searched(search: string): string[] {
  return all.filter((row) => passes(row, { search, facets: {}, ranges: {}, sort: [] })).map((row) => row.entry.id);
}

describe("filtering and counting over columns", () => {
  it("keeps exactly the entries the plain definition keeps, whatever the filters", () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const expected = all.filter((row) => passes(row, state)).map((row) => row.entry.id);
        expect(filterEntries(all, state).map((row) => row.entry.id)).toEqual(expected);
        expect([...matchIndex(queryIndexOf(all), state)]).toEqual(
          all.flatMap((row, position) => (passes(row, state) ? [position] : [])),
        );
        expect(filterIgnoring(all, state, "year").map((row) => row.entry.id)).toEqual(
          all.filter((row) => passes(row, state, "year")).map((row) => row.entry.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("counts each facet value and each range's known and unknown among entries passing every other filter", () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const counts = countAll(all, state);
        for (const facet of FACET_IDS) {
          const rows = all.filter((row) => passes(row, state, facet));
          const values = new Map<string, number>();
          for (const row of rows)
            for (const value of row.facets[facet]) values.set(value, (values.get(value) ?? 0) + 1);
          expect(counts.facets[facet].values).toEqual(values);
          expect(counts.facets[facet].unknown).toBe(rows.filter((row) => row.facets[facet].length === 0).length);
        }
        for (const range of RANGE_IDS) {
          const rows = all.filter((row) => passes(row, state, range));
          const unknown = rows.filter((row) => row.numbers[range] === null).length;
          expect(counts.ranges[range]).toEqual({ known: rows.length - unknown, unknown });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("finds the same entries while a search is typed letter by letter, and erased, as when it is pasted whole", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEARCHES, "cell type annotation", "scgpt perturbation"), (text) => {
        // A fresh list of the same entries: its own index, so no earlier test's searches are remembered.
        const fresh = indexEntries([...loadRealCatalog().entries]);
        const typed = Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
        for (const search of [...typed, ...typed.toReversed()]) {
          expect(filterEntries(fresh, { search, facets: {}, ranges: {}, sort: [] }).map((row) => row.entry.id)).toEqual(
            searched(search),
          );
        }
      }),
      { numRuns: 20 },
    );
  });

  it("builds the same columns one entry at a time as from a list", () => {
    const builder = new QueryIndexBuilder();
    for (const row of all) builder.add(row);
    const built = builder.build();
    const fromList = queryIndexOf(all);
    expect(built.size).toBe(all.length);
    for (const facet of FACET_IDS) {
      expect(built.facets[facet].values).toEqual(fromList.facets[facet].values);
      expect(built.facets[facet].codes).toEqual(fromList.facets[facet].codes);
    }
    // An entry with no known parameter count is NaN in the column, never 0.
    const unknown = all.findIndex((row) => row.numbers.params === null);
    expect(unknown).toBeGreaterThanOrEqual(0);
    expect(built.numbers.params[unknown]).toBeNaN();
  });
});
