/**
 * "What kind, and since when": models per year, stacked by a facet. A model with several values of a multi-valued
 * facet (modalities, tasks) counts once in each; the bar total is then models, not values, and the caption says so.
 * Past the palette's size, smaller groups fold into "Other".
 */
import type { CatalogSource } from "../catalog/schema";
import type { IndexedEntry } from "../query/entry-values";
import type { FacetId } from "../query/view-state";
import { rankGroups, UNKNOWN_GROUP, type ChartGroup } from "./chart-groups";
import { MAX_BAR_GROUPS, OTHER_COLOUR } from "./palette";

export const OTHER_GROUP = "other";

export interface YearBar {
  readonly year: number;
  /** Distinct models published that year. */
  readonly models: number;
  /** Count per group id. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface YearSeries {
  readonly bars: readonly YearBar[];
  readonly groups: readonly ChartGroup[];
  /** Group ids folded into "Other". */
  readonly folded: readonly string[];
  readonly withoutYear: number;
  readonly multiValued: boolean;
}

export const MULTI_VALUED: readonly FacetId[] = ["modality", "task", "loss", "species", "source"];

export function yearSeries(
  rows: readonly IndexedEntry[],
  stackBy: FacetId,
  sources: readonly CatalogSource[] = [],
  order?: readonly string[],
): YearSeries {
  const dated = rows.filter((row) => row.numbers.year !== null);
  const ranked = rankGroups(dated, stackBy, sources, order);
  const known = ranked.filter((group) => group.id !== UNKNOWN_GROUP);
  // With a catalog-wide order, the groups kept are that order's first ones, whose colours never repeat; without it,
  // the most frequent among the rows.
  const keep = (group: ChartGroup, index: number) =>
    order ? order.indexOf(group.id) >= 0 && order.indexOf(group.id) < MAX_BAR_GROUPS : index < MAX_BAR_GROUPS;
  const kept = known.filter(keep);
  const folded = known.filter((group, index) => !keep(group, index)).map((group) => group.id);
  const keptIds = new Set(kept.map((group) => group.id));
  const groups: ChartGroup[] = [...kept];
  if (folded.length > 0) {
    const count = dated.filter((row) => row.facets[stackBy].some((value) => !keptIds.has(value))).length;
    groups.push({ id: OTHER_GROUP, label: `Other (${folded.length})`, count, colour: OTHER_COLOUR, shape: "circle" });
  }
  const unknown = ranked.find((group) => group.id === UNKNOWN_GROUP);
  if (unknown) groups.push(unknown);

  const byYear = new Map<number, { models: number; counts: Record<string, number> }>();
  let first = Infinity;
  let last = -Infinity;
  const seen = new Set<string>();
  for (const row of dated) {
    const year = row.numbers.year!;
    let bar = byYear.get(year);
    if (!bar) {
      bar = { models: 0, counts: {} };
      byYear.set(year, bar);
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    bar.models += 1;
    const values = row.facets[stackBy];
    if (values.length === 0) bar.counts[UNKNOWN_GROUP] = (bar.counts[UNKNOWN_GROUP] ?? 0) + 1;
    // A model counts once per group, even when several of its values fold into Other.
    seen.clear();
    for (const value of values) {
      const id = keptIds.has(value) ? value : OTHER_GROUP;
      if (seen.has(id)) continue;
      seen.add(id);
      bar.counts[id] = (bar.counts[id] ?? 0) + 1;
    }
  }
  const bars: YearBar[] = [];
  // Every year between the first and last, so an empty year shows as a gap rather than vanishing.
  for (let year = first; year <= last; year += 1) {
    const bar = byYear.get(year);
    bars.push({ year, models: bar?.models ?? 0, counts: bar?.counts ?? {} });
  }
  return {
    bars,
    groups,
    folded,
    withoutYear: rows.length - dated.length,
    multiValued: MULTI_VALUED.includes(stackBy),
  };
}
