import { describe, expect, it } from "vitest";
import { cellAxis, yearAxis } from "./scale-axes";

const extremes = (smallest: number, largest: number) => ({
  smallest: { name: "small", cells: smallest },
  largest: { name: "large", cells: largest },
});

describe("the scale chart's axes", () => {
  it("span the years drawn with half a year either side and a tick on each year", () => {
    expect(yearAxis({ chartYears: [2020, 2023] })).toEqual({
      domain: [2019.5, 2023.5],
      ticks: [2020, 2021, 2022, 2023],
    });
  });

  it("put the cells on whole decades around the placed models, logarithmically", () => {
    const axis = cellAxis(extremes(4_000, 266_000_000), "log");
    expect(axis.domain).toEqual([1_000, 1_000_000_000]);
    expect(axis.ticks).toEqual([1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]);
  });

  it("keep a decade's height when every model has the same power of ten, and skip zero on a log axis", () => {
    expect(cellAxis(extremes(1_000_000, 1_000_000), "log").domain).toEqual([1_000_000, 10_000_000]);
    expect(cellAxis(extremes(0, 500), "log").domain).toEqual([1, 1_000]);
  });

  it("start a linear axis at zero and end it on a round tick at or above the largest", () => {
    const axis = cellAxis(extremes(4_000, 266_000_000), "linear");
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(266_000_000);
    expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
  });
});
