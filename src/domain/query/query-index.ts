/**
 * The catalog as columns, for filtering and counting 100,000 entries in a few milliseconds: each facet's values as
 * small integer codes in typed arrays, each range's numbers in a Float64Array (NaN where unknown), and the search
 * text. Loops over typed arrays and counters indexed by code replace reads of entry objects and Map updates, which
 * measured 200 ms for one facet's counts at 100,000 entries in Chromium. Built once per catalog (or per snapshot
 * while one streams in) from the facet values of indexed entries, or, for catalogs too big to hold as objects,
 * one entry at a time.
 */
import type { IndexedEntry } from "./entry-values";
import { FACET_IDS, RANGE_IDS, type FacetId, type RangeId } from "./view-state";

export interface FacetColumn {
  /** The facet's distinct values; an entry's codes index into this list. */
  readonly values: readonly string[];
  readonly codeOf: ReadonlyMap<string, number>;
  /** Entry i's codes are codes[offsets[i]] up to codes[offsets[i + 1]]; none means its value is unknown. */
  readonly offsets: Uint32Array;
  readonly codes: Uint16Array;
}

export interface QueryIndex {
  readonly size: number;
  readonly facets: Readonly<Record<FacetId, FacetColumn>>;
  /** NaN where the value is unknown. */
  readonly numbers: Readonly<Record<RangeId, Float64Array>>;
  /** Lowercase, accent-free text that search matches against. */
  readonly searchText: readonly string[];
}

/** What the index keeps of one entry: the same shape as an indexed entry's values. */
export type IndexValues = Pick<IndexedEntry, "facets" | "numbers" | "searchText">;

class FacetColumnBuilder {
  private readonly values: string[] = [];
  private readonly codeOf = new Map<string, number>();
  private readonly offsets: number[] = [0];
  private readonly codes: number[] = [];

  add(values: readonly string[]): void {
    for (const value of values) {
      let code = this.codeOf.get(value);
      if (code === undefined) {
        code = this.values.length;
        this.values.push(value);
        this.codeOf.set(value, code);
      }
      this.codes.push(code);
    }
    this.offsets.push(this.codes.length);
  }

  build(): FacetColumn {
    // Free-text facets (licence, venue) could in principle pass 65,536 distinct values; they would need wider codes.
    if (this.values.length > 0xffff) throw new RangeError("a facet has more than 65,536 distinct values");
    return {
      values: this.values,
      codeOf: this.codeOf,
      offsets: Uint32Array.from(this.offsets),
      codes: Uint16Array.from(this.codes),
    };
  }
}

function recordOf<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, V>;
}

/** Collects entries one at a time, so a catalog of a million entries can be indexed without holding them all. */
export class QueryIndexBuilder {
  private readonly facets = recordOf(FACET_IDS, () => new FacetColumnBuilder());
  private readonly numbers = recordOf(RANGE_IDS, () => [] as number[]);
  private readonly searchText: string[] = [];

  add(values: IndexValues): void {
    for (const facet of FACET_IDS) this.facets[facet].add(values.facets[facet]);
    for (const range of RANGE_IDS) this.numbers[range].push(values.numbers[range] ?? Number.NaN);
    this.searchText.push(values.searchText);
  }

  build(): QueryIndex {
    return {
      size: this.searchText.length,
      facets: recordOf(FACET_IDS, (facet) => this.facets[facet].build()),
      numbers: recordOf(RANGE_IDS, (range) => Float64Array.from(this.numbers[range])),
      searchText: this.searchText,
    };
  }
}

/** Running counts of one facet over entries added by position: one counter per code, one for entries with no value. */
export class FacetTally {
  readonly perCode: Int32Array;
  unknown = 0;
  constructor(readonly column: FacetColumn) {
    this.perCode = new Int32Array(column.values.length);
  }
  /** Counts the entry once in each value it lists, or as unknown. */
  add(position: number): void {
    const { offsets, codes } = this.column;
    const start = offsets[position]!;
    const end = offsets[position + 1]!;
    if (start === end) this.unknown += 1;
    for (let k = start; k < end; k += 1) this.perCode[codes[k]!]! += 1;
  }
}

const byList = new WeakMap<readonly IndexedEntry[], QueryIndex>();

/** The columns of a list of indexed entries (whose positions are their places in that list), kept per list. */
export function queryIndexOf(entries: readonly IndexedEntry[]): QueryIndex {
  let index = byList.get(entries);
  if (!index) {
    const builder = new QueryIndexBuilder();
    for (const entry of entries) builder.add(entry);
    index = builder.build();
    byList.set(entries, index);
  }
  return index;
}
