/**
 * What the user is looking at, as plain data: search text, facet selections, numeric ranges and sort keys.
 * The URL codec (issue 3) encodes exactly this; the query functions read exactly this.
 */
import type { VocabularyName } from "../catalog/vocabularies";
import { SORTABLE_COLUMN_IDS } from "../columns/catalog-columns";

export const FACET_IDS = [
  "kind",
  "modality",
  "family",
  "task",
  "loss",
  "species",
  "weights",
  "licence",
  "source",
  "venue",
] as const;
export type FacetId = (typeof FACET_IDS)[number];

/** Facets whose values come from a closed vocabulary; the others (licence, source, venue) are free text. */
export const FACET_VOCABULARY: Partial<Record<FacetId, VocabularyName>> = {
  kind: "kind",
  modality: "modality",
  family: "architectureFamily",
  task: "task",
  loss: "loss",
  species: "species",
  weights: "openWeights",
};

export const RANGE_IDS = ["year", "cells", "params"] as const;
export type RangeId = (typeof RANGE_IDS)[number];

/** Sortable columns by id (see catalog-columns.ts). */
export const SORT_KEYS: readonly string[] = SORTABLE_COLUMN_IDS;
export type SortKey = string;

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
