/**
 * Which group an entry belongs to in a chart, read from the same facet values the filters use, so a click on a
 * group can become exactly that facet filter.
 */
import type { CatalogSource } from "../catalog/schema";
import { facetValueLabel } from "../query/facet-options";
import type { FacetColumn, FacetTally } from "../query/query-index";
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
 * Groups of a facet among the entries a tally counted, each with its style. The style and order come from `order`,
 * the values ranked over the whole catalog (see facetValueOrder), so a group keeps its colour in every chart and
 * under every filter. Without it, the entries' own frequencies rank them. Unknown is always last.
 */
export function groupsOfTally(
  tally: FacetTally,
  facet: FacetId,
  sources: readonly CatalogSource[] = [],
  order?: readonly string[],
): ChartGroup[] {
  const { column } = tally;
  const counted = column.values.flatMap((id, code) =>
    tally.perCode[code]! > 0 ? [{ id, count: tally.perCode[code]! }] : [],
  );
  const byFrequency = counted.toSorted((a, b) => b.count - a.count || a.id.localeCompare(b.id)).map(({ id }) => id);
  const global = order ?? byFrequency;
  const globalRank = new Map(global.map((id, rank) => [id, rank]));
  // Values missing from the given order (there should be none) rank after it.
  const rankOf = (id: string) => globalRank.get(id) ?? global.length + byFrequency.indexOf(id);
  const groups: ChartGroup[] = byFrequency
    .toSorted((a, b) => rankOf(a) - rankOf(b))
    .map((id) => ({
      id,
      label: facetValueLabel(facet, id, sources),
      count: tally.perCode[column.codeOf.get(id)!]!,
      ...groupStyle(rankOf(id)),
    }));
  if (tally.unknown > 0)
    groups.push({ id: UNKNOWN_GROUP, label: "Unknown", count: tally.unknown, colour: UNKNOWN_COLOUR, shape: "circle" });
  return groups;
}

/** The group of an entry in a single-valued facet (the first value where there are several). */
export function groupAt(column: FacetColumn, position: number): string {
  const start = column.offsets[position]!;
  return start === column.offsets[position + 1] ? UNKNOWN_GROUP : column.values[column.codes[start]!]!;
}
