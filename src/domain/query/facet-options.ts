/**
 * What a facet panel lists: each facet's label, its values with readable labels and live counts, in an order that
 * does not jump while the user clicks, and the numeric bounds of each range. Pure, so the panel only renders.
 */
import type { CatalogSource } from "../catalog/schema";
import { labelOf } from "../catalog/vocabularies";
import { FACET_IDS, facetOf, fieldById, RANGE_IDS, rangeOf } from "../fields/field-lookup";
import type { IndexedEntry } from "./entry-values";
import { queryIndexOf } from "./query-index";
import { facetCounts, type FacetCounts } from "./run-query";
import type { FacetId, QueryState, RangeId } from "./view-state";

/** Each facet's name in the filter panel, from the registry. */
export const FACET_LABELS: Readonly<Record<FacetId, string>> = recordOf(FACET_IDS, (facet) => facetOf(facet).label);
/** Each range's name: its field's label. */
export const RANGE_LABELS: Readonly<Record<RangeId, string>> = recordOf(RANGE_IDS, (range) => fieldById(range).label);
/** What a range measures, as a noun: "3 models with no known cell count". */
export const RANGE_NOUNS: Readonly<Record<RangeId, string>> = recordOf(RANGE_IDS, (range) => rangeOf(range).noun);

function recordOf<K extends string>(keys: readonly K[], make: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, string>;
}

/** A facet value as people read it: a vocabulary label, a source list's title, or the value itself. */
export function facetValueLabel(facet: FacetId, value: string, sources: readonly CatalogSource[] = []): string {
  const spec = facetOf(facet);
  if (spec.valueLabel) return spec.valueLabel(value, sources);
  return spec.vocabulary ? labelOf(spec.vocabulary, value) : value;
}

export interface FacetOption {
  readonly value: string;
  readonly label: string;
  /** Entries with this value among those passing every other filter. */
  readonly count: number;
  readonly selected: boolean;
}

export interface FacetPanel {
  readonly facet: FacetId;
  readonly label: string;
  readonly options: readonly FacetOption[];
  readonly unknownCount: number;
  /** Whether entries with no value currently pass this facet. */
  readonly unknownShown: boolean;
  /** Whether that is the user's explicit choice rather than the default. */
  readonly unknownChosen: boolean;
}

/** Values in the order of their frequency in the whole catalog, so options stay put as other filters change. */
export function facetValueOrder(all: readonly IndexedEntry[], facet: FacetId): string[] {
  const { values, codes } = queryIndexOf(all).facets[facet];
  const totals = new Int32Array(values.length);
  for (const code of codes) totals[code]! += 1;
  return values
    .map((value, code) => ({ value, total: totals[code]! }))
    .toSorted((a, b) => b.total - a.total || a.value.localeCompare(b.value))
    .map(({ value }) => value);
}

export function describeFacet(
  facet: FacetId,
  order: readonly string[],
  counts: FacetCounts,
  state: QueryState,
  sources: readonly CatalogSource[] = [],
): FacetPanel {
  const selection = state.facets[facet];
  const selected = selection?.values ?? [];
  // A value selected through a link but absent from the catalog is still listed, so it can be unticked.
  const values = [...order, ...selected.filter((value) => !order.includes(value))];
  return {
    facet,
    label: FACET_LABELS[facet],
    options: values.map((value) => ({
      value,
      label: facetValueLabel(facet, value, sources),
      count: counts.values.get(value) ?? 0,
      selected: selected.includes(value),
    })),
    unknownCount: counts.unknown,
    unknownShown: selection?.unknown ? selection.unknown === "include" : selected.length === 0,
    unknownChosen: selection?.unknown !== undefined,
  };
}

/** The panel of one facet for the current state: live counts, stable order. */
export function facetPanel(
  all: readonly IndexedEntry[],
  state: QueryState,
  facet: FacetId,
  sources: readonly CatalogSource[] = [],
): FacetPanel {
  return describeFacet(facet, facetValueOrder(all, facet), facetCounts(all, state, facet), state, sources);
}

export interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** The smallest and largest known value of a range in the whole catalog; null when no entry has one. */
export function rangeBounds(all: readonly IndexedEntry[], range: RangeId): Bounds | null {
  let min = Infinity;
  let max = -Infinity;
  // NaN (unknown) is neither smaller nor larger than anything.
  for (const value of queryIndexOf(all).numbers[range]) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min === Infinity ? null : { min, max };
}
