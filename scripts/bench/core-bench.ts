/**
 * The pure core's speed in Node: index, filter by a facet, count every facet, search, sort, at the sizes given.
 * Each figure is the median of several runs. Used by `npm run bench`; runnable alone:
 *   npx tsx scripts/bench/core-bench.ts 100000
 */
import { indexEntries, indexEntry } from "../../src/domain/query/entry-values";
import { countAll, filterEntries, sortEntries } from "../../src/domain/query/run-query";
import { EMPTY_QUERY } from "../../src/domain/query/view-state";
import { syntheticCatalog } from "./synthetic-catalog";

export interface CoreFigures {
  readonly size: number;
  readonly indexMs: number;
  readonly facetFilterMs: number;
  readonly allFacetCountsMs: number;
  readonly searchMs: number;
  readonly firstSortMs: number;
  readonly sortMs: number;
}

function median(run: () => void, times = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.toSorted((a, b) => a - b)[Math.floor(times / 2)]!;
}

export function measureCore(size: number): CoreFigures {
  const { entries } = syntheticCatalog(size);
  const indexed = indexEntries(entries);
  // indexEntries keeps its result per list; time the work it does the first time.
  const indexMs = median(() => entries.map((entry, position) => indexEntry(entry, position)), 3);
  const facet = { ...EMPTY_QUERY, facets: { family: { values: ["decoder-transformer"] } } };
  return {
    size,
    indexMs,
    facetFilterMs: median(() => filterEntries(indexed, facet)),
    allFacetCountsMs: median(() => countAll(indexed, facet)),
    searchMs: median(() => filterEntries(indexed, { ...EMPTY_QUERY, search: "cellformer" })),
    // The first sort by a column ranks the catalog once; later ones reuse it, as clicks in the app do.
    firstSortMs: median(
      () => sortEntries(indexEntries(entries.slice(0, size)), [{ key: "name", desc: false }], undefined),
      1,
    ),
    sortMs: median(() => sortEntries(indexed, [{ key: "cells", desc: true }])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of process.argv.slice(2).map(Number)) console.log(measureCore(size));
}
