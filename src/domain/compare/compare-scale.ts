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
 * The log axis spans whole decades around every known value, its floor a whole decade or more below the smallest: a
 * bar grows from the floor, so a value on it (10M parameters on a floor of 10M) would be a bar of no length, and a
 * value just above it (11M on 10M) a sliver. With the floor a decade lower, every known value's bar spans at least
 * one decade of the axis, however large the others are (10M beside 27B: 1 of 5 decades).
 */
export function scaleDomain(bars: readonly ScaleBar[]): [number, number] {
  const values = bars
    .flatMap((bar) => [bar.cells, bar.params])
    .filter((value): value is number => value !== null && value > 0);
  if (values.length === 0) return [1, 10];
  const low = Math.floor(Math.log10(Math.min(...values))) - 1;
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values))));
  return [10 ** low, 10 ** high];
}

/** The share of the axis a value's bar covers, from the floor: 0 for no bar, 1 for a bar the axis's full length. */
export function barShare(value: number | null, [low, high]: readonly [number, number]): number {
  if (value === null || value <= 0) return 0;
  const share = (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
  return Math.min(1, Math.max(0, share));
}

/** The decades between the axis's floor and top, each a tick: [1e6, 1e7, 1e8] for 1e6 to 1e8. */
export function scaleTicks([low, high]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let exponent = Math.round(Math.log10(low)); exponent <= Math.round(Math.log10(high)); exponent += 1)
    ticks.push(10 ** exponent);
  return ticks;
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
