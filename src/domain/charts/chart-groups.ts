/**
 * Which group an entry belongs to in a chart, read from the same facet values the filters use, so a click on a
 * group can become exactly that facet filter.
 */
import type { CatalogSource } from "../catalog/schema";
import { facetValueLabel } from "../query/facet-options";
import type { FacetColumn, FacetTally } from "../query/query-index";
import type { FacetId } from "../query/view-state";
import { groupStyle, OTHER_COLOUR, UNKNOWN_COLOUR, type GroupStyle } from "./palette";

export const UNKNOWN_GROUP = "unknown";
/**
 * The vocabularies' own "other" (an architecture family outside the named ones). Every chart draws it as its "Other":
 * grey, after the named groups, and the years chart folds its smallest groups into it, so "Other" always means "none
 * of the groups named here", never two things side by side.
 */
export const OTHER_VALUE = "other";
export const OTHER_STYLE: GroupStyle = { colour: OTHER_COLOUR, shape: "square" };

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
  // "Other" takes no colour of the palette: it ranks after every named group.
  const global = (order ?? byFrequency).filter((id) => id !== OTHER_VALUE);
  const globalRank = new Map(global.map((id, rank) => [id, rank]));
  // Values missing from the given order (there should be none) rank after it.
  const rankOf = (id: string) => globalRank.get(id) ?? global.length + byFrequency.indexOf(id);
  const groups: ChartGroup[] = byFrequency
    .filter((id) => id !== OTHER_VALUE)
    .toSorted((a, b) => rankOf(a) - rankOf(b))
    .map((id) => ({
      id,
      label: facetValueLabel(facet, id, sources),
      count: tally.perCode[column.codeOf.get(id)!]!,
      ...groupStyle(rankOf(id)),
    }));
  if (byFrequency.includes(OTHER_VALUE))
    groups.push({
      id: OTHER_VALUE,
      label: facetValueLabel(facet, OTHER_VALUE, sources),
      count: tally.perCode[column.codeOf.get(OTHER_VALUE)!]!,
      ...OTHER_STYLE,
    });
  if (tally.unknown > 0)
    groups.push({ id: UNKNOWN_GROUP, label: "Unknown", count: tally.unknown, colour: UNKNOWN_COLOUR, shape: "circle" });
  return groups;
}

/** The group of an entry in a single-valued facet (the first value where there are several). */
export function groupAt(column: FacetColumn, position: number): string {
  const start = column.offsets[position]!;
  return start === column.offsets[position + 1] ? UNKNOWN_GROUP : column.values[column.codes[start]!]!;
}
