/**
 * The comparison's small chart: pretraining cells and parameters of each compared model, for a log-scale bar
 * chart. A count in another unit or an unknown one is no bar at all, and the summary says which.
 */
import { cellCount, formatCount } from "../catalog/accessors";
import type { EntryFacts } from "../catalog/schema";

export interface ScaleBar {
  readonly id: string;
  readonly name: string;
  readonly cells: number | null;
  readonly params: number | null;
}

export function compareScale(entries: readonly EntryFacts[]): ScaleBar[] {
  return entries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    cells: cellCount(entry),
    params: entry.parameters.state === "known" ? entry.parameters.value : null,
  }));
}

/**
 * The log axis spans whole decades around every known value, its floor strictly below the smallest: a bar grows
 * from the floor, so a value on it (10M parameters on a floor of 10M) would be a bar of no length, hidden.
 */
export function scaleDomain(bars: readonly ScaleBar[]): [number, number] {
  const values = bars
    .flatMap((bar) => [bar.cells, bar.params])
    .filter((value): value is number => value !== null && value > 0);
  if (values.length === 0) return [1, 10];
  const low = Math.ceil(Math.log10(Math.min(...values))) - 1;
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values))));
  return [10 ** low, 10 ** high];
}

const describe = (value: number | null, noun: string) =>
  value === null ? `${noun} unknown` : `${formatCount(value)} ${noun}`;

export function summariseCompareScale(bars: readonly ScaleBar[]): string {
  return (
    bars
      .map((bar) => `${bar.name}: ${describe(bar.cells, "cells")}, ${describe(bar.params, "parameters")}`)
      .join("; ") + "."
  );
}
