/**
 * "What kind, and since when": models per year, stacked by a facet. A model with several values of a multi-valued
 * facet (modalities, tasks) counts once in each; the bar total is then models, not values, and the caption says so.
 * Past the palette's size, smaller groups fold into "Other".
 */
import type { CatalogSource } from "../catalog/schema";
import type { FacetId } from "../query/view-state";
import { groupsOfTally, OTHER_STYLE, OTHER_VALUE, UNKNOWN_GROUP, type ChartGroup } from "./chart-groups";
import type { ChartRows } from "./chart-rows";
import { FacetTally } from "../query/query-index";
import { MAX_BAR_GROUPS } from "./palette";

/**
 * The bar segment "Other": the groups folded for want of colours, with the vocabulary's own "other" (OTHER_VALUE)
 * among them, so a chart has one "Other", not a family "Other" beside a bucket "Other". Not a slug, so it never
 * meets a facet value.
 */
export const OTHER_GROUP = "(other)";

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
  /** Group ids folded into "Other", the vocabulary's own "other" included. */
  readonly folded: readonly string[];
  readonly withoutYear: number;
  readonly multiValued: boolean;
}

export const MULTI_VALUED: readonly FacetId[] = ["modality", "task", "loss", "species", "source"];

export function yearSeries(
  rows: ChartRows,
  stackBy: FacetId,
  sources: readonly CatalogSource[] = [],
  order?: readonly string[],
): YearSeries {
  const { index, positions } = rows;
  const years = index.numbers.year;
  const column = index.facets[stackBy];
  const dated = new Int32Array(positions.length);
  let datedCount = 0;
  const tally = new FacetTally(column);
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i]!;
    if (Number.isNaN(years[position]!)) continue;
    dated[datedCount++] = position;
    tally.add(position);
  }
  const ranked = groupsOfTally(tally, stackBy, sources, order);
  const known = ranked.filter((group) => group.id !== UNKNOWN_GROUP);
  // With a catalog-wide order, the groups kept are that order's first ones, whose colours never repeat; without it,
  // the most frequent among the rows.
  const named = order?.filter((id) => id !== OTHER_VALUE);
  const keep = (group: ChartGroup, rank: number) =>
    group.id !== OTHER_VALUE &&
    (named ? named.indexOf(group.id) >= 0 && named.indexOf(group.id) < MAX_BAR_GROUPS : rank < MAX_BAR_GROUPS);
  const kept = known.filter(keep);
  const folded = known.filter((group, rank) => !keep(group, rank)).map((group) => group.id);
  // Each code's bar slot: its own for a kept group, OTHER's for a folded one.
  const slotIds = [...kept.map((group) => group.id), OTHER_GROUP, UNKNOWN_GROUP];
  const otherSlot = kept.length;
  const unknownSlot = kept.length + 1;
  const slotOfCode = Int32Array.from(column.values, (value) => {
    const keptAt = kept.findIndex((group) => group.id === value);
    return keptAt >= 0 ? keptAt : otherSlot;
  });

  // Counts per year and slot; a model counts once per slot, even when several of its values fold into Other.
  const byYear = new Map<number, { models: number; slots: Int32Array }>();
  const seen = new Int32Array(slotIds.length).fill(-1);
  let first = Infinity;
  let last = -Infinity;
  for (const position of dated.subarray(0, datedCount)) {
    const year = years[position]!;
    let bar = byYear.get(year);
    if (!bar) {
      bar = { models: 0, slots: new Int32Array(slotIds.length) };
      byYear.set(year, bar);
      if (year < first) first = year;
      if (year > last) last = year;
    }
    bar.models += 1;
    const start = column.offsets[position]!;
    const end = column.offsets[position + 1]!;
    if (start === end) bar.slots[unknownSlot]! += 1;
    for (let k = start; k < end; k += 1) {
      const slot = slotOfCode[column.codes[k]!]!;
      if (seen[slot] === position) continue;
      seen[slot] = position;
      bar.slots[slot]! += 1;
    }
  }
  const groups: ChartGroup[] = [...kept];
  if (folded.length > 0) {
    let count = 0;
    for (const bar of byYear.values()) count += bar.slots[otherSlot]!;
    groups.push({ id: OTHER_GROUP, label: "Other", count, ...OTHER_STYLE });
  }
  const unknown = ranked.find((group) => group.id === UNKNOWN_GROUP);
  if (unknown) groups.push(unknown);

  const bars: YearBar[] = [];
  // Every year between the first and last, so an empty year shows as a gap rather than vanishing.
  for (let year = first; year <= last; year += 1) {
    const bar = byYear.get(year);
    const counts: Record<string, number> = {};
    bar?.slots.forEach((count, slot) => {
      if (count > 0) counts[slotIds[slot]!] = count;
    });
    bars.push({ year, models: bar?.models ?? 0, counts });
  }
  return {
    bars,
    groups,
    folded,
    withoutYear: positions.length - datedCount,
    multiValued: MULTI_VALUED.includes(stackBy),
  };
}
