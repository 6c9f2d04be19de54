/**
 * Reading an entry the way every view does: the year it first appeared, the cell count that may be plotted,
 * numbers people can read. Views call these instead of reaching into the measures themselves.
 */
import type { EntryFacts, Measure } from "./schema";

/** First public appearance: the preprint's year where there is one, else the publication's. */
export function firstYear(entry: EntryFacts): number | null {
  const { preprintYear, publishedYear } = entry.paper;
  if (preprintYear === null) return publishedYear;
  if (publishedYear === null) return preprintYear;
  return Math.min(preprintYear, publishedYear);
}

/** The pretraining cell count, only where it is a count of cells: a figure in another unit is never a cell count. */
export function cellCount(entry: EntryFacts): number | null {
  return entry.pretraining.cells.state === "known" ? entry.pretraining.cells.value : null;
}

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** A count as people read it: 33000000 → "33M", 536000 → "536K". */
export function formatCount(value: number): string {
  return COMPACT.format(value);
}

/** How a measure reads in a table cell: "33M", "≥ 536K", "unknown", "n/a", "254K (not cells)". */
export function formatMeasure(measure: Measure, noun = "cells"): string {
  switch (measure.state) {
    case "known": {
      // An entry whose variants differ gives their range, which says more than its upper bound alone.
      if (measure.range) return `${COMPACT.format(measure.range.min)}–${COMPACT.format(measure.range.max)}`;
      const prefix = { exact: "", "at-least": "≥ ", "at-most": "≤ ", approximate: "~" }[measure.bound];
      return `${prefix}${COMPACT.format(measure.value)}`;
    }
    case "other-unit":
      return `${COMPACT.format(measure.value)} (not ${noun})`;
    case "not-applicable":
      return "n/a";
    default:
      return "unknown";
  }
}
