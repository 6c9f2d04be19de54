/**
 * What the user is looking at, as plain data: search text, facet selections, numeric ranges and sort keys.
 * The URL codec (issue 3) encodes exactly this; the query functions read exactly this.
 */
import { FACET_IDS, RANGE_IDS, SORTABLE_FIELD_IDS } from "../fields/field-lookup";
import type { FacetId, FieldId, RangeId } from "../fields/fields";

// Facets, ranges and sortable columns are fields of the registry (src/domain/fields).
export { FACET_IDS, RANGE_IDS };
export type { FacetId, RangeId };

export const SORT_KEYS: readonly FieldId[] = SORTABLE_FIELD_IDS;
export type SortKey = FieldId;

export interface FacetSelection {
  /** Values to keep (any of them); empty keeps every known value. */
  readonly values: readonly string[];
  /**
   * Whether entries with no value for this facet are kept. Unset, they are kept while no value is selected and
   * left out once values are: picking "Decoder" should not also show models whose architecture nobody reported.
   */
  readonly unknown?: "include" | "exclude";
}

export interface Range {
  readonly min: number | null;
  readonly max: number | null;
}

export interface SortSpec {
  readonly key: SortKey;
  readonly desc: boolean;
}

export interface QueryState {
  readonly search: string;
  readonly facets: Partial<Record<FacetId, FacetSelection>>;
  readonly ranges: Partial<Record<RangeId, Range>>;
  readonly sort: readonly SortSpec[];
}

export const EMPTY_QUERY: QueryState = { search: "", facets: {}, ranges: {}, sort: [] };

/** A key for what decides which entries pass (search, facets, ranges): equal keys, equal matches and counts. */
export function filtersKey(state: QueryState): string {
  return JSON.stringify([state.search, state.facets, state.ranges]);
}
