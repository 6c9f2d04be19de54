/**
 * Filtering, facet counts and sorting of indexed entries: (entries, state) -> rows and counts. The table receives
 * rows already filtered and sorted; a facet's counts reflect every other active filter, not its own. The loops run
 * over the catalog's columns (query-index.ts); the state is first compiled into per-code lookup tables.
 */
import { foldForSearch, type IndexedEntry } from "./entry-values";
import { FacetTally, queryIndexOf, type FacetColumn, type QueryIndex } from "./query-index";
import { sortByRanks, sortPositions } from "./sort-ranks";
import { FACET_IDS, RANGE_IDS, type FacetId, type QueryState, type RangeId, type SortSpec } from "./view-state";

interface CompiledFacet {
  readonly facet: FacetId;
  readonly column: FacetColumn;
  /** 1 for each selected value's code. */
  readonly selected: Uint8Array;
  readonly anySelected: boolean;
  /** Whether an entry with no value passes. */
  readonly unknownPasses: boolean;
}

interface CompiledRange {
  readonly range: RangeId;
  readonly numbers: Float64Array;
  readonly min: number;
  readonly max: number;
}

interface CompiledQuery {
  readonly words: readonly string[];
  readonly facets: readonly CompiledFacet[];
  readonly ranges: readonly CompiledRange[];
}

function compile(index: QueryIndex, state: QueryState): CompiledQuery {
  const facets = FACET_IDS.flatMap((facet): CompiledFacet[] => {
    const selection = state.facets[facet];
    if (!selection) return [];
    const column = index.facets[facet];
    const selected = new Uint8Array(column.values.length);
    for (const value of selection.values) {
      const code = column.codeOf.get(value);
      if (code !== undefined) selected[code] = 1;
    }
    const anySelected = selection.values.length > 0;
    const unknownPasses = selection.unknown ? selection.unknown === "include" : !anySelected;
    return [{ facet, column, selected, anySelected, unknownPasses }];
  });
  const ranges = RANGE_IDS.flatMap((range): CompiledRange[] => {
    const bounds = state.ranges[range];
    // A range with neither end set is no filter: it keeps entries whose value is unknown too.
    if (!bounds || (bounds.min === null && bounds.max === null)) return [];
    return [{ range, numbers: index.numbers[range], min: bounds.min ?? -Infinity, max: bounds.max ?? Infinity }];
  });
  return { words: foldForSearch(state.search).split(/\s+/).filter(Boolean), facets, ranges };
}

function passesFacet(filter: CompiledFacet, position: number): boolean {
  const { offsets, codes } = filter.column;
  const start = offsets[position]!;
  const end = offsets[position + 1]!;
  if (start === end) return filter.unknownPasses;
  if (!filter.anySelected) return true;
  for (let k = start; k < end; k += 1) if (filter.selected[codes[k]!] === 1) return true;
  return false;
}

function passesRange(filter: CompiledRange, position: number): boolean {
  const value = filter.numbers[position]!;
  // NaN (unknown) fails both comparisons' negation: it never passes an active range.
  return value >= filter.min && value <= filter.max;
}

interface SearchResult {
  readonly key: string;
  readonly positions: Int32Array;
}

// The last few searches per catalog. Typing extends a search ("omn" to "omni", or a further word), and every entry
// matching the longer text matches the shorter, so only the shorter one's matches are scanned again.
const recentSearches = new WeakMap<QueryIndex, SearchResult[]>();
const RECENT_SEARCHES = 8;

