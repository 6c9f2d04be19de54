/**
 * Pure arithmetic of the facet-click ratio (issue 19 §5): the median of a run's samples, and the app's median
 * against the bare page's, held to a budget. Kept apart from the browser code so it is unit-tested.
 */

/** The middle sample, or the mean of the two middle ones: a single garbage collection does not move it. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError("the median of no samples");
  const sorted = samples.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface RatioVerdict {
  /** The app's time over the bare page's. */
  readonly ratio: number;
  /** At most the budget; a ratio equal to it passes, as the issue says "at most". */
  readonly within: boolean;
}

export function ratioVerdict(appMs: number, bareMs: number, budget: number): RatioVerdict {
  // A baseline of no time at all means the measurement failed (every timing waits for a frame): say so, rather
  // than report an infinite or meaningless ratio.
  if (!(bareMs > 0) || !(appMs >= 0)) throw new RangeError(`no ratio of ${appMs} ms to ${bareMs} ms`);
  const ratio = appMs / bareMs;
  return { ratio, within: ratio <= budget };
}
