/**
 * The facet values, range numbers and search text of an entry, read once per catalog into an index so that
 * filtering, counting and sorting never reach into entries again. Queries run on these values laid out as columns
 * (query-index.ts).
 */
import { foldCase } from "../catalog/normalise";
import type { EntryFacts } from "../catalog/schema";
import { labelOf } from "../catalog/vocabularies";
import { FACET_IDS, facetOf, RANGE_IDS, rangeOf } from "../fields/field-lookup";
import type { FacetId, RangeId } from "./view-state";

export interface IndexedEntry {
  readonly entry: EntryFacts;
  /** Place in the catalog: ties in a sort keep this order, and per-catalog sort ranks are looked up by it. */
  readonly position: number;
  /** Facet values; an empty list means the value is unknown. */
  readonly facets: Readonly<Record<FacetId, readonly string[]>>;
  readonly numbers: Readonly<Record<RangeId, number | null>>;
  /** Lowercase, accent-free text that search matches against. */
  readonly searchText: string;
}

/** Search ignores case and accents: "ziga" finds "Žiga", "scbert" finds "scBERT". */
export const foldForSearch = foldCase;

function facetValues(entry: EntryFacts): Record<FacetId, readonly string[]> {
  const values = {} as Record<FacetId, readonly string[]>;
  for (const facet of FACET_IDS) values[facet] = facetOf(facet).values(entry);
  return values;
}

function rangeNumbers(entry: EntryFacts): Record<RangeId, number | null> {
  const numbers = {} as Record<RangeId, number | null>;
  for (const range of RANGE_IDS) numbers[range] = rangeOf(range).value(entry);
  return numbers;
}

function searchTextOf(entry: EntryFacts): string {
  return foldForSearch(
    [
      entry.name,
      ...entry.aliases,
      entry.paper.title ?? "",
      ...(entry.paper.otherTitles ?? []),
      entry.paper.firstAuthor ?? "",
      entry.architecture.stated ?? "",
      entry.architecture.family ? labelOf("architectureFamily", entry.architecture.family) : "",
      ...entry.tasks.flatMap((task) => [labelOf("task", task.id), task.text]),
    ].join("\n"),
  );
}

export function indexEntry(entry: EntryFacts, position = 0): IndexedEntry {
  return {
    entry,
    position,
    facets: facetValues(entry),
    numbers: rangeNumbers(entry),
    searchText: searchTextOf(entry),
  };
}

// While a big catalog streams in, each snapshot's list extends the last: entries already indexed at the same place
// are reused, so a snapshot costs only its new entries. The same list gives the same index, so caches keyed by it
// (sort orders built in the loading worker) find it again.
const byEntry = new WeakMap<EntryFacts, IndexedEntry>();
const byList = new WeakMap<readonly EntryFacts[], IndexedEntry[]>();

export function indexEntries(entries: readonly EntryFacts[]): IndexedEntry[] {
  const known = byList.get(entries);
  if (known) return known;
  const indexed = entries.map((entry, position) => {
    const cached = byEntry.get(entry);
    if (cached?.position === position) return cached;
    const fresh = indexEntry(entry, position);
    byEntry.set(entry, fresh);
    return fresh;
  });
  byList.set(entries, indexed);
  return indexed;
}