/** Positions whose search text holds every word, in catalog order; null when there are no words (all match). */
function searchPositions(index: QueryIndex, words: readonly string[]): Int32Array | null {
  if (words.length === 0) return null;
  const key = words.join(" ");
  const recent = recentSearches.get(index) ?? [];
  const known = recent.find((result) => result.key === key);
  if (known) return known.positions;
  const narrower = recent
    .filter((result) => key.startsWith(result.key))
    .reduce<SearchResult | null>(
      (best, result) => (!best || result.key.length > best.key.length ? result : best),
      null,
    );
  const candidates = narrower?.positions;
  const size = candidates ? candidates.length : index.size;
  const matched = new Int32Array(size);
  let count = 0;
  for (let i = 0; i < size; i += 1) {
    const position = candidates ? candidates[i]! : i;
    const text = index.searchText[position]!;
    if (words.every((word) => text.includes(word))) matched[count++] = position;
  }
  const positions = matched.slice(0, count);
  recentSearches.set(index, [{ key, positions }, ...recent].slice(0, RECENT_SEARCHES));
  return positions;
}

/** Calls `visit` with each position that passes the search, in catalog order. */
function forEachSearched(index: QueryIndex, words: readonly string[], visit: (position: number) => void): void {
  const searched = searchPositions(index, words);
  if (searched) for (const position of searched) visit(position);
  else for (let position = 0; position < index.size; position += 1) visit(position);
}

/** Positions passing every filter, optionally ignoring one (for that filter's counts or a brushed chart). */
function matchPositions(index: QueryIndex, query: CompiledQuery, ignore?: FacetId | RangeId): Int32Array {
  const facets = query.facets.filter((filter) => filter.facet !== ignore);
  const ranges = query.ranges.filter((filter) => filter.range !== ignore);
  const matched = new Int32Array(index.size);
  let count = 0;
  forEachSearched(index, query.words, (position) => {
    if (!facets.every((filter) => passesFacet(filter, position))) return;
    if (!ranges.every((filter) => passesRange(filter, position))) return;
    matched[count++] = position;
  });
  return matched.subarray(0, count);
}

/** The items at these positions, in their order: entries, or rows of an index's catalog (the table's data). */
export function rowsAt<T>(entries: readonly T[], positions: ArrayLike<number>): T[] {
  const rows: T[] = Array.from({ length: positions.length });
  for (let i = 0; i < positions.length; i += 1) rows[i] = entries[positions[i]!]!;
  return rows;
}

export function filterEntries(entries: readonly IndexedEntry[], state: QueryState): IndexedEntry[] {
  const index = queryIndexOf(entries);
  return rowsAt(entries, matchPositions(index, compile(index, state)));
}

/**
 * The entries passing every filter but one: what a chart brushing the year axis draws, so years outside the
 * current range stay visible and the range can be widened again.
 */
export function filterIgnoring(
  entries: readonly IndexedEntry[],
  state: QueryState,
  ignore: FacetId | RangeId,
): IndexedEntry[] {
  return rowsAt(entries, matchIgnoring(entries, state, ignore));
}

/** The positions, in catalog order, of the entries filterIgnoring keeps: what charts count over. */
export function matchIgnoring(
  entries: readonly IndexedEntry[],
  state: QueryState,
  ignore: FacetId | RangeId,
): Int32Array {
  const index = queryIndexOf(entries);
  return matchPositions(index, compile(index, state), ignore);
}

export interface FacetCounts {
  /** Entries per value, among entries passing every other filter; values counted nowhere are absent. */
  readonly values: ReadonlyMap<string, number>;
  /** Entries with no value for this facet, among the same. */
  readonly unknown: number;
}

export interface RangeCounts {
  /** Entries with a known value, among entries passing every other filter. */
  readonly known: number;
  /** Entries with no known value, which any active range leaves out. */
  readonly unknown: number;
}

function countsOf(tally: FacetTally): FacetCounts {
  const values = new Map<string, number>();
  tally.perCode.forEach((count, code) => {
    if (count > 0) values.set(tally.column.values[code]!, count);
  });
  return { values, unknown: tally.unknown };
}

class RangeTally {
  known = 0;
  unknown = 0;
  constructor(readonly numbers: Float64Array) {}
  add(position: number): void {
    if (Number.isNaN(this.numbers[position]!)) this.unknown += 1;
    else this.known += 1;
  }
  result(): RangeCounts {
    return { known: this.known, unknown: this.unknown };
  }
}

