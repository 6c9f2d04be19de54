/**
 * The charts count over the catalog's columns; here they are checked against a plain reading of entry objects,
 * for any mix of models, large enough that the scatter and the strip are binned.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { indexEntries, type IndexedEntry } from "../query/entry-values";
import type { FacetId } from "../query/view-state";
import { UNKNOWN_GROUP } from "./chart-groups";
import { chartRows } from "./chart-rows";
import { coverageMatrix } from "./coverage-matrix";
import { MAX_POINTS, scaleSeries, UNPLACED_LISTED } from "./scale-series";
import { OTHER_GROUP, yearSeries } from "./year-series";

const real = indexEntries(loadRealCatalog().entries);

const CELLS = [900, 12_000, 250_000, 3_300_000, 33_000_000, 1e9];

/**
 * A catalog of copies of real entries with other years and cell counts, and which of them are charted: a few
 * dozen, or enough that the placed models are binned, or (mostly without cell counts) that the strip is binned.
 */
const catalogArbitrary = fc
  .tuple(fc.constantFrom(30, 2000), fc.constantFrom(4, 1 / 4))
  .chain(([size, cellsKnownOdds]) =>
    fc.array(
      fc.record({
        base: fc.nat({ max: real.length - 1 }),
        year: fc.option(fc.integer({ min: 2016, max: 2026 }), { freq: 6 }),
        cells: fc.oneof(
          { weight: cellsKnownOdds > 1 ? 4 : 1, arbitrary: fc.constantFrom(...CELLS) },
          { weight: cellsKnownOdds > 1 ? 1 : 4, arbitrary: fc.constant(null) },
        ),
        charted: fc.boolean(),
      }),
      { minLength: size, maxLength: size },
    ),
  )
  .map((specs) => {
    const all: IndexedEntry[] = specs.map((spec, position) => {
      const base = real[spec.base]!;
      return {
        ...base,
        entry: { ...base.entry, id: `${base.entry.id}-${position}`, name: `${base.entry.name} ${position}` },
        position,
        numbers: { ...base.numbers, year: spec.year, cells: spec.cells },
      };
    });
    return { all, rows: all.filter((_, position) => specs[position]!.charted) };
  });

const colourArbitrary = fc.constantFrom<FacetId>("family", "kind", "weights");
const stackArbitrary = fc.constantFrom<FacetId>("family", "modality", "task");

function tally(rows: readonly IndexedEntry[], count: (row: IndexedEntry) => readonly string[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) for (const key of count(row)) totals.set(key, (totals.get(key) ?? 0) + 1);
  return totals;
}

const valuesOrUnknown = (facet: FacetId) => (row: IndexedEntry) =>
  row.facets[facet].length === 0 ? [UNKNOWN_GROUP] : row.facets[facet];

describe("charts counted over columns", () => {
  it("place, group, bin and list the same models as a reading of the entries", () => {
    fc.assert(
      fc.property(catalogArbitrary, colourArbitrary, ({ all, rows }, colour) => {
        const series = scaleSeries(chartRows(all, rows), colour);
        const placed = rows.filter((row) => row.numbers.year !== null && row.numbers.cells !== null);
        const unplaced = rows.filter((row) => !placed.includes(row));
        expect(series.placed).toBe(placed.length);
        expect(series.unplacedCount).toBe(unplaced.length);
        expect(series.unplaced.map((model) => model.id)).toEqual(
          unplaced.slice(0, UNPLACED_LISTED).map((row) => row.entry.id),
        );
        expect(new Map(series.groups.map((group) => [group.id, group.count]))).toEqual(
          tally(placed, valuesOrUnknown(colour)),
        );
        const cells = placed.map((row) => row.numbers.cells!);
        expect(series.smallest?.cells).toBe(cells.length ? cells.reduce((a, b) => Math.min(a, b)) : undefined);
        expect(series.largest?.cells).toBe(cells.length ? cells.reduce((a, b) => Math.max(a, b)) : undefined);
        if (placed.length > MAX_POINTS) {
          expect(series.points).toHaveLength(0);
          expect(series.bins!.reduce((sum, bin) => sum + bin.count, 0)).toBe(placed.length);
          // A bin's range, which a click filters to, holds exactly the models it counts.
          for (const bin of series.bins!) {
            const inside = placed.filter(
              (row) =>
                row.numbers.year === bin.year &&
                row.numbers.cells! >= bin.minCells &&
                row.numbers.cells! <= bin.maxCells,
            );
            expect(inside).toHaveLength(bin.count);
          }
        } else {
          expect(series.points.map((point) => point.id)).toEqual(placed.map((row) => row.entry.id));
          expect(series.bins).toBeNull();
        }
        const dated = unplaced.filter((row) => row.numbers.year !== null);
        if (dated.length > MAX_POINTS) {
          expect(series.strip).toBeNull();
          const perYear = new Map(series.stripBins!.map((bin) => [String(bin.year), bin.count]));
          expect(perYear).toEqual(tally(dated, (row) => [String(row.numbers.year)]));
        } else expect(series.strip?.map((model) => model.id)).toEqual(dated.map((row) => row.entry.id));
      }),
      { numRuns: 40 },
    );
  });

  it("count models per year and group as a reading of the entries, once per group", () => {
    fc.assert(
      fc.property(catalogArbitrary, stackArbitrary, ({ all, rows }, stack) => {
        const series = yearSeries(chartRows(all, rows), stack);
        const dated = rows.filter((row) => row.numbers.year !== null);
        expect(series.withoutYear).toBe(rows.length - dated.length);
        const folded = new Set(series.folded);
        const groupsOf = (row: IndexedEntry) => {
          const values = row.facets[stack];
          if (values.length === 0) return [UNKNOWN_GROUP];
          return [...new Set(values.map((value) => (folded.has(value) ? OTHER_GROUP : value)))];
        };
        for (const bar of series.bars) {
          const ofYear = dated.filter((row) => row.numbers.year === bar.year);
          expect(bar.models).toBe(ofYear.length);
          expect(new Map(Object.entries(bar.counts))).toEqual(tally(ofYear, groupsOf));
        }
        expect(new Map(series.groups.map((group) => [group.id, group.count]))).toEqual(tally(dated, groupsOf));
      }),
      { numRuns: 40 },
    );
  });

  it("count tasks per family as a reading of the entries", () => {
    fc.assert(
      fc.property(catalogArbitrary, ({ all, rows }) => {
        const matrix = coverageMatrix(chartRows(all, rows), "family");
        const withTasks = rows.filter((row) => row.facets.task.length > 0);
        expect(matrix.withoutTasks).toBe(rows.length - withTasks.length);
        expect(new Map(matrix.tasks.map((task) => [task.id, task.total]))).toEqual(
          tally(rows, (row) => row.facets.task),
        );
        matrix.rows.forEach((axis, r) => {
          const ofFamily = withTasks.filter((row) => (row.facets.family[0] ?? "unknown") === axis.id);
          expect(axis.total).toBe(ofFamily.length);
          matrix.tasks.forEach((task, t) => {
            const expected = ofFamily.reduce(
              (sum, row) => sum + row.facets.task.filter((id) => id === task.id).length,
              0,
            );
            expect(matrix.counts[r]![t]).toBe(expected);
          });
        });
      }),
      { numRuns: 40 },
    );
  });
});
