/**
 * The active filters as a list of removable chips: each says what it keeps, in words, and carries the state
 * without it. The chip row and the empty state both read this list.
 */
import { formatCount } from "../catalog/accessors";
import type { CatalogSource } from "../catalog/schema";
import { FACET_LABELS, facetValueLabel, RANGE_LABELS } from "./facet-options";
import { clearFacet, setFacetUnknown, setRange, setSearch, toggleFacetValue } from "./query-actions";
import { FACET_IDS, RANGE_IDS, type QueryState, type Range, type RangeId } from "./view-state";

export interface ActiveFilter<S extends QueryState> {
  /** Stable key for rendering. */
  readonly key: string;
  readonly text: string;
  readonly without: S;
}

export function formatRangeValue(range: RangeId, value: number): string {
  return range === "year" ? String(value) : formatCount(value);
}

export function describeRange(range: RangeId, { min, max }: Range): string {
  if (min !== null && max !== null) {
    return min === max
      ? formatRangeValue(range, min)
      : `${formatRangeValue(range, min)}–${formatRangeValue(range, max)}`;
  }
  if (min !== null) return `≥ ${formatRangeValue(range, min)}`;
  return max !== null ? `≤ ${formatRangeValue(range, max)}` : "any";
}

export function activeFilters<S extends QueryState>(
  state: S,
  sources: readonly CatalogSource[] = [],
): ActiveFilter<S>[] {
  const chips: ActiveFilter<S>[] = [];
  if (state.search.trim() !== "") {
    chips.push({ key: "search", text: `Search: “${state.search.trim()}”`, without: setSearch(state, "") });
  }
  for (const facet of FACET_IDS) {
    const selection = state.facets[facet];
    if (!selection) continue;
    for (const value of selection.values) {
      chips.push({
        key: `${facet}:${value}`,
        text: `${FACET_LABELS[facet]}: ${facetValueLabel(facet, value, sources)}`,
        without: toggleFacetValue(state, facet, value),
      });
    }
    if (selection.unknown) {
      const shown = selection.unknown === "include";
      chips.push({
        key: `${facet}:unknown`,
        text: `${FACET_LABELS[facet]}: ${shown ? "unknown included" : "unknown left out"}`,
        without: selection.values.length === 0 ? clearFacet(state, facet) : setFacetUnknown(state, facet, !shown),
      });
    }
  }
  for (const range of RANGE_IDS) {
    const value = state.ranges[range];
    if (!value) continue;
    chips.push({
      key: range,
      text: `${RANGE_LABELS[range]}: ${describeRange(range, value)}`,
      without: setRange(state, range, { min: null, max: null }),
    });
  }
  return chips;
}
