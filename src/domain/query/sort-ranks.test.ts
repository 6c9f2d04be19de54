import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldById, SORTABLE_FIELD_IDS } from "../fields/field-lookup";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { indexEntries, type IndexedEntry } from "./entry-values";
import { sortByRanks } from "./sort-ranks";
import type { SortSpec } from "./view-state";

const all = indexEntries(loadRealCatalog().entries);
const ids = (list: IndexedEntry[]) => list.map((row) => row.entry.id);
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

// The plain definition: compare values key by key, unknown last, ties in catalog order.
function referenceSort(rows: readonly IndexedEntry[], sort: readonly SortSpec[]): IndexedEntry[] {
  return rows.toSorted((a, b) => {
    for (const spec of sort) {
      const read = fieldById(spec.key).sortValue!;
      const [x, y] = [read(a.entry), read(b.entry)];
      if (x === null && y === null) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return spec.desc ? -order : order;
    }
    return a.position - b.position;
  });
}

describe("sorting by precomputed ranks", () => {
  it("gives exactly the order of the plain comparison, for any subset and any keys", () => {
    const spec = fc.record({ key: fc.constantFrom(...SORTABLE_FIELD_IDS), desc: fc.boolean() });
    fc.assert(
      fc.property(
        fc.subarray(all),
        fc.uniqueArray(spec, { selector: (s) => s.key, minLength: 1, maxLength: 3 }),
        (rows, sort) => {
          expect(ids(sortByRanks(rows, sort, all))).toEqual(ids(referenceSort(rows, sort)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
