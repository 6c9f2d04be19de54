/**
 * Every change a user can make to the query, as a pure function from one state to the next: tick a facet value,
 * include or leave out unknowns, set a range, sort by a header, clear everything. Views call these and write the
 * result to the URL; they never edit state by hand.
 */
import type { FacetId, FacetSelection, QueryState, Range, RangeId } from "./view-state";

// An unknown choice equal to the default (shown while nothing is ticked, hidden once something is) is dropped, so
// the same view always has the same, shortest link.
function normalise(selection: FacetSelection): FacetSelection | null {
  const byDefault = selection.values.length === 0 ? "include" : "exclude";
  if (selection.unknown === undefined || selection.unknown === byDefault) {
    return selection.values.length === 0 ? null : { values: selection.values };
  }
  return selection;
}

function withFacet<S extends QueryState>(state: S, facet: FacetId, selection: FacetSelection | null): S {
  const facets = { ...state.facets };
  const normalised = selection && normalise(selection);
  if (normalised === null) delete facets[facet];
  else facets[facet] = normalised;
  return { ...state, facets };
}

export function toggleFacetValue<S extends QueryState>(state: S, facet: FacetId, value: string): S {
  const current = state.facets[facet] ?? { values: [] };
  const values = current.values.includes(value)
    ? current.values.filter((existing) => existing !== value)
    : [...current.values, value];
  return withFacet(state, facet, { ...current, values });
}

/**
 * Shows or hides entries with no value for a facet. The choice is recorded only where it differs from what
 * happens by default (unknowns shown while no value is ticked), so links stay short.
 */
export function setFacetUnknown<S extends QueryState>(state: S, facet: FacetId, shown: boolean): S {
  const values = state.facets[facet]?.values ?? [];
  return withFacet(state, facet, { values, unknown: shown ? "include" : "exclude" });
}

/** Makes these values the facet's whole selection: what a click on a chart's bar, legend or cell does. */
export function setFacetValues<S extends QueryState>(state: S, facet: FacetId, values: readonly string[]): S {
  return withFacet(state, facet, { values: [...values] });
}

export function clearFacet<S extends QueryState>(state: S, facet: FacetId): S {
  return withFacet(state, facet, null);
}

/** Sets a range; a side at the catalog's own bound is no limit at all, so it is dropped. */
export function setRange<S extends QueryState>(
  state: S,
  range: RangeId,
  value: Range,
  bounds?: { min: number; max: number },
): S {
  // Typed ends may arrive in the wrong order; a range is the same range either way round.
  const [low, high] =
    value.min !== null && value.max !== null && value.min > value.max ? [value.max, value.min] : [value.min, value.max];
  const min = low !== null && bounds && low <= bounds.min ? null : low;
  const max = high !== null && bounds && high >= bounds.max ? null : high;
  const ranges = { ...state.ranges };
  if (min === null && max === null) delete ranges[range];
  else ranges[range] = { min, max };
  return { ...state, ranges };
}

export function setSearch<S extends QueryState>(state: S, search: string): S {
  return { ...state, search };
}

/** Clears search, facets and ranges; keeps the sort, which is how to look, not what to look at. */
export function clearFilters<S extends QueryState>(state: S): S {
  return { ...state, search: "", facets: {}, ranges: {} };
}

export function hasFilters(state: QueryState): boolean {
  return state.search.trim() !== "" || Object.keys(state.facets).length > 0 || Object.keys(state.ranges).length > 0;
}
