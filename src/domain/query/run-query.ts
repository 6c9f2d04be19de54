/**
 * Filtering, facet counts and sorting of indexed entries: (entries, state) -> rows and counts. The table receives
 * rows already filtered and sorted; a facet's counts reflect every other active filter, not its own.
 */
import { foldForSearch, type IndexedEntry } from "./entry-values";
import {
  FACET_IDS,
  RANGE_IDS,
  type FacetId,
  type FacetSelection,
  type QueryState,
  type Range,
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

/** Whether an entry passes every filter of the state, optionally ignoring one facet (for that facet's counts). */
function passes(entry: IndexedEntry, state: QueryState, words: readonly string[], ignore?: FacetId): boolean {
  if (!passesSearch(entry, words)) return false;
  for (const facet of FACET_IDS) {
    if (facet !== ignore && !passesFacet(entry.facets[facet], state.facets[facet])) return false;
  }
  return RANGE_IDS.every((range) => passesRange(entry.numbers[range], state.ranges[range]));
}

export function filterEntries(entries: readonly IndexedEntry[], state: QueryState): IndexedEntry[] {
  const words = searchWords(state.search);
  return entries.filter((entry) => passes(entry, state, words));
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

function sortValue(entry: IndexedEntry, spec: SortSpec): string | number | null {
  switch (spec.key) {
    case "name":
      return entry.entry.name.toLowerCase();
    case "year":
      return entry.numbers.year;
    case "cells":
      return entry.numbers.cells;
    case "params":
      return entry.numbers.params;
    case "kind":
      return entry.entry.kind;
    case "family":
      return entry.entry.architecture.family;
    default:
      return entry.entry.openWeights === "unknown" ? null : entry.entry.openWeights;
  }
}

/** Sorts by each key in turn; unknown values go last whichever the direction. Ties keep catalog order. */
export function sortEntries(entries: readonly IndexedEntry[], sort: readonly SortSpec[]): IndexedEntry[] {
  if (sort.length === 0) return [...entries];
  return entries.toSorted((a, b) => {
    for (const spec of sort) {
      const [x, y] = [sortValue(a, spec), sortValue(b, spec)];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = x < y ? -1 : 1;
      return spec.desc ? -order : order;
    }
    return 0;
  });
}

/** Filter then sort: the rows a view shows and an export writes, in that order. */
export function runQuery(entries: readonly IndexedEntry[], state: QueryState): IndexedEntry[] {
  return sortEntries(filterEntries(entries, state), state.sort);
}
