import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandsOfRange, countAxis } from "./count-axis";

describe("the count axis", () => {
  it("reads in round steps", () => {
    expect(countAxis(7)).toEqual({ ticks: [0, 2, 4, 6, 8], top: 8 });
    expect(countAxis(23)).toEqual({ ticks: [0, 5, 10, 15, 20, 25], top: 25 });
    expect(countAxis(41_230).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(countAxis(1)).toEqual({ ticks: [0, 1], top: 1 });
    expect(countAxis(0)).toEqual({ ticks: [0, 1], top: 1 });
  });

  it("always starts at 0, steps evenly by a whole 1, 2 or 5 times a power of ten, and just covers the largest count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
        const { ticks, top } = countAxis(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(top);
        const step = ticks[1]! - ticks[0]!;
        expect(Number.isInteger(step) && step >= 1).toBe(true);
        expect(/^[125]0*$/.test(String(step))).toBe(true);
        ticks.forEach((tick, i) => expect(tick).toBe(i * step));
        expect(top).toBeGreaterThanOrEqual(max);
        expect(top - step).toBeLessThan(max);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(11);
      }),
    );
  });
});

describe("the year brush", () => {
  const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

  it("covers every year when no range is set, and the years a range holds otherwise", () => {
    expect(bandsOfRange(years, undefined)).toEqual({ start: 0, end: 6 });
    expect(bandsOfRange(years, { min: 2020 })).toEqual({ start: 2, end: 6 });
    expect(bandsOfRange(years, { min: 2019, max: 2022 })).toEqual({ start: 1, end: 4 });
    // Ends beyond the years drawn reach the first or last year.
    expect(bandsOfRange(years, { min: 2001, max: 2099 })).toEqual({ start: 0, end: 6 });
    // A range between no years drawn keeps one band rather than an inverted brush.
    expect(bandsOfRange(years, { min: 2030 })).toEqual({ start: 6, end: 6 });
    expect(bandsOfRange(years, { max: 2001 })).toEqual({ start: 0, end: 0 });
  });
});
