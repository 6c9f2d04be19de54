/**
 * Which group an entry belongs to in a chart, read from the same facet values the filters use, so a click on a
 * group can become exactly that facet filter.
 */
import type { CatalogSource } from "../catalog/schema";
import type { IndexedEntry } from "../query/entry-values";
import { facetValueLabel } from "../query/facet-options";
import type { FacetId } from "../query/view-state";
import { groupStyle, type GroupStyle } from "./palette";

export const UNKNOWN_GROUP = "unknown";

export interface ChartGroup extends GroupStyle {
  /** The facet value, or UNKNOWN_GROUP. */
  readonly id: string;
  readonly label: string;
  /** Entries in this group among those charted. */
  readonly count: number;
}

/** Groups of a facet among the rows, most frequent first (unknown always last), each with its style. */
export function rankGroups(
  rows: readonly IndexedEntry[],
  facet: FacetId,
  sources: readonly CatalogSource[] = [],
): ChartGroup[] {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const row of rows) {
    const values = row.facets[facet];
    if (values.length === 0) unknown += 1;
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const groups: ChartGroup[] = ranked.map(([id, count], rank) => ({
    id,
    label: facetValueLabel(facet, id, sources),
    count,
    ...groupStyle(rank),
  }));
  if (unknown > 0)
    groups.push({ id: UNKNOWN_GROUP, label: "Unknown", count: unknown, colour: "#B0B0B0", shape: "circle" });
  return groups;
}

/** The group of a single-valued facet (the first value where there are several). */
export function groupOf(row: IndexedEntry, facet: FacetId): string {
  return row.facets[facet][0] ?? UNKNOWN_GROUP;
}
