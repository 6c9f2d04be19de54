/**
 * The pure core's speed in Node: index, filter by a facet, count every facet, search, sort, at the sizes given.
 * Entries are generated and indexed a chunk at a time and then dropped, as a million entries with their provenance
 * (about 8 KB each as objects) do not fit in memory: what the queries run on is the column index alone. Each figure
 * is the median of several runs. Used by `npm run bench`; runnable alone:
 *   npx tsx scripts/bench/core-bench.ts 100000 1000000
 */
import { fieldById } from "../../src/domain/fields/field-lookup";
import type { CatalogEntry, EntryFacts } from "../../src/domain/catalog/schema";
import { indexEntry } from "../../src/domain/query/entry-values";
import { QueryIndexBuilder, type QueryIndex } from "../../src/domain/query/query-index";
import { countIndex, matchIndex } from "../../src/domain/query/run-query";
import { orderFromValues, orderPositions } from "../../src/domain/query/sort-ranks";
import { EMPTY_QUERY } from "../../src/domain/query/view-state";
import { syntheticEntries } from "./synthetic-catalog";

export interface CoreFigures {
  readonly size: number;
  /** Reading facet values, numbers and search text from entries into the column index. */
  readonly indexMs: number;
  readonly facetFilterMs: number;
  readonly allFacetCountsMs: number;
  readonly searchMs: number;
  /** Ranking a text column (names) the first time it is sorted by. */
  readonly firstSortMs: number;
  /** Sorting the entries of one facet by a ranked column. */
  readonly sortMs: number;
  readonly heapMB: number;
}

const CHUNK = 10_000;
const SEARCHES = ["cellformer", "omnigene", "bertnet", "gptscope", "atlasvae"];
let searched = 0;

function median(run: () => void, times = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.toSorted((a, b) => a - b)[Math.floor(times / 2)]!;
}

interface Indexed {
  readonly index: QueryIndex;
  readonly indexMs: number;
  readonly names: (string | number | null)[];
  readonly cells: (string | number | null)[];
}

function indexSynthetic(size: number): Indexed {
  const builder = new QueryIndexBuilder();
  const [readName, readCells] = (["name", "cells"] as const).map((key) => fieldById(key).sortValue!) as [
    (entry: EntryFacts) => string | number | null,
    (entry: EntryFacts) => string | number | null,
  ];
  const names: (string | number | null)[] = [];
  const cells: (string | number | null)[] = [];
  let indexMs = 0;
  let chunk: CatalogEntry[] = [];
  const flush = () => {
    const start = performance.now();
    for (const entry of chunk) builder.add(indexEntry(entry, names.length));
    indexMs += performance.now() - start;
    for (const entry of chunk) {
      names.push(readName(entry));
      cells.push(readCells(entry));
    }
    chunk = [];
  };
  for (const entry of syntheticEntries(size)) {
    chunk.push(entry);
    if (chunk.length === CHUNK) flush();
  }
  flush();
  const start = performance.now();
  const index = builder.build();
  return { index, indexMs: indexMs + performance.now() - start, names, cells };
}

export function measureCore(size: number): CoreFigures {
  const { index, indexMs, names, cells } = indexSynthetic(size);
  const facet = { ...EMPTY_QUERY, facets: { family: { values: ["decoder-transformer"] } } };
  const decoders = matchIndex(index, facet);
  const cellOrder = orderFromValues(cells);
  return {
    size,
    indexMs,
    facetFilterMs: median(() => matchIndex(index, facet)),
    allFacetCountsMs: median(() => countIndex(index, facet)),
    // A different word each run: a repeated search is answered from the last searches and would time nothing.
    searchMs: median(() => matchIndex(index, { ...EMPTY_QUERY, search: SEARCHES[searched++ % SEARCHES.length]! })),
    firstSortMs: median(() => orderFromValues(names), 3),
    sortMs: median(() => orderPositions(decoders, cellOrder, true)),
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of process.argv.slice(2).map(Number)) console.log(measureCore(size));
}
