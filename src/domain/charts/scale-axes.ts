/**
 * The axes of the scale chart (pretraining cells against year), worked out apart from the drawing so they can be
 * tested: each axis's domain and ticks, which the chart hands to Recharts.
 */
import type { YScale } from "./chart-options";
import { countAxis } from "./count-axis";
import type { ScaleSeries } from "./scale-series";

export type Domain = readonly [number, number];

export interface Axis {
  readonly domain: Domain;
  readonly ticks: readonly number[];
}

/** Half a year beyond the first and last year drawn (the strip's models included), a tick on each year. */
export function yearAxis(series: Pick<ScaleSeries, "chartYears">): Axis {
  const [first, last] = series.chartYears ?? [2018, 2025];
  return { domain: [first - 0.5, last + 0.5], ticks: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
}

/**
 * Whole decades around the placed models on a logarithmic axis, a tick on each; from zero to a round figure above
 * the largest on a linear one. A count of zero cells has no place on a logarithmic axis, so the decades start at
 * the smallest count of one cell or more.
 */
export function cellAxis(series: Pick<ScaleSeries, "smallest" | "largest">, yScale: YScale): Axis {
  const { smallest, largest } = series;
  if (!smallest || !largest) return yScale === "log" ? { domain: [1, 10], ticks: [1, 10] } : countAxisOf(10);
  if (yScale === "linear") return countAxisOf(largest.cells);
  const low = Math.floor(Math.log10(Math.max(1, smallest.cells)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(1, largest.cells))));
  return {
    domain: [10 ** low, 10 ** high],
    ticks: Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i)),
  };
}

function countAxisOf(largest: number): Axis {
  const { ticks, top } = countAxis(largest);
  return { domain: [0, top], ticks };
}
