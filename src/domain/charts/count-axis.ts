/**
 * The geometry of a chart of counts, worked out apart from the drawing so it can be tested: integer ticks for a count
 * axis, and which of the years drawn a year range covers (for the brush under the years chart).
 */

export interface CountAxis {
  /** Ticks from 0 up to and including `top`, a whole, evenly spaced step apart. */
  readonly ticks: readonly number[];
  /** The axis's top: the first tick at or above the largest count. */
  readonly top: number;
}

/** Ticks of 1, 2 or 5 times a power of ten, about `target` of them, covering 0 to `max`. Counts are whole. */
export function countAxis(max: number, target = 5): CountAxis {
  if (!(max > 0)) return { ticks: [0, 1], top: 1 };
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { ticks, top };
}

export interface BandSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The bands a year range covers, given the years drawn. An open end, or one beyond the drawn years, reaches the
 * first or last band; a range that misses every band keeps the nearest one, so the brush never vanishes.
 */
export function bandsOfRange(
  years: readonly number[],
  range: { readonly min?: number | null | undefined; readonly max?: number | null | undefined } | undefined,
): BandSpan {
  const last = Math.max(0, years.length - 1);
  let start = 0;
  let end = last;
  if (range?.min != null) {
    const found = years.findIndex((year) => year >= range.min!);
    start = found < 0 ? last : found;
  }
  if (range?.max != null) {
    let found = -1;
    for (let i = years.length - 1; i >= 0; i -= 1) {
      if (years[i]! <= range.max) {
        found = i;
        break;
      }
    }
    end = found < 0 ? 0 : found;
  }
  return start <= end ? { start, end } : { start: end, end: end };
}
