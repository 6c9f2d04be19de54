/**
 * Filtering, facet counts and sorting of indexed entries: (entries, state) -> rows and counts. The table receives
 * rows already filtered and sorted; a facet's counts reflect every other active filter, not its own.
 */
import { columnById } from "../columns/catalog-columns";
import { foldForSearch, type IndexedEntry } from "./entry-values";
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

// Text sorts the way people read it: case and accents ignored, "Model 2" before "Model 10".
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareKnown(x: string | number, y: string | number): number {
  if (typeof x === "number" && typeof y === "number") return x - y;
  return collator.compare(String(x), String(y));
}

/**
 * Sorts by each key in turn; unknown values go last whichever the direction. Ties keep catalog order. Each entry's
 * sort values are read once, not once per comparison.
 */
export function sortEntries(entries: readonly IndexedEntry[], sort: readonly SortSpec[]): IndexedEntry[] {
  const specs = sort.flatMap((spec) => {
    const read = columnById(spec.key)?.sortValue;
    return read ? [{ read, desc: spec.desc }] : [];
  });
  if (specs.length === 0) return [...entries];
  const keyed = entries.map((entry, position) => ({
    entry,
    position,
    keys: specs.map((spec) => spec.read(entry.entry)),
  }));
  const sorted = keyed.toSorted((a, b) => {
    for (const [i, spec] of specs.entries()) {
      const [x, y] = [a.keys[i] ?? null, b.keys[i] ?? null];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = compareKnown(x, y);
      if (order !== 0) return spec.desc ? -order : order;
    }
    return a.position - b.position;
  });
  return sorted.map((item) => item.entry);
}

/** Filter then sort: the rows a view shows and an export writes, in that order. */
export function runQuery(entries: readonly IndexedEntry[], state: QueryState): IndexedEntry[] {
  return sortEntries(filterEntries(entries, state), state.sort);
}
