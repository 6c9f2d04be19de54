/** A score as a person reads it: up to four decimals, three significant digits for very large or small numbers. */
export function formatScore(value: number): string {
  return Math.abs(value) >= 1000 || (value !== 0 && Math.abs(value) < 0.001)
    ? value.toPrecision(3)
    : String(Number(value.toFixed(4)));
}
