/**
 * The geometry of the scale chart (pretraining cells against year), worked out apart from the drawing so it can be
 * tested: each axis's domain and ticks, and the scales from values to pixels.
 */
import type { YScale } from "./chart-options";
import { countAxis } from "./count-axis";
import type { ScaleSeries } from "./scale-series";

export type Domain = readonly [number, number];

/** From a value to a pixel; undefined where the value has no place (zero or less on a logarithmic axis). */
export type PlotScale = (value: number) => number | undefined;

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

export function linearScale([d0, d1]: Domain, [r0, r1]: Domain): PlotScale {
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}

export function logScale([d0, d1]: Domain, range: Domain): PlotScale {
  const linear = linearScale([Math.log10(d0), Math.log10(d1)], range);
  return (value) => (value > 0 ? linear(Math.log10(value)) : undefined);
}

/** Label every how many ticks, `spacing` px apart, so that labels stand at least `minGap` px apart. */
export function labelEvery(spacing: number, minGap = 36): number {
  return spacing > 0 ? Math.max(1, Math.ceil(minGap / spacing)) : 1;
}