export function facetCounts(entries: readonly IndexedEntry[], state: QueryState, facet: FacetId): FacetCounts {
  const index = queryIndexOf(entries);
  const tally = new FacetTally(index.facets[facet]);
  for (const position of matchPositions(index, compile(index, state), facet)) tally.add(position);
  return countsOf(tally);
}

export function rangeCounts(entries: readonly IndexedEntry[], state: QueryState, range: RangeId): RangeCounts {
  const index = queryIndexOf(entries);
  const tally = new RangeTally(index.numbers[range]);
  for (const position of matchPositions(index, compile(index, state), range)) tally.add(position);
  return tally.result();
}

function recordOf<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, V>;
}

export interface AllCounts {
  readonly facets: Readonly<Record<FacetId, FacetCounts>>;
  readonly ranges: Readonly<Record<RangeId, RangeCounts>>;
}

/** Every facet's and range's counts over columns, in one pass: see countAll. */
export function countIndex(index: QueryIndex, state: QueryState): AllCounts {
  const query = compile(index, state);
  const facetTallies = recordOf(FACET_IDS, (facet) => new FacetTally(index.facets[facet]));
  const rangeTallies = recordOf(RANGE_IDS, (range) => new RangeTally(index.numbers[range]));
  const allFacets = Object.values<FacetTally>(facetTallies);
  const allRanges = Object.values<RangeTally>(rangeTallies);
  forEachSearched(index, query.words, (position) => {
    let failed: FacetTally | RangeTally | null = null;
    let failures = 0;
    for (const filter of query.facets) {
      if (passesFacet(filter, position)) continue;
      failed = facetTallies[filter.facet];
      failures += 1;
      if (failures > 1) break;
    }
    for (let r = 0; failures <= 1 && r < query.ranges.length; r += 1) {
      const filter = query.ranges[r]!;
      if (passesRange(filter, position)) continue;
      failed = rangeTallies[filter.range];
      failures += 1;
    }
    if (failures === 0) {
      for (const tally of allFacets) tally.add(position);
      for (const tally of allRanges) tally.add(position);
    } else if (failures === 1) failed!.add(position);
  });
  return {
    facets: recordOf(FACET_IDS, (facet) => countsOf(facetTallies[facet])),
    ranges: recordOf(RANGE_IDS, (range) => rangeTallies[range].result()),
  };
}

/**
 * Every facet's and range's counts in one pass over the entries, instead of one pass each: an entry that fails no
 * filter counts in every facet and range, one that fails exactly one counts only in that one (whose own filter its
 * counts ignore), and one that fails two or more counts nowhere.
 */
export function countAll(entries: readonly IndexedEntry[], state: QueryState): AllCounts {
  return countIndex(queryIndexOf(entries), state);
}

/**
 * Sorts by each key in turn; unknown values go last whichever the direction. Ties keep catalog order. `all` is the
 * whole indexed catalog the rows come from (by default the rows themselves), whose per-column orders are cached.
 */
export function sortEntries(
  entries: readonly IndexedEntry[],
  sort: readonly SortSpec[],
  all: readonly IndexedEntry[] = entries,
): IndexedEntry[] {
  return sortByRanks(entries, sort, all);
}

/**
 * Filter then sort, as places in `entries`: what a view needs before it needs the entries themselves (a count, a
 * chart's bins), without an array of 100,000 of them on every click.
 */
export function queryPositions(entries: readonly IndexedEntry[], state: QueryState): Int32Array {
  const index = queryIndexOf(entries);
  return sortPositions(matchPositions(index, compile(index, state)), state.sort, entries);
}

/** Filter then sort: the rows a view shows and an export writes, in that order. Positions until the end. */
export function runQuery(entries: readonly IndexedEntry[], state: QueryState): IndexedEntry[] {
  return rowsAt(entries, queryPositions(entries, state));
}

/** The positions of the entries passing every filter, for callers working on columns alone (the benchmark). */
export function matchIndex(index: QueryIndex, state: QueryState): Int32Array {
  return matchPositions(index, compile(index, state));
}
