import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromSliderPosition, parseRangeInput, sliderExtent, toSliderPosition } from "./range-scale";

describe("range sliders", () => {
  it("move years one by one and counts along a log scale, landing on round figures", () => {
    expect(fromSliderPosition("year", toSliderPosition("year", 2023))).toBe(2023);
    expect(toSliderPosition("cells", 1_000_000)).toBe(6);
    expect(fromSliderPosition("cells", 6.5)).toBe(3_200_000);
    expect(fromSliderPosition("params", 8)).toBe(100_000_000);
  });

  it("round-trips any count to within the two significant digits the slider keeps", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (value) => {
        const back = fromSliderPosition("cells", toSliderPosition("cells", value));
        expect(Math.abs(back - value) / value).toBeLessThanOrEqual(0.05);
      }),
    );
  });

  it("reaches both catalog bounds", () => {
    const extent = sliderExtent("cells", { min: 21_000, max: 110_000_000 });
    expect(fromSliderPosition("cells", extent.min)).toBeLessThanOrEqual(21_000);
    expect(fromSliderPosition("cells", extent.max)).toBeGreaterThanOrEqual(110_000_000);
  });
});

describe("typed range values", () => {
  it("reads years and human counts, empty as no limit", () => {
    expect(parseRangeInput("year", " 2022 ")).toEqual({ ok: true, value: 2022 });
    expect(parseRangeInput("cells", "1.5M")).toEqual({ ok: true, value: 1_500_000 });
    expect(parseRangeInput("params", "2 billion")).toEqual({ ok: true, value: 2e9 });
    expect(parseRangeInput("cells", "500,000")).toEqual({ ok: true, value: 500_000 });
    expect(parseRangeInput("cells", "")).toEqual({ ok: true, value: null });
  });

  it("refuses what is not one plain number, saying what to type", () => {
    expect(parseRangeInput("year", "22")).toMatchObject({ ok: false });
    expect(parseRangeInput("cells", "lots")).toEqual({
      ok: false,
      message: "Type a number such as 500000, 1.5M or 2B.",
    });
    expect(parseRangeInput("cells", "~5M")).toMatchObject({ ok: false });
  });
});
