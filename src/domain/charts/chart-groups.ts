/**
 * Which group an entry belongs to in a chart, read from the same facet values the filters use, so a click on a
 * group can become exactly that facet filter.
 */
import type { CatalogSource } from "../catalog/schema";
import type { IndexedEntry } from "../query/entry-values";
import { facetValueLabel } from "../query/facet-options";
import type { FacetId } from "../query/view-state";
import { groupStyle, UNKNOWN_COLOUR, type GroupStyle } from "./palette";

export const UNKNOWN_GROUP = "unknown";

export interface ChartGroup extends GroupStyle {
  /** The facet value, or UNKNOWN_GROUP. */
  readonly id: string;
  readonly label: string;
  /** Entries in this group among those charted. */
  readonly count: number;
}

/**
 * Groups of a facet among the rows, each with its style. The style and order come from `order`, the values ranked
 * over the whole catalog (see facetValueOrder), so a group keeps its colour in every chart and under every filter.
 * Without it, the rows' own frequencies rank them. Unknown is always last.
 */
export function rankGroups(
  rows: readonly IndexedEntry[],
  facet: FacetId,
  sources: readonly CatalogSource[] = [],
  order?: readonly string[],
): ChartGroup[] {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const row of rows) {
    const values = row.facets[facet];
    if (values.length === 0) unknown += 1;
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const byFrequency = [...counts.entries()]
    .toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  const global = order ?? byFrequency;
  // Values missing from the given order (there should be none) rank after it.
  const rankOf = (id: string) => (global.includes(id) ? global.indexOf(id) : global.length + byFrequency.indexOf(id));
  const groups: ChartGroup[] = byFrequency
    .toSorted((a, b) => rankOf(a) - rankOf(b))
    .map((id) => ({
      id,
      label: facetValueLabel(facet, id, sources),
      count: counts.get(id) ?? 0,
      ...groupStyle(rankOf(id)),
    }));
  if (unknown > 0)
    groups.push({ id: UNKNOWN_GROUP, label: "Unknown", count: unknown, colour: UNKNOWN_COLOUR, shape: "circle" });
  return groups;
}

/** The group of a single-valued facet (the first value where there are several). */
export function groupOf(row: IndexedEntry, facet: FacetId): string {
  return row.facets[facet][0] ?? UNKNOWN_GROUP;
}
