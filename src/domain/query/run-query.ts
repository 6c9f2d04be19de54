/**
 * Filtering, facet counts and sorting of indexed entries: (entries, state) -> rows and counts. The table receives
 * rows already filtered and sorted; a facet's counts reflect every other active filter, not its own.
 */
import { foldForSearch, type IndexedEntry } from "./entry-values";
import { sortByRanks } from "./sort-ranks";
import {
  FACET_IDS,
  RANGE_IDS,
  type FacetId,
  type FacetSelection,
  type QueryState,
  type Range,
  type RangeId,
  type SortSpec,
} from "./view-state";

function passesFacet(values: readonly string[], selection: FacetSelection | undefined): boolean {
  if (!selection) return true;
  if (values.length === 0) {
    return selection.unknown ? selection.unknown === "include" : selection.values.length === 0;
  }
  return selection.values.length === 0 || values.some((value) => selection.values.includes(value));
}

function passesRange(value: number | null, range: Range | undefined): boolean {
  if (!range || (range.min === null && range.max === null)) return true;
  if (value === null) return false;
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

function passesSearch(entry: IndexedEntry, words: readonly string[]): boolean {
  return words.every((word) => entry.searchText.includes(word));
}

function searchWords(search: string): string[] {
  return foldForSearch(search).split(/\s+/).filter(Boolean);
}

/** Whether an entry passes every filter of the state, optionally ignoring one filter (for that filter's counts). */
function passes(entry: IndexedEntry, state: QueryState, words: readonly string[], ignore?: FacetId | RangeId): boolean {
  if (!passesSearch(entry, words)) return false;
  for (const facet of FACET_IDS) {
    if (facet !== ignore && !passesFacet(entry.facets[facet], state.facets[facet])) return false;
  }
  return RANGE_IDS.every((range) => range === ignore || passesRange(entry.numbers[range], state.ranges[range]));
}

export function filterEntries(entries: readonly IndexedEntry[], state: QueryState): IndexedEntry[] {
  const words = searchWords(state.search);
  return entries.filter((entry) => passes(entry, state, words));
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
  const words = searchWords(state.search);
  return entries.filter((entry) => passes(entry, state, words, ignore));
}

export interface FacetCounts {
  /** Entries per value, among entries passing every other filter. */
  readonly values: ReadonlyMap<string, number>;
  /** Entries with no value for this facet, among the same. */
  readonly unknown: number;
}

export function facetCounts(entries: readonly IndexedEntry[], state: QueryState, facet: FacetId): FacetCounts {
  const words = searchWords(state.search);
  const values = new Map<string, number>();
  let unknown = 0;
  for (const entry of entries) {
    if (!passes(entry, state, words, facet)) continue;
    const own = entry.facets[facet];
    if (own.length === 0) unknown += 1;
    for (const value of own) values.set(value, (values.get(value) ?? 0) + 1);
  }
  return { values, unknown };
}

export interface RangeCounts {
  /** Entries with a known value, among entries passing every other filter. */
  readonly known: number;
  /** Entries with no known value, which any active range leaves out. */
  readonly unknown: number;
}

export function rangeCounts(entries: readonly IndexedEntry[], state: QueryState, range: RangeId): RangeCounts {
  const words = searchWords(state.search);
  let known = 0;
  let unknown = 0;
  for (const entry of entries) {
    if (!passes(entry, state, words, range)) continue;
    if (entry.numbers[range] === null) unknown += 1;
    else known += 1;
  }
  return { known, unknown };
}

function recordOf<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, V>;
}

export interface AllCounts {
  readonly facets: Readonly<Record<FacetId, FacetCounts>>;
  readonly ranges: Readonly<Record<RangeId, RangeCounts>>;
}

/**
 * Every facet's and range's counts in one pass over the entries, instead of one pass each: an entry that fails no
 * filter counts in every facet and range, one that fails exactly one counts only in that one (whose own filter its
 * counts ignore), and one that fails two or more counts nowhere.
 */
export function countAll(entries: readonly IndexedEntry[], state: QueryState): AllCounts {
  const words = searchWords(state.search);
  const facetValues = recordOf(FACET_IDS, () => new Map<string, number>());
  const facetUnknown = recordOf(FACET_IDS, () => 0);
  const rangeKnown = recordOf(RANGE_IDS, () => 0);
  const rangeUnknown = recordOf(RANGE_IDS, () => 0);
  const activeFacets = FACET_IDS.filter((facet) => state.facets[facet]);
  const activeRanges = RANGE_IDS.filter((range) => state.ranges[range]);

  const countFacet = (entry: IndexedEntry, facet: FacetId) => {
    const own = entry.facets[facet];
    if (own.length === 0) facetUnknown[facet] += 1;
    const counts = facetValues[facet];
    for (const value of own) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  const countRange = (entry: IndexedEntry, range: RangeId) => {
    if (entry.numbers[range] === null) rangeUnknown[range] += 1;
    else rangeKnown[range] += 1;
  };

  for (const entry of entries) {
    if (!passesSearch(entry, words)) continue;
    let failed: FacetId | RangeId | null = null;
    let failures = 0;
    for (const facet of activeFacets) {
      if (!passesFacet(entry.facets[facet], state.facets[facet])) {
        failed = facet;
        failures += 1;
      }
    }
    for (const range of activeRanges) {
      if (failures > 1) break;
      if (!passesRange(entry.numbers[range], state.ranges[range])) {
        failed = range;
        failures += 1;
      }
    }
    if (failures === 0) {
      for (const facet of FACET_IDS) countFacet(entry, facet);
      for (const range of RANGE_IDS) countRange(entry, range);
    } else if (failures === 1 && failed !== null) {
      if ((RANGE_IDS as readonly string[]).includes(failed)) countRange(entry, failed as RangeId);
      else countFacet(entry, failed as FacetId);
    }
  }
  return {
    facets: recordOf(FACET_IDS, (facet) => ({ values: facetValues[facet], unknown: facetUnknown[facet] })),
    ranges: recordOf(RANGE_IDS, (range) => ({ known: rangeKnown[range], unknown: rangeUnknown[range] })),
  };
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

/** Filter then sort: the rows a view shows and an export writes, in that order. */
export function runQuery(entries: readonly IndexedEntry[], state: QueryState): IndexedEntry[] {
  return sortEntries(filterEntries(entries, state), state.sort, entries);
}
